import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { AuthCard } from '@/components/AuthCard';
import { ErrorNote } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const Route = createFileRoute('/forgot-password')({ component: ForgotPassword });

function ForgotPassword() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const send = useMutation({ mutationFn: () => request(REQUEST_RESET, { email }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <AuthCard title={t('forgot.title')}>
      {send.isSuccess ? (
        <Alert color="green" variant="light">
          {t('forgot.sent', { email })}
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <ErrorNote error={send.error} />
            <Button type="submit" loading={send.isPending}>
              {t('forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <AnchorLink to="/login">{t('forgot.back')}</AnchorLink>
    </AuthCard>
  );
}
