import { Button, Card, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form } from '@/components/ui';
import { graphql } from '@/gql';
import type { ManageCohortQuery } from '@/gql/graphql';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';
import { useCohortChange } from './documents';

const UPDATE = graphql(`
  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {
    updateCohort(id: $id, input: $input) {
      id
    }
  }
`);

const FIELDS = ['name', 'startsOn', 'endsOn', 'capacity'];

/** Name, dates and seats of a cohort not yet over; the start date only until it starts. */
export function CohortDetails({ cohort, onClose }: { cohort: ManageCohortQuery['cohort']; onClose: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    name: cohort.name,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    capacity: cohort.capacity as number | '',
  });
  const set = (patch: Partial<typeof fields>) => setFields((current) => ({ ...current, ...patch }));
  const save = useCohortChange(
    cohort.id,
    () =>
      request(UPDATE, {
        id: cohort.id,
        input: {
          name: fields.name,
          endsOn: fields.endsOn,
          capacity: fields.capacity === '' ? 0 : fields.capacity,
          ...(cohort.status === 'PLANNED' ? { startsOn: fields.startsOn } : {}),
        },
      }),
    onClose,
  );
  const error = (field: string) => fieldError(save.error, field);
  return (
    <Card withBorder shadow="sm">
      <Form onSubmit={() => save.mutate(undefined)}>
        <Stack gap="sm">
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
              description={cohort.status === 'PLANNED' ? undefined : t('cohorts.startFixed')}
              disabled={cohort.status !== 'PLANNED'}
              value={fields.startsOn}
              onChange={(e) => set({ startsOn: e.currentTarget.value })}
              error={error('startsOn')}
            />
            <TextInput
              type="date"
              label={t('cohorts.endsOn')}
              value={fields.endsOn}
              onChange={(e) => set({ endsOn: e.currentTarget.value })}
              error={error('endsOn')}
            />
            <NumberInput
              label={t('cohorts.capacity')}
              description={t('cohorts.capacityHint')}
              min={1}
              max={2000}
              allowDecimal={false}
              value={fields.capacity}
              onChange={(value) => set({ capacity: typeof value === 'number' ? value : '' })}
              error={error('capacity')}
            />
          </Group>
          <ErrorNote error={formError(save.error, FIELDS)} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </Form>
    </Card>
  );
}
