import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { type FormEvent, Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ErrorNote, Loaded, Loading, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { useDraft } from '@/lib/drafts';
import { fieldError } from '@/lib/forms';
import { dateTime, score } from '@/lib/format';

const LessonBody = lazy(() => import('@/components/LessonBody'));

const ASSIGNMENT = graphql(`
  query AssignmentPage($cohortId: ID!, $id: ID!) {
    assignment(cohortId: $cohortId, id: $id) {
      ...AssignmentBrief
      weight
    }
    cohort(id: $cohortId) {
      name
      status
      hub {
        timezone
      }
      enrollments(first: 1) {
        edges {
          node {
            submissions(assignmentId: $id, first: 20) {
              id
              attempt
              status
              content
              submittedAt
              grade {
                ...GradeDetails
              }
            }
          }
        }
      }
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitAssignment($input: SubmitAssignmentInput!) {
    submitAssignment(input: $input) {
      id
    }
  }
`);

export const Route = createFileRoute('/_app/cohorts/$cohortId/assignments/$assignmentId')({ component: AssignmentPage });

function AssignmentPage() {
  const { t, i18n } = useTranslation();
  const { cohortId, assignmentId } = Route.useParams();
  const queryClient = useQueryClient();
  const query = useGql(['assignment', cohortId, assignmentId], ASSIGNMENT, { cohortId, id: assignmentId });
  const [draft, setDraft, clearDraft] = useDraft(`submission.${cohortId}.${assignmentId}`);
  const submit = useMutation({
    mutationFn: () => request(SUBMIT, { input: { cohortId, assignmentId, content: draft } }),
    onSuccess: async () => {
      clearDraft();
      await queryClient.invalidateQueries();
    },
  });
  const send = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate();
  };
  return (
    <Loaded query={query}>
      {({ assignment, cohort }) => {
        const zone = cohort.hub.timezone;
        const attempts = cohort.enrollments.edges[0]?.node.submissions ?? [];
        const latest = attempts.at(-1);
        const canSubmit = !latest || latest.status === 'RESUBMIT_REQUESTED';
        const maxOf = new Map(assignment.rubric.map((criterion) => [criterion.id, criterion]));
        return (
          <Page title={assignment.title}>
            <AnchorLink to="/cohorts/$cohortId" params={{ cohortId }}>
              ← {cohort.name}
            </AnchorLink>
            {assignment.instructions && (
              <Suspense fallback={<Loading />}>
                <LessonBody markdown={assignment.instructions} />
              </Suspense>
            )}
            <Card withBorder>
              <Title order={2} fz="lg" mb="xs">
                {t('assignment.rubric')}
              </Title>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('assignment.criterion')}</Table.Th>
                    <Table.Th ta="right">{t('assignment.maxPoints')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {assignment.rubric.map((criterion) => (
                    <Table.Tr key={criterion.id}>
                      <Table.Td>
                        {criterion.title}
                        {criterion.levels.map((level) => (
                          <Text key={level.points} fz="xs" c="dimmed">
                            {t('assignment.level', { title: level.title, count: level.points })}
                            {level.description && ` — ${level.description}`}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td ta="right">{criterion.maxPoints}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text fz="sm" mt="xs">
                {t('assignment.passing', { score: score(assignment.passingScore, i18n.language) })}
              </Text>
            </Card>
            {latest?.status === 'RESUBMIT_REQUESTED' && (
              <Alert color="yellow" variant="light" title={t('assignment.resubmitAsked')}>
                {latest.grade?.feedback}
              </Alert>
            )}
            {canSubmit ? (
              <form onSubmit={send}>
                <Stack>
                  <Textarea
                    label={latest ? t('assignment.newAttempt', { attempt: latest.attempt + 1 }) : t('assignment.yourWork')}
                    description={t('assignment.workHint')}
                    autosize
                    minRows={6}
                    required
                    value={draft}
                    onChange={(e) => setDraft(e.currentTarget.value)}
                    error={fieldError(submit.error, 'content')}
                  />
                  {draft && (
                    <Text fz="sm" c="dimmed">
                      {t('assignment.draftKept')}
                    </Text>
                  )}
                  <ErrorNote error={submit.error} />
                  <Button type="submit" loading={submit.isPending} disabled={!draft.trim()}>
                    {t('assignment.submit')}
                  </Button>
                </Stack>
              </form>
            ) : (
              <Text role="status">{latest.status === 'GRADED' ? t('assignment.graded') : t('assignment.waiting')}</Text>
            )}
            {attempts.length > 0 && (
              <section aria-labelledby="attempts">
                <Title order={2} fz="lg" id="attempts" mb="xs">
                  {t('assignment.attempts')}
                </Title>
                <Stack>
                  {[...attempts].reverse().map((attempt) => {
                    const { grade } = attempt;
                    return (
                      <Card key={attempt.id} withBorder>
                        <Group justify="space-between">
                          <Text fw={700}>{t('assignment.attempt', { attempt: attempt.attempt })}</Text>
                          <Badge color={attempt.status === 'GRADED' ? 'teal' : 'yellow'}>{t(`submissionStatus.${attempt.status}`)}</Badge>
                        </Group>
                        <Text fz="sm" c="dimmed">
                          {dateTime(attempt.submittedAt, zone, i18n.language)}
                        </Text>
                        <Text style={{ whiteSpace: 'pre-wrap' }} mt="xs">
                          {attempt.content}
                        </Text>
                        {grade && (
                          <Stack gap={4} mt="sm">
                            <Text fw={700}>
                              {t('assignment.score')}: {score(grade.score, i18n.language)} / 100
                            </Text>
                            {grade.scores.map((s) => (
                              <Text key={s.criterion.id} fz="sm">
                                {maxOf.get(s.criterion.id)?.title}: {s.points} / {maxOf.get(s.criterion.id)?.maxPoints}
                              </Text>
                            ))}
                            {grade.feedback && (
                              <Text fz="sm">
                                <strong>{grade.gradedBy.fullName}:</strong> {grade.feedback}
                              </Text>
                            )}
                          </Stack>
                        )}
                      </Card>
                    );
                  })}
                </Stack>
              </section>
            )}
          </Page>
        );
      }}
    </Loaded>
  );
}
