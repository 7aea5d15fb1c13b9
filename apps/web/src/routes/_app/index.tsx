import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { Loaded, Page, gqlQuery, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { percent, score, span } from '@/lib/format';
import { assignmentsDue } from '@/lib/progress';
import { session, useMe } from '@/lib/session';
import { TeachingHome } from '@/teaching/TeachingHome';
import { HubHome } from '@/coordinating/HubHome';

const HOME = graphql(`
  query TraineeHome($from: DateTime!, $to: DateTime!) {
    myEnrollments(first: 20, status: [ENROLLED, WAITLISTED, COMPLETED]) {
      id
      status
      cohort {
        id
        name
        hub {
          timezone
        }
        curriculum {
          title
          modules(first: 30) {
            assignments(first: 10) {
              id
              title
            }
          }
        }
      }
      progress {
        attendanceRate
        finalScore
        eligible
        lessonsCompleted
        lessonsTotal
      }
      submissions(first: 100) {
        status
        assignment {
          id
        }
      }
    }
    mySchedule(from: $from, to: $to, first: 3) {
      ...SessionInList
    }
  }
`);

// The window of "next sessions": from an hour ago (one under way) to four weeks ahead, whole hours so a loader and the screen agree.
const HOUR = 3_600_000;
const scheduleWindow = () => {
  const hour = Math.floor(Date.now() / HOUR) * HOUR;
  return { from: new Date(hour - HOUR).toISOString(), to: new Date(hour + 28 * 24 * HOUR).toISOString() };
};

export const Route = createFileRoute('/_app/')({
  // Started beside the shell's `me`, not after it: one round trip less on a slow phone connection.
  // (Until `me` is known this is the trainee's home; a mentor's first visit pays one small answer.)
  loader: ({ context }) => {
    if ((session.me?.role ?? 'TRAINEE') === 'TRAINEE') void context.queryClient.prefetchQuery(gqlQuery(['home'], HOME, scheduleWindow()));
  },
  component: RoleHome,
});

/** Each person's home: a mentor's teaching day, a trainee's cohorts. */
function RoleHome() {
  const role = useMe()?.role;
  if (role === 'MENTOR') return <TeachingHome />;
  if (role === 'COORDINATOR' || role === 'ADMIN') return <HubHome />;
  return <Home />;
}

function Home() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [nextWeeks] = useState(scheduleWindow);
  const home = useGql(['home'], HOME, nextWeeks);
  return (
    <Page title={t('home.greeting', { name: me?.fullName.split(' ')[0] ?? '' })}>
      <Loaded query={home}>
        {({ myEnrollments, mySchedule }) => {
          const next = mySchedule.find((session) => session.status === 'SCHEDULED');
          return (
            <Stack gap="lg">
              <section aria-labelledby="next-session">
                <Title order={2} fz="lg" id="next-session" mb="xs">
                  {t('home.nextSession')}
                </Title>
                {next ? (
                  <Card withBorder>
                    <Text fw={700}>{next.title}</Text>
                    <Text>{span(next.startsAt, next.endsAt, next.cohort.hub.timezone, i18n.language)}</Text>
                    <Text c="dimmed">
                      {next.room.name} · {next.cohort.name}
                    </Text>
                    <Group mt="sm">
                      <ButtonLink to="/check-in" search={{ session: next.id }} variant="light">
                        {t('home.checkIn')}
                      </ButtonLink>
                    </Group>
                  </Card>
                ) : (
                  <Text c="dimmed">{t('home.noSession')}</Text>
                )}
              </section>
              <section aria-labelledby="my-cohorts">
                <Title order={2} fz="lg" id="my-cohorts" mb="xs">
                  {t('home.myCohorts')}
                </Title>
                {myEnrollments.length === 0 && <Text c="dimmed">{t('home.noCohorts')}</Text>}
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {[...myEnrollments].sort(byCurrentFirst).map((enrollment) => {
                    const assignments = enrollment.cohort.curriculum.modules.flatMap((module) => module.assignments);
                    const due = enrollment.status === 'ENROLLED' ? assignmentsDue(assignments, enrollment.submissions) : [];
                    const { progress } = enrollment;
                    return (
                      <Card key={enrollment.id} withBorder>
                        <Stack gap="xs">
                          <Group justify="space-between" wrap="nowrap">
                            <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: enrollment.cohort.id }} fw={700}>
                              {enrollment.cohort.name}
                            </AnchorLink>
                            <Badge color={enrollment.status === 'COMPLETED' ? 'teal' : 'gray'}>
                              {t(`enrollmentStatus.${enrollment.status}`)}
                            </Badge>
                          </Group>
                          <Text fz="sm">{enrollment.cohort.curriculum.title}</Text>
                          <Text fz="sm">{t('progress.lessons', { done: progress.lessonsCompleted, total: progress.lessonsTotal })}</Text>
                          <Progress
                            value={progress.lessonsTotal ? (100 * progress.lessonsCompleted) / progress.lessonsTotal : 0}
                            aria-label={t('progress.lessonsLabel')}
                          />
                          <Text fz="sm">
                            {t('progress.attendance')}: {percent(progress.attendanceRate, i18n.language)} · {t('progress.score')}:{' '}
                            {score(progress.finalScore, i18n.language)}
                          </Text>
                          {due.length > 0 && (
                            <Stack gap={4}>
                              <Text fz="sm" fw={700}>
                                {t('home.due')}
                              </Text>
                              {due.map((assignment) => (
                                <AnchorLink
                                  key={assignment.id}
                                  to="/cohorts/$cohortId/assignments/$assignmentId"
                                  params={{ cohortId: enrollment.cohort.id, assignmentId: assignment.id }}
                                  fz="sm"
                                >
                                  {assignment.title}
                                  {assignment.resubmit ? ` — ${t('assignment.resubmitAsked')}` : ''}
                                </AnchorLink>
                              ))}
                            </Stack>
                          )}
                        </Stack>
                      </Card>
                    );
                  })}
                </SimpleGrid>
              </section>
              <Group>
                <ButtonLink to="/progress" variant="light">
                  {t('home.toProgress')}
                </ButtonLink>
                <ButtonLink to="/startup" variant="light">
                  {t('home.toStartup')}
                </ButtonLink>
              </Group>
            </Stack>
          );
        }}
      </Loaded>
    </Page>
  );
}

const CURRENT_FIRST = ['ENROLLED', 'WAITLISTED', 'COMPLETED'];

/** The cohorts she is in now before the ones she waits for, and those before the ones she finished. */
function byCurrentFirst(a: { status: string }, b: { status: string }): number {
  return CURRENT_FIRST.indexOf(a.status) - CURRENT_FIRST.indexOf(b.status);
}
