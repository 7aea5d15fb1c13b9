import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loaded, useChange, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import type { NotificationCategory } from '@/gql/graphql';
import { request } from '@/lib/api';

const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      category
      email
    }
  }
`);

const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      category
    }
  }
`);

const KEY = ['notification-preferences'];

/** One switch per kind of email I can get; the app lists every notification whatever they say. */
export function EmailPreferences() {
  const { t } = useTranslation();
  const query = useGql(KEY, PREFERENCES, {});
  const change = useChange([KEY], (input: { category: NotificationCategory; email: boolean }) => request(SET_PREFERENCE, { input }));
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} fz="lg">
          {t('preferences.title')}
        </Title>
        <Text fz="sm">{t('preferences.intro')}</Text>
        <Loaded query={query}>
          {({ notificationPreferences }) => (
            <Stack gap="md">
              {notificationPreferences.map(({ category, email }) => (
                <Switch
                  key={category}
                  label={t(`preferences.${category}`)}
                  checked={email}
                  disabled={change.isPending}
                  onChange={(event) => change.mutate({ category, email: event.currentTarget.checked })}
                />
              ))}
            </Stack>
          )}
        </Loaded>
        <ErrorNote error={change.error} />
      </Stack>
    </Card>
  );
}
