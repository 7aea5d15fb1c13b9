import { Alert, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { useGql } from '@/components/ui';
import { FAILED_EMAILS, FAILED_EMAILS_KEY, FAILED_EMAILS_SHOWN } from './failedEmails';

/** On an admin's home, only when some email could not be delivered: how many, and where to send them again. */
export function FailedEmailsNotice() {
  const { t } = useTranslation();
  const query = useGql(FAILED_EMAILS_KEY, FAILED_EMAILS, { first: FAILED_EMAILS_SHOWN });
  const count = query.data?.failedEmails.length ?? 0;
  if (count === 0) return null;
  return (
    <Alert color="red" variant="light">
      <Group justify="space-between" gap="xs">
        <Text fw={700}>{t('failedEmails.notice', { count, shown: count < FAILED_EMAILS_SHOWN ? count : `${FAILED_EMAILS_SHOWN}+` })}</Text>
        <ButtonLink to="/admin/emails" variant="white" color="red">
          {t('failedEmails.open')}
        </ButtonLink>
      </Group>
    </Alert>
  );
}
