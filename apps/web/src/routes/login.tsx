import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { AuthCard } from '@/components/AuthCard';
import { ErrorNote } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { safeRedirect } from '@/lib/forms';
import { loadMe } from '@/lib/me';
import { session } from '@/lib/session';

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
    }
  }
`);

export const Route = createFileRoute('/login')({
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
  }),
  component: Login,
});

function Login() {
  const { t } = useTranslation();
  const { redirect } = Route.useSearch();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: async () => {
      const { login: tokens } = await request(LOGIN, { input: { email, password } });
      session.start(tokens);
      await loadMe();
    },
    onSuccess: () => navigate({ to: safeRedirect(redirect) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <AuthCard title={t('login.title')}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <ErrorNote error={login.error} />
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
          <Group justify="space-between">
            <AnchorLink to="/forgot-password">{t('login.forgot')}</AnchorLink>
            <AnchorLink to="/register">{t('login.register')}</AnchorLink>
          </Group>
        </Stack>
      </form>
    </AuthCard>
  );
}
