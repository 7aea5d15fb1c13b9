import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';
import { loadMe } from '@/lib/me';
import { session } from '@/lib/session';
import { AnchorLink } from './links';
import { ErrorNote } from './ui';

const RESET = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      accessToken
      refreshToken
    }
  }
`);

/** Choose a password from an emailed link (a reset or an invitation): then logged in, at home. */
export function SetPassword({ token, submitLabel }: { token: string; submitLabel: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: async () => {
      const { resetPassword } = await request(RESET, { input: { token, newPassword: password } });
      session.start(resetPassword);
      await loadMe();
    },
    onSuccess: () => navigate({ to: '/' }),
  });
  // A link used already or too old: the way out is a new one.
  const spentLink = fieldError(save.error, 'token');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <PasswordInput
          label={t('fields.newPassword')}
          description={t('fields.passwordRule')}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError(save.error, 'newPassword')}
        />
        {spentLink ? (
          <Alert color="red" variant="light" role="alert">
            {spentLink} <AnchorLink to="/forgot-password">{t('reset.askAgain')}</AnchorLink>
          </Alert>
        ) : (
          <ErrorNote error={formError(save.error, ['newPassword'])} />
        )}
        <Button type="submit" loading={save.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
