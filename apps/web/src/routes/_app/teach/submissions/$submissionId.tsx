import { Alert, Anchor, Badge, Button, Card, Group, NumberInput, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ErrorNote, Loaded, Loading, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import type { GradeSubmissionPageQuery } from '@/gql/graphql';
import { ApiError, request } from '@/lib/api';
import { useDraft } from '@/lib/drafts';
import { dateTime, score } from '@/lib/format';

const LessonBody = lazy(() => import('@/components/LessonBody'));

const SUBMISSION = graphql(`
  query GradeSubmissionPage($id: ID!) {
    submission(id: $id) {
      id
      attempt
      status
      content
      submittedAt
      assignment {
        ...AssignmentBrief
      }
      enrollment {
        cohort {
          id
          name
          hub {
            timezone
          }
        }
        trainee {
          fullName
        }
        submissions(first: 50) {
          id
          attempt
          status
          submittedAt
          assignment {
            id
          }
        }
      }
      grades(first: 10) {
        ...GradeDetails
      }
    }
  }
`);

const GRADE = graphql(`
  mutation GradeSubmission($input: GradeSubmissionInput!) {
    gradeSubmission(input: $input) {
      id
      status
    }
  }
`);

export const Route = createFileRoute('/_app/teach/submissions/$submissionId')({ component: GradePage });

type Submission = GradeSubmissionPageQuery['submission'];
interface GradeDraft {
  points: Record<string, number | ''>;
  feedback: string;
}

function GradePage() {
  const { submissionId } = Route.useParams();
  const { t } = useTranslation();
  const query = useGql(['submission', submissionId], SUBMISSION, { id: submissionId });
  return (
    <Loaded query={query}>
      {({ submission }) => (
        <Page title={`${submission.enrollment.trainee.fullName} — ${submission.assignment.title}`}>
          <AnchorLink to="/teach/cohorts/$cohortId/grading" params={{ cohortId: submission.enrollment.cohort.id }}>
            ← {t('teach.backToQueue', { cohort: submission.enrollment.cohort.name })}
          </AnchorLink>
          <Grading submission={submission} />
        </Page>
      )}
    </Loaded>
  );
}

/** The work, the rubric and the history; the grade is a draft kept in this browser until it is saved. */
function Grading({ submission }: { submission: Submission }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const zone = submission.enrollment.cohort.hub.timezone;
  const [stored, store, forget] = useDraft(`grade.${submission.id}`);
  const draft: GradeDraft = stored ? (JSON.parse(stored) as GradeDraft) : { points: {}, feedback: '' };
  const update = (next: Partial<GradeDraft>) => store(JSON.stringify({ ...draft, ...next }));
  // The grades seen when this screen opened: one saved by someone else since is refused, not overwritten.
  const [seenGrades, setSeenGrades] = useState(submission.grades.length);
  const [done, setDone] = useState<'GRADED' | 'RESUBMIT_REQUESTED' | null>(null);
  const rubric = submission.assignment.rubric;
  const complete = rubric.every((criterion) => typeof draft.points[criterion.id] === 'number');
  const total = rubric.reduce((sum, criterion) => sum + (Number(draft.points[criterion.id]) || 0), 0);
  const max = rubric.reduce((sum, criterion) => sum + criterion.maxPoints, 0);

  const grade = useMutation({
    mutationFn: (requestResubmission: boolean) =>
      request(GRADE, {
        input: {
          submissionId: submission.id,
          scores: rubric.map((criterion) => ({ criterionId: criterion.id, points: Number(draft.points[criterion.id]) })),
          feedback: draft.feedback.trim() || null,
          requestResubmission,
          seenGrades,
        },
      }),
    onSuccess: ({ gradeSubmission }) => {
      forget();
      setDone(gradeSubmission.status === 'RESUBMIT_REQUESTED' ? 'RESUBMIT_REQUESTED' : 'GRADED');
      void queryClient.invalidateQueries({ queryKey: ['submission', submission.id] });
      void queryClient.invalidateQueries({ queryKey: ['grading-queue'] });
    },
    onError: async (error) => {
      if (!(error instanceof ApiError && error.reason === 'GRADE_CHANGED')) return;
      // Show the grade saved meanwhile above the draft; deciding again is the mentor's call.
      await queryClient.invalidateQueries({ queryKey: ['submission', submission.id] });
    },
  });
  const changedMeanwhile = grade.error instanceof ApiError && grade.error.reason === 'GRADE_CHANGED';
  const attempts = submission.enrollment.submissions.filter((attempt) => attempt.assignment.id === submission.assignment.id);

  return (
    <Stack>
      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={2} fz="lg">
              {t('teach.work', { attempt: submission.attempt })}
            </Title>
            <Badge color={submission.status === 'GRADED' ? 'teal' : 'yellow'}>{t(`submissionStatus.${submission.status}`)}</Badge>
          </Group>
          <Text fz="sm" c="dimmed">
            {dateTime(submission.submittedAt, zone, i18n.language)}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{withLinks(submission.content)}</Text>
        </Stack>
      </Card>
      {submission.assignment.instructions && (
        <Card withBorder>
          <Title order={2} fz="md" mb="xs">
            {t('teach.brief')}
          </Title>
          <Suspense fallback={<Loading />}>
            <LessonBody markdown={submission.assignment.instructions} />
          </Suspense>
        </Card>
      )}
      {submission.grades.length > 0 && (
        <Card withBorder>
          <Title order={2} fz="md" mb="xs">
            {t('teach.earlierGrades')}
          </Title>
          <Stack gap="xs">
            {submission.grades.map((earlier) => (
              <Text key={earlier.gradedAt} fz="sm">
                {score(earlier.score, i18n.language)} · {earlier.gradedBy.fullName} · {dateTime(earlier.gradedAt, zone, i18n.language)}
                {earlier.feedback && ` — ${earlier.feedback}`}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
      {changedMeanwhile && (
        <Alert color="orange" role="alert" title={t('teach.gradeChangedTitle')}>
          {grade.error?.message}
          <Group mt="xs">
            <Button size="xs" variant="light" onClick={() => (setSeenGrades(submission.grades.length), grade.reset())}>
              {t('teach.gradeAnyway')}
            </Button>
          </Group>
        </Alert>
      )}
      {done ? (
        <Alert color="green" role="status" title={t(`teach.done.${done}`)}>
          <AnchorLink to="/teach/cohorts/$cohortId/grading" params={{ cohortId: submission.enrollment.cohort.id }}>
            {t('teach.nextInQueue')}
          </AnchorLink>
        </Alert>
      ) : (
        <Card withBorder>
          <Stack>
            <Title order={2} fz="lg">
              {t('teach.rubric')}
            </Title>
            <Table>
              <Table.Tbody>
                {rubric.map((criterion) => (
                  <Table.Tr key={criterion.id}>
                    <Table.Td>
                      {criterion.levels.length > 0 && (
                        <Radio.Group
                          mb="xs"
                          label={criterion.title}
                          value={String(draft.points[criterion.id] ?? '')}
                          onChange={(points) => update({ points: { ...draft.points, [criterion.id]: Number(points) } })}
                        >
                          <Stack gap={6} mt={6}>
                            {criterion.levels.map((level) => (
                              <Radio
                                key={level.points}
                                value={String(level.points)}
                                label={t('assignment.level', { title: level.title, count: level.points })}
                                description={level.description}
                              />
                            ))}
                          </Stack>
                        </Radio.Group>
                      )}
                      <NumberInput
                        label={t('teach.criterion', { title: criterion.title, max: criterion.maxPoints })}
                        min={0}
                        max={criterion.maxPoints}
                        clampBehavior="strict"
                        allowDecimal={false}
                        value={draft.points[criterion.id] ?? ''}
                        onChange={(value) => update({ points: { ...draft.points, [criterion.id]: value === '' ? '' : Number(value) } })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text fw={700}>
              {t('teach.total', {
                points: score(total, i18n.language),
                max,
                score: score(max ? (total / max) * 100 : 0, i18n.language),
                passing: score(submission.assignment.passingScore, i18n.language),
              })}
            </Text>
            <Textarea
              label={t('teach.feedback')}
              description={t('teach.feedbackHint')}
              autosize
              minRows={3}
              value={draft.feedback}
              onChange={(e) => update({ feedback: e.currentTarget.value })}
            />
            {!changedMeanwhile && <ErrorNote error={grade.error} />}
            <Group>
              <Button
                onClick={() => grade.mutate(false)}
                loading={grade.isPending && !grade.variables}
                disabled={!complete || changedMeanwhile}
              >
                {t('teach.saveGrade')}
              </Button>
              <Button
                variant="default"
                onClick={() => grade.mutate(true)}
                loading={grade.isPending && grade.variables}
                disabled={!complete || !draft.feedback.trim() || changedMeanwhile}
              >
                {t('teach.askResubmission')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {attempts.length > 1 && (
        <Card withBorder>
          <Title order={2} fz="md" mb="xs">
            {t('teach.attempts')}
          </Title>
          <Stack gap={4}>
            {attempts.map((attempt) => (
              <Group key={attempt.id} gap="xs">
                <AnchorLink to="/teach/submissions/$submissionId" params={{ submissionId: attempt.id }}>
                  {t('teach.attempt', { attempt: attempt.attempt })}
                </AnchorLink>
                <Text fz="sm">
                  {dateTime(attempt.submittedAt, zone, i18n.language)} · {t(`submissionStatus.${attempt.status}`)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

/** Links in a submission's text, clickable (opened apart from Sanggar); everything else stays text. */
function withLinks(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, index) =>
    index % 2 === 1 ? (
      <Anchor key={index} href={part} target="_blank" rel="noopener noreferrer nofollow">
        {part}
      </Anchor>
    ) : (
      part
    ),
  );
}
