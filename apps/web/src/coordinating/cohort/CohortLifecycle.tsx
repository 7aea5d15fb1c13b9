import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '@/components/ui';
import { graphql } from '@/gql';
import type { CohortStatus } from '@/gql/graphql';
import { request } from '@/lib/api';
import { useCohortChange } from './documents';

const START = graphql(`
  mutation StartCohort($id: ID!) {
    startCohort(id: $id) {
      id
    }
  }
`);

const COMPLETE = graphql(`
  mutation CompleteCohort($id: ID!) {
    completeCohort(id: $id) {
      id
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelCohort($id: ID!) {
    cancelCohort(id: $id) {
      id
    }
  }
`);

type Step = 'start' | 'complete' | 'cancel';

const STEPS: Record<CohortStatus, Step[]> = {
  PLANNED: ['start', 'cancel'],
  RUNNING: ['complete', 'cancel'],
  COMPLETED: [],
  CANCELLED: [],
};

const TAKE: Record<Step, (id: string) => Promise<unknown>> = {
  start: (id) => request(START, { id }),
  complete: (id) => request(COMPLETE, { id }),
  cancel: (id) => request(CANCEL, { id }),
};

/** The next steps of a cohort's life, each confirmed once, saying what it will do. */
export function CohortLifecycle({ cohortId, status }: { cohortId: string; status: CohortStatus }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const step = useCohortChange(
    cohortId,
    (chosen: Step) => TAKE[chosen](cohortId),
    () => setConfirming(null),
  );
  if (STEPS[status].length === 0) return null;
  return (
    <Stack gap="xs">
      {confirming ? (
        <Alert color={confirming === 'cancel' ? 'red' : 'blue'} title={t(`cohortStep.${confirming}.title`)}>
          <Stack gap="xs">
            {t(`cohortStep.${confirming}.confirm`)}
            <Group>
              <Button color={confirming === 'cancel' ? 'red' : undefined} onClick={() => step.mutate(confirming)} loading={step.isPending}>
                {t(`cohortStep.${confirming}.yes`)}
              </Button>
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Group>
          {STEPS[status].map((next) => (
            <Button key={next} variant={next === 'cancel' ? 'default' : 'filled'} onClick={() => setConfirming(next)}>
              {t(`cohortStep.${next}.button`)}
            </Button>
          ))}
        </Group>
      )}
      <ErrorNote error={step.error} />
    </Stack>
  );
}
