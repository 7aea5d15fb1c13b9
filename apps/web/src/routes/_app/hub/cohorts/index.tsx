import { Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CohortCardTitle } from '@/coordinating/cohort/CohortCardTitle';
import { AnchorLink } from '@/components/links';
import { ErrorNote, Form, Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { calendarDate } from '@/lib/format';
import { fieldError, formError } from '@/lib/forms';
import { homeHub } from '@/lib/me';
import { useMe } from '@/lib/session';

const COHORTS = graphql(`
  query HubCohorts($hubId: ID!) {
    cohorts(hubId: $hubId, first: 200) {
      id
      name
      status
      capacity
      startsOn
      endsOn
      curriculum {
        title
        version
      }
    }
    curricula(hubId: $hubId, first: 200) {
      id
      title
      version
      status
    }
  }
`);

const CREATE = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
    }
  }
`);

export const Route = createFileRoute('/_app/hub/cohorts/')({ component: Cohorts });

/** Every cohort of the hub, newest first, and a new one opened on a published curriculum. */
function Cohorts() {
  const { t, i18n } = useTranslation();
  const hub = homeHub(useMe());
  const query = useGql(['hub-cohorts', hub?.id], COHORTS, { hubId: hub?.id ?? '' }, { enabled: !!hub });
  return (
    <Page title={t('cohorts.title')}>
      <Loaded query={query}>
        {({ cohorts, curricula }) => (
          <Stack gap="lg">
            <NewCohort hubId={hub?.id ?? ''} curricula={curricula.filter((curriculum) => curriculum.status === 'PUBLISHED')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {cohorts.map((cohort) => (
                <Card key={cohort.id} withBorder padding="sm">
                  <CohortCardTitle cohort={cohort} />
                  <Text fz="sm" c="dimmed">
                    {cohort.curriculum.title} v{cohort.curriculum.version} · {calendarDate(cohort.startsOn, i18n.language)} –{' '}
                    {calendarDate(cohort.endsOn, i18n.language)}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}

const FIELDS = ['curriculumId', 'name', 'startsOn', 'endsOn', 'capacity'];

function NewCohort({ hubId, curricula }: { hubId: string; curricula: { id: string; title: string; version: number }[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [fields, setFields] = useState({ curriculumId: '', name: '', startsOn: '', endsOn: '', capacity: 30 as number | '' });
  const set = (patch: Partial<typeof fields>) => setFields((current) => ({ ...current, ...patch }));
  const create = useMutation({
    mutationFn: () =>
      request(CREATE, {
        input: {
          hubId,
          curriculumId: fields.curriculumId || (curricula[0]?.id ?? ''),
          name: fields.name,
          startsOn: fields.startsOn,
          endsOn: fields.endsOn,
          capacity: fields.capacity === '' ? 0 : fields.capacity,
        },
      }),
    onSuccess: ({ createCohort }) => void navigate({ to: '/hub/cohorts/$cohortId', params: { cohortId: createCohort.id } }),
  });
  if (curricula.length === 0)
    return (
      <Card withBorder>
        <Text>
          {t('cohorts.needsCurriculum')} <AnchorLink to="/hub/curricula">{t('nav.curricula')}</AnchorLink>
        </Text>
      </Card>
    );
  const error = (field: string) => fieldError(create.error, field);
  return (
    <Card withBorder>
      <Form onSubmit={() => create.mutate()}>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('cohorts.new')}
          </Title>
          <NativeSelect
            label={t('cohorts.curriculum')}
            value={fields.curriculumId || curricula[0].id}
            onChange={(e) => set({ curriculumId: e.currentTarget.value })}
            data={curricula.map((curriculum) => ({ value: curriculum.id, label: `${curriculum.title} v${curriculum.version}` }))}
            error={error('curriculumId')}
          />
          <TextInput
            label={t('cohorts.name')}
            required
            value={fields.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={error('name')}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('cohorts.startsOn')}
              required
              value={fields.startsOn}
              onChange={(e) => set({ startsOn: e.currentTarget.value })}
              error={error('startsOn')}
            />
            <TextInput
              type="date"
              label={t('cohorts.endsOn')}
              required
              value={fields.endsOn}
              onChange={(e) => set({ endsOn: e.currentTarget.value })}
              error={error('endsOn')}
            />
            <NumberInput
              label={t('cohorts.capacity')}
              min={1}
              max={2000}
              allowDecimal={false}
              value={fields.capacity}
              onChange={(value) => set({ capacity: typeof value === 'number' ? value : '' })}
              error={error('capacity')}
            />
          </Group>
          <ErrorNote error={formError(create.error, FIELDS)} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('cohorts.create')}
            </Button>
          </Group>
        </Stack>
      </Form>
    </Card>
  );
}
