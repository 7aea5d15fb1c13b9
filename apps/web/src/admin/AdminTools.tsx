import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { FailedEmailsNotice } from './FailedEmailsNotice';

/** On an admin's home: what needs them (failed emails) and where the audit log is. */
export function AdminTools() {
  const { t } = useTranslation();
  return (
    <>
      <FailedEmailsNotice />
      <Group>
        <AnchorLink to="/admin/audit">{t('audit.title')}</AnchorLink>
      </Group>
    </>
  );
}
