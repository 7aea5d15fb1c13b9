import { Alert, Button, Checkbox, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { AuthCard } from '@/components/AuthCard';
import { ErrorNote, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';

const HUBS = graphql(`
  query SignUpHubs {
    hubs(first: 100) {
      id
      name
      city
    }
  }
`);

const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input)
  }
`);

export const Route = createFileRoute('/register')({ component: Register });

const FIELDS = ['email', 'password', 'fullName', 'hubId'];

function Register() {
  const { t, i18n } = useTranslation();
  const hubs = useGql(['sign-up-hubs'], HUBS, {});
  const [form, setForm] = useState({ fullName: '', email: '', password: '', hubId: '' });
  const [accepted, setAccepted] = useState(false);
  const set = (field: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const register = useMutation({
    mutationFn: () =>
      request(REGISTER, { input: { ...form, locale: i18n.language === 'en' ? 'en' : 'id', acceptPrivacyNotice: accepted } }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate();
  };
  if (register.isSuccess) {
    return (
      <AuthCard title={t('register.sentTitle')}>
        <Alert color="green" variant="light">
          {t('register.sent', { email: form.email })}
        </Alert>
        <AnchorLink to="/login">{t('register.toLogin')}</AnchorLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('register.title')}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('fields.fullName')}
            autoComplete="name"
            required
            value={form.fullName}
            onChange={(e) => set('fullName')(e.currentTarget.value)}
            error={fieldError(register.error, 'fullName')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            value={form.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
            error={fieldError(register.error, 'email')}
          />
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('fields.passwordRule')}
            autoComplete="new-password"
            required
            value={form.password}
            onChange={(e) => set('password')(e.currentTarget.value)}
            error={fieldError(register.error, 'password')}
          />
          <Select
            label={t('fields.hub')}
            required
            data={(hubs.data?.hubs ?? []).map((hub) => ({ value: hub.id, label: `${hub.name} (${hub.city})` }))}
            value={form.hubId || null}
            onChange={(value) => set('hubId')(value ?? '')}
            error={fieldError(register.error, 'hubId')}
          />
          <AnchorLink to="/privacy" target="_blank">
            {t('privacy.link')}
          </AnchorLink>
          <Checkbox label={t('privacy.accept')} required checked={accepted} onChange={(e) => setAccepted(e.currentTarget.checked)} />
          <ErrorNote error={formError(register.error, FIELDS)} />
          <Button type="submit" loading={register.isPending}>
            {t('register.submit')}
          </Button>
          <AnchorLink to="/login">{t('register.haveAccount')}</AnchorLink>
        </Stack>
      </form>
    </AuthCard>
  );
}
