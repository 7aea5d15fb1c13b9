import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form, Loaded, Page, useGql } from '@/components/ui';
import { ZoneSelect } from '@/coordinating/ZoneSelect';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError } from '@/lib/forms';
import { chooseHub, homeHub } from '@/lib/me';
import { useMe } from '@/lib/session';

const HUBS = graphql(`
  query AdminHubs {
    hubs(first: 200) {
      id
      name
      city
      timezone
    }
  }
`);

const CREATE = graphql(`
  mutation CreateHub($input: CreateHubInput!) {
    createHub(input: $input) {
      id
    }
  }
`);

export const Route = createFileRoute('/_app/admin/hubs')({ component: Hubs });

/** An admin's hubs: open a new one, and choose which one every hub screen works in. */
function Hubs() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = homeHub(useMe());
  const query = useGql(['hubs'], HUBS, {});
  const choose = useMutation({
    mutationFn: chooseHub,
    onSuccess: () => void navigate({ to: '/' }),
  });
  return (
    <Page title={t('hubs.title')}>
      <Text>{t('hubs.intro')}</Text>
      <Loaded query={query}>
        {({ hubs }) => (
          <Stack gap="xs">
            {hubs.map((hub) => (
              <Card key={hub.id} withBorder padding="sm" data-hub={hub.name}>
                <Group justify="space-between">
                  <Stack gap={0}>
                    <Text fw={700}>{hub.name}</Text>
                    <Text fz="sm">
                      {hub.city} · {t(`hubSettings.zone.${hub.timezone.replace('Asia/', '')}`, { defaultValue: hub.timezone })}
                    </Text>
                  </Stack>
                  {hub.id === current?.id ? (
                    <Badge variant="light">{t('hubs.current')}</Badge>
                  ) : (
                    <Button
                      variant="default"
                      aria-label={t('hubs.workIn', { name: hub.name })}
                      onClick={() => choose.mutate(hub.id)}
                      loading={choose.isPending && choose.variables === hub.id}
                    >
                      {t('hubs.manage')}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Loaded>
      <ErrorNote error={choose.error} />
      <NewHub />
    </Page>
  );
}

function NewHub() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [city, setCity] = useState('');
  const [timezone, setTimezone] = useState('Asia/Jakarta');
  const create = useMutation({
    mutationFn: () => request(CREATE, { input: { name, city, timezone } }),
    onSuccess: () => {
      setName('');
      setCity('');
      void queryClient.invalidateQueries({ queryKey: ['hubs'] });
    },
  });
  return (
    <Card withBorder>
      <Form onSubmit={() => create.mutate()}>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('hubs.new')}
          </Title>
          <TextInput
            label={t('hubs.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(create.error, 'name')}
          />
          <TextInput
            label={t('hubs.city')}
            required
            value={city}
            onChange={(e) => setCity(e.currentTarget.value)}
            error={fieldError(create.error, 'city')}
          />
          <ZoneSelect value={timezone} onChange={setTimezone} />
          <ErrorNote error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('hubs.create')}
            </Button>
          </Group>
        </Stack>
      </Form>
    </Card>
  );
}
