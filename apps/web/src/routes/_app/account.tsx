import { Alert, Button, Card, Group, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailPreferences } from '@/components/EmailPreferences';
import { MyData } from '@/components/MyData';
import { ErrorNote, Page } from '@/components/ui';
import { graphql } from '@/gql';
import { type Lang, switchLanguage } from '@/i18n';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';
import { session, useMe } from '@/lib/session';

const UPDATE_PROFILE = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      fullName
      locale
    }
  }
`);

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

const LOGOUT_EVERYWHERE = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const Route = createFileRoute('/_app/account')({ component: Account });

function Account() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [fullName, setFullName] = useState(me?.fullName ?? '');
  const profile = useMutation({
    mutationFn: (input: { fullName?: string; locale?: Lang }) => request(UPDATE_PROFILE, { input }),
    onSuccess: async ({ updateMyProfile }) => {
      if (me) session.setMe({ ...me, fullName: updateMyProfile.fullName, locale: updateMyProfile.locale });
      await switchLanguage(updateMyProfile.locale);
      // The api writes some text (notifications) in my language: ask again in the new one.
      await queryClient.invalidateQueries();
    },
  });
  const [passwords, setPasswords] = useState({ currentPassword: '', newPassword: '' });
  // The value is read in the handler: the event's currentTarget is gone by the time a state updater runs.
  const setPassword = (field: keyof typeof passwords, value: string) => setPasswords((current) => ({ ...current, [field]: value }));
  const changePassword = useMutation({
    mutationFn: () => request(CHANGE_PASSWORD, { input: passwords }),
    onSuccess: () => setPasswords({ currentPassword: '', newPassword: '' }),
  });
  const leave = useMutation({
    mutationFn: (everywhere: boolean): Promise<unknown> => (everywhere ? request(LOGOUT_EVERYWHERE) : request(LOGOUT)),
    onSettled: () => {
      session.end();
      void navigate({ to: '/login' });
    },
  });
  const saveName = (event: FormEvent) => {
    event.preventDefault();
    profile.mutate({ fullName });
  };
  const savePassword = (event: FormEvent) => {
    event.preventDefault();
    changePassword.mutate();
  };
  return (
    <Page title={t('account.title')}>
      <Card withBorder>
        <form onSubmit={saveName}>
          <Stack>
            <Title order={2} fz="lg">
              {t('account.profile')}
            </Title>
            <TextInput
              label={t('fields.fullName')}
              value={fullName}
              onChange={(e) => setFullName(e.currentTarget.value)}
              required
              error={fieldError(profile.error, 'fullName')}
            />
            <Button type="submit" loading={profile.isPending} w="fit-content">
              {t('common.save')}
            </Button>
            <Stack gap={4}>
              <Text fw={500} id="language-label">
                {t('account.language')}
              </Text>
              <SegmentedControl
                aria-labelledby="language-label"
                value={me?.locale ?? 'id'}
                onChange={(locale) => profile.mutate({ locale })}
                data={[
                  { value: 'id', label: 'Bahasa Indonesia' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </Stack>
            <ErrorNote error={formError(profile.error, ['fullName'])} />
          </Stack>
        </form>
      </Card>
      <Card withBorder>
        <form onSubmit={savePassword}>
          <Stack>
            <Title order={2} fz="lg">
              {t('account.password')}
            </Title>
            <PasswordInput
              label={t('fields.currentPassword')}
              autoComplete="current-password"
              required
              value={passwords.currentPassword}
              onChange={(e) => setPassword('currentPassword', e.currentTarget.value)}
              error={fieldError(changePassword.error, 'currentPassword')}
            />
            <PasswordInput
              label={t('fields.newPassword')}
              description={t('fields.passwordRule')}
              autoComplete="new-password"
              required
              value={passwords.newPassword}
              onChange={(e) => setPassword('newPassword', e.currentTarget.value)}
              error={fieldError(changePassword.error, 'newPassword')}
            />
            {changePassword.isSuccess && (
              <Alert color="green" variant="light" role="status">
                {t('account.passwordChanged')}
              </Alert>
            )}
            <ErrorNote error={formError(changePassword.error, ['currentPassword', 'newPassword'])} />
            <Button type="submit" loading={changePassword.isPending} w="fit-content">
              {t('account.changePassword')}
            </Button>
          </Stack>
        </form>
      </Card>
      <EmailPreferences />
      <MyData />
      <Group>
        <Button variant="default" onClick={() => leave.mutate(false)} loading={leave.isPending}>
          {t('account.logout')}
        </Button>
        <Button variant="outline" color="red" onClick={() => leave.mutate(true)} loading={leave.isPending}>
          {t('account.logoutEverywhere')}
        </Button>
      </Group>
    </Page>
  );
}
