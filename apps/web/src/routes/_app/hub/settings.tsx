import { Alert, Button, Card, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form, Loaded, Page, useGql } from '@/components/ui';
import { ZoneSelect } from '@/coordinating/ZoneSelect';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError } from '@/lib/forms';
import { homeHub, reloadMe } from '@/lib/me';
import { useMe } from '@/lib/session';

const HUB = graphql(`
  query HubSettings($id: ID!) {
    hub(id: $id) {
      id
      name
      city
      timezone
      signupApproval
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateHubSettings($input: UpdateHubInput!) {
    updateHub(input: $input) {
      id
    }
  }
`);

export const Route = createFileRoute('/_app/hub/settings')({ component: HubSettings });

/** The hub's time zone and whether self-registered trainees wait for a coordinator's approval; its name and city for admins. */
function HubSettings() {
  const { t } = useTranslation();
  const hub = homeHub(useMe());
  const query = useGql(['hub-settings', hub?.id], HUB, { id: hub?.id ?? '' }, { enabled: !!hub });
  return (
    <Page title={t('hubSettings.title')}>
      <Loaded query={query}>{({ hub: current }) => <SettingsForm key={current.id} hub={current} />}</Loaded>
    </Page>
  );
}

function SettingsForm({ hub }: { hub: { id: string; name: string; city: string; timezone: string; signupApproval: boolean } }) {
  const { t } = useTranslation();
  const admin = useMe()?.role === 'ADMIN';
  const [name, setName] = useState(hub.name);
  const [city, setCity] = useState(hub.city);
  const [timezone, setTimezone] = useState(hub.timezone);
  const [signupApproval, setSignupApproval] = useState(hub.signupApproval);
  const save = useMutation({
    mutationFn: () => request(UPDATE, { input: { id: hub.id, timezone, signupApproval, ...(admin && { name, city }) } }),
    // Every time on every screen follows the hub's zone: read it again.
    onSuccess: () => reloadMe(),
  });
  return (
    <Card withBorder>
      <Form onSubmit={() => save.mutate()}>
        <Stack gap="sm">
          {admin ? (
            <>
              <TextInput
                label={t('hubs.name')}
                description={t('hubs.nameHint')}
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={fieldError(save.error, 'name')}
              />
              <TextInput
                label={t('hubs.city')}
                required
                value={city}
                onChange={(e) => setCity(e.currentTarget.value)}
                error={fieldError(save.error, 'city')}
              />
            </>
          ) : (
            <Text fw={700}>
              {hub.name} · {hub.city}
            </Text>
          )}
          <ZoneSelect value={timezone} onChange={setTimezone} />
          <Checkbox
            label={t('hubSettings.signupApproval')}
            description={t('hubSettings.signupApprovalHint')}
            checked={signupApproval}
            onChange={(e) => setSignupApproval(e.currentTarget.checked)}
          />
          <ErrorNote error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
          {save.isSuccess && (
            <Alert color="green" role="status">
              {t('hubSettings.saved')}
            </Alert>
          )}
        </Stack>
      </Form>
    </Card>
  );
}
