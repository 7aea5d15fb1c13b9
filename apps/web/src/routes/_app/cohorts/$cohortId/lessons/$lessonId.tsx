import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { ErrorNote, Loaded, Loading, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { dateTime } from '@/lib/format';

const LessonBody = lazy(() => import('@/components/LessonBody'));

const LESSON = graphql(`
  query LessonPage($cohortId: ID!, $id: ID!) {
    lesson(cohortId: $cohortId, id: $id) {
      id
      title
      content
      videoUrl
      durationMinutes
      completedAt(cohortId: $cohortId)
    }
    cohort(id: $cohortId) {
      name
      hub {
        timezone
      }
      curriculum {
        modules(first: 30) {
          lessons(first: 50) {
            id
            title
          }
        }
      }
    }
  }
`);

const COMPLETE = graphql(`
  mutation CompleteLesson($cohortId: ID!, $lessonId: ID!) {
    completeLesson(cohortId: $cohortId, lessonId: $lessonId) {
      id
      completedAt(cohortId: $cohortId)
    }
  }
`);

export const Route = createFileRoute('/_app/cohorts/$cohortId/lessons/$lessonId')({ component: LessonPage });

function LessonPage() {
  const { t, i18n } = useTranslation();
  const { cohortId, lessonId } = Route.useParams();
  const queryClient = useQueryClient();
  const query = useGql(['lesson', cohortId, lessonId], LESSON, { cohortId, id: lessonId });
  const complete = useMutation({
    mutationFn: () => request(COMPLETE, { cohortId, lessonId }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <Loaded query={query}>
      {({ lesson, cohort }) => {
        const order = cohort.curriculum.modules.flatMap((module) => module.lessons);
        const index = order.findIndex((item) => item.id === lesson.id);
        const [previous, next] = [order[index - 1], order[index + 1]];
        return (
          <Page title={lesson.title}>
            <AnchorLink to="/cohorts/$cohortId" params={{ cohortId }}>
              ← {cohort.name}
            </AnchorLink>
            {lesson.durationMinutes && <Text c="dimmed">{t('lesson.minutes', { count: lesson.durationMinutes })}</Text>}
            <Suspense fallback={<Loading />}>
              <LessonBody markdown={lesson.content} />
            </Suspense>
            {lesson.videoUrl && (
              <Anchor href={lesson.videoUrl} target="_blank" rel="noopener noreferrer">
                {t('lesson.video')}
              </Anchor>
            )}
            <Stack gap="xs">
              {lesson.completedAt ? (
                <Text fw={700} role="status">
                  ✓ {t('lesson.doneAt', { when: dateTime(lesson.completedAt, cohort.hub.timezone, i18n.language) })}
                </Text>
              ) : (
                <Button onClick={() => complete.mutate()} loading={complete.isPending}>
                  {t('lesson.markDone')}
                </Button>
              )}
              <ErrorNote error={complete.error} />
            </Stack>
            <Group justify="space-between">
              {previous ? (
                <ButtonLink variant="default" to="/cohorts/$cohortId/lessons/$lessonId" params={{ cohortId, lessonId: previous.id }}>
                  ← {t('lesson.previous')}
                </ButtonLink>
              ) : (
                <span />
              )}
              {next && (
                <ButtonLink variant="default" to="/cohorts/$cohortId/lessons/$lessonId" params={{ cohortId, lessonId: next.id }}>
                  {t('lesson.next')} →
                </ButtonLink>
              )}
            </Group>
          </Page>
        );
      }}
    </Loaded>
  );
}
