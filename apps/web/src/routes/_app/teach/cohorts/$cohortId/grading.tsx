import { Badge, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import type { SubmissionStatus } from '@/gql/graphql';
import { dateTime } from '@/lib/format';

const QUEUE = graphql(`
  query GradingQueue($cohortId: ID!, $status: SubmissionStatus!) {
    cohort(id: $cohortId) {
      id
      name
      hub {
        timezone
      }
      gradingQueue {
        waiting
        resubmitted
        resubmitRequested
        graded
      }
    }
    submissions(cohortId: $cohortId, status: $status, first: 200) {
      id
      attempt
      submittedAt
      assignment {
        title
      }
      enrollment {
        trainee {
          fullName
        }
      }
    }
  }
`);

const TABS: SubmissionStatus[] = ['SUBMITTED', 'RESUBMIT_REQUESTED', 'GRADED'];

export const Route = createFileRoute('/_app/teach/cohorts/$cohortId/grading')({
  validateSearch: (search: Record<string, unknown>): { status?: SubmissionStatus } => ({
    status: TABS.find((status) => status === search.status),
  }),
  component: GradingQueue,
});

/** A cohort's submissions by where they stand, oldest first: what waits longest is graded first. */
function GradingQueue() {
  const { cohortId } = Route.useParams();
  const { status = 'SUBMITTED' } = Route.useSearch();
  const navigate = Route.useNavigate();
  const { t, i18n } = useTranslation();
  const query = useGql(['grading-queue', cohortId], QUEUE, { cohortId, status });
  return (
    <Loaded query={query}>
      {({ cohort, submissions }) => {
        const queue = cohort.gradingQueue;
        const counts: Record<SubmissionStatus, number> = {
          SUBMITTED: queue ? queue.waiting + queue.resubmitted : 0,
          RESUBMIT_REQUESTED: queue?.resubmitRequested ?? 0,
          GRADED: queue?.graded ?? 0,
        };
        return (
          <Page title={t('teach.queueTitle', { cohort: cohort.name })}>
            <Tabs value={status} onChange={(next) => void navigate({ search: { status: (next as SubmissionStatus | null) ?? undefined } })}>
              <Tabs.List>
                {TABS.map((tab) => (
                  <Tabs.Tab key={tab} value={tab} rightSection={<Badge variant="light">{counts[tab]}</Badge>}>
                    {t(`teach.queue.${tab}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
            </Tabs>
            {submissions.length === 0 && <Text c="dimmed">{t('teach.queueEmpty')}</Text>}
            <Stack gap="xs">
              {submissions.map((submission) => (
                <Card key={submission.id} withBorder padding="sm">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={2}>
                      <AnchorLink fw={700} to="/teach/submissions/$submissionId" params={{ submissionId: submission.id }}>
                        {submission.enrollment.trainee.fullName} — {submission.assignment.title}
                      </AnchorLink>
                      <Text fz="sm" c="dimmed">
                        {dateTime(submission.submittedAt, cohort.hub.timezone, i18n.language)}
                      </Text>
                    </Stack>
                    {submission.attempt > 1 && <Badge color="grape">{t('teach.attempt', { attempt: submission.attempt })}</Badge>}
                  </Group>
                </Card>
              ))}
            </Stack>
          </Page>
        );
      }}
    </Loaded>
  );
}
