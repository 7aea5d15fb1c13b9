import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FAILED_EMAILS, FAILED_EMAILS_KEY, FAILED_EMAILS_SHOWN } from '@/admin/failedEmails';
import { ErrorNote, Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import type { FailedEmailsQuery } from '@/gql/graphql';
import { request } from '@/lib/api';
import { ago } from '@/lib/format';
import { homeZone } from '@/lib/me';
import { useMe } from '@/lib/session';

const RETRY = graphql(`
  mutation RetryEmail($id: ID!) {
    retryEmail(id: $id)
  }
`);

type FailedEmail = FailedEmailsQuery['failedEmails'][number];

export const Route = createFileRoute('/_app/admin/emails')({ component: FailedEmails });

/** An admin's list of emails the mail server refused through every retry, each sent again with one button. */
function FailedEmails() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useGql(FAILED_EMAILS_KEY, FAILED_EMAILS, { first: FAILED_EMAILS_SHOWN });
  const retry = useMutation({
    mutationFn: (email: FailedEmail) => request(RETRY, { id: email.id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FAILED_EMAILS_KEY }),
  });
  const retried = retry.isSuccess && retry.variables;
  return (
    <Page title={t('failedEmails.title')}>
      <Text>{t('failedEmails.intro')}</Text>
      {retried && (
        <Text role="status" c="green.8" fw={700}>
          {t('failedEmails.retried', { subject: retried.subject, name: retried.recipientName })}
        </Text>
      )}
      <ErrorNote error={retry.error} />
      <Loaded query={query}>
        {({ failedEmails }) =>
          failedEmails.length === 0 ? (
            <Text c="dimmed">{t('failedEmails.none')}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {failedEmails.map((email) => (
                <li key={email.id}>
                  <FailedEmailCard
                    email={email}
                    sending={retry.isPending && retry.variables === email}
                    onRetry={() => retry.mutate(email)}
                  />
                </li>
              ))}
            </Stack>
          )
        }
      </Loaded>
    </Page>
  );
}

function FailedEmailCard({ email, sending, onRetry }: { email: FailedEmail; sending: boolean; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  return (
    <Card withBorder>
      <Stack gap={6}>
        <Title order={2} fz="md">
          {email.subject}
        </Title>
        <Text fz="sm">{t('failedEmails.to', { name: email.recipientName, email: email.recipientEmail })}</Text>
        <Text fz="sm" c="dimmed">
          {t('failedEmails.since', { ago: ago(email.createdAt, homeZone(me), i18n.language) })} ·{' '}
          {t('failedEmails.reason', { error: email.error ?? t('failedEmails.unknownReason') })}
        </Text>
        <Group>
          <Button
            variant="light"
            loading={sending}
            onClick={onRetry}
            aria-label={t('failedEmails.retryFor', { subject: email.subject, name: email.recipientName })}
          >
            {t('failedEmails.retry')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
