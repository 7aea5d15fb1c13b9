import { Badge, Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded, Page, useGql } from '@/components/ui';
import { AddTrainees } from '@/coordinating/cohort/AddTrainees';
import { CertificateBatch } from '@/coordinating/cohort/CertificateBatch';
import { CohortDetails } from '@/coordinating/cohort/CohortDetails';
import { CohortLifecycle } from '@/coordinating/cohort/CohortLifecycle';
import { CohortMentors } from '@/coordinating/cohort/CohortMentors';
import { MANAGED_COHORT } from '@/coordinating/cohort/documents';
import { ProgressReport } from '@/coordinating/cohort/ProgressReport';
import { Roster } from '@/coordinating/cohort/Roster';
import { calendarDate } from '@/lib/format';

export const Route = createFileRoute('/_app/hub/cohorts/$cohortId')({ component: ManageCohort });

const ISSUING = ['QUEUED', 'RUNNING'];

/** A cohort for its coordinator: its details and next step, its mentors, who is in and adding more, and its certificates. */
function ManageCohort() {
  const { cohortId } = Route.useParams();
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const query = useGql(
    ['manage-cohort', cohortId],
    MANAGED_COHORT,
    { id: cohortId },
    {
      // While certificates are being issued the progress bar follows the batch.
      refetchInterval: (current) => (ISSUING.includes(current.state.data?.cohort.certificateBatch?.status ?? '') ? 1500 : false),
    },
  );
  return (
    <Loaded query={query}>
      {({ cohort }) => {
        const open = cohort.status === 'PLANNED' || cohort.status === 'RUNNING';
        return (
          <Page
            title={cohort.name}
            actions={
              <Group gap="xs">
                <Badge variant="light">{t(`cohortStatus.${cohort.status}`)}</Badge>
                <Text fz="sm">
                  {cohort.curriculum.title} v{cohort.curriculum.version} · {calendarDate(cohort.startsOn, i18n.language)} –{' '}
                  {calendarDate(cohort.endsOn, i18n.language)}
                </Text>
              </Group>
            }
          >
            <CohortLifecycle cohortId={cohort.id} status={cohort.status} />
            {cohort.certificateBatch && <CertificateBatch cohortId={cohort.id} batch={cohort.certificateBatch} />}
            {open && (
              <Stack gap={4}>
                <Text fw={700}>
                  {t('manage.fill', {
                    count: cohort.seated.totalCount,
                    capacity: cohort.capacity,
                    waitlisted: cohort.waitlisted.totalCount,
                  })}
                </Text>
                <Progress value={(100 * cohort.seated.totalCount) / cohort.capacity} aria-label={t('manage.fillLabel')} />
              </Stack>
            )}
            {open &&
              (editing ? (
                <CohortDetails cohort={cohort} onClose={() => setEditing(false)} />
              ) : (
                <Group>
                  <Button variant="default" onClick={() => setEditing(true)}>
                    {t('cohorts.edit')}
                  </Button>
                </Group>
              ))}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <CohortMentors cohortId={cohort.id} hubId={cohort.hub.id} mentors={cohort.mentors} open={open} />
              {open && (
                <AddTrainees
                  cohortId={cohort.id}
                  hubId={cohort.hub.id}
                  seated={new Set(cohort.seated.edges.map((edge) => edge.node.trainee.id))}
                />
              )}
            </SimpleGrid>
            <Roster cohortId={cohort.id} open={open} batchStatus={cohort.certificateBatch?.status} />
            {cohort.status !== 'PLANNED' && <ProgressReport cohortId={cohort.id} />}
          </Page>
        );
      }}
    </Loaded>
  );
}
