import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { SessionCard } from '@/components/SessionCard';
import { Loaded, Page, gqlQuery, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { dayOf, span } from '@/lib/format';
import { homeZone } from '@/lib/me';
import { useMe } from '@/lib/session';

const MY_WEEK = graphql(`
  query TeachingWeek($from: DateTime!, $to: DateTime!, $mentorId: ID!) {
    mySchedule(from: $from, to: $to, first: 100) {
      ...SessionInList
    }
    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {
      ...SlotInList
    }
  }
`);

const MY_COHORTS = graphql(`
  query TeachingCohorts($hubId: ID!) {
    cohorts(hubId: $hubId, status: RUNNING, first: 50) {
      id
      name
      hub {
        name
      }
      enrollments(first: 1, status: ENROLLED) {
        totalCount
      }
      gradingQueue {
        waiting
        resubmitted
        resubmitRequested
      }
    }
  }
`);

const DAY = 24 * 3_600_000;

/** A mentor's day: today's sessions with the register and the room screen a tap away, the week, grading, bookings. */
export function TeachingHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const zone = homeZone(me);
  const [week] = useState(() => {
    const today = dayOf(new Date().toISOString(), zone);
    const from = new Date(Date.now() - 3 * 3_600_000);
    return { today, from: from.toISOString(), to: new Date(from.getTime() + 7 * DAY).toISOString() };
  });
  const schedule = useGql(['teaching-week'], MY_WEEK, { from: week.from, to: week.to, mentorId: me?.id ?? '' }, { enabled: !!me });
  const cohorts = useQueries({ queries: (me?.hubs ?? []).map((hub) => gqlQuery(['teaching-cohorts'], MY_COHORTS, { hubId: hub.id })) });
  return (
    <Page title={t('home.greeting', { name: me?.fullName.split(' ')[0] ?? '' })}>
      <Loaded query={schedule}>
        {({ mySchedule, officeHours }) => {
          const sessions = mySchedule.filter((session) => session.status === 'SCHEDULED');
          const today = sessions.filter((session) => dayOf(session.startsAt, session.cohort.hub.timezone) === week.today);
          const later = sessions.filter((session) => !today.includes(session));
          const booked = officeHours.filter((slot) => slot.bookedBy);
          return (
            <Stack gap="lg">
              <section aria-labelledby="today">
                <Title order={2} fz="lg" id="today" mb="xs">
                  {t('teach.today')}
                </Title>
                {today.length === 0 && <Text c="dimmed">{t('teach.noSessionToday')}</Text>}
                <Stack gap="sm">
                  {today.map((session) => (
                    <Card key={session.id} withBorder>
                      <Stack gap="xs">
                        <Text fw={700}>{session.title}</Text>
                        <Text>{span(session.startsAt, session.endsAt, session.cohort.hub.timezone, i18n.language)}</Text>
                        <Text c="dimmed">
                          {session.room.name} · {session.cohort.name}
                        </Text>
                        <Group>
                          <ButtonLink to="/teach/sessions/$sessionId/register" params={{ sessionId: session.id }}>
                            {t('teach.register')}
                          </ButtonLink>
                          <ButtonLink to="/room/$sessionId" params={{ sessionId: session.id }} variant="light">
                            {t('teach.roomScreen')}
                          </ButtonLink>
                        </Group>
                      </Stack>
                    </Card>
                  ))}
                </Stack>
              </section>
              <section aria-labelledby="week">
                <Title order={2} fz="lg" id="week" mb="xs">
                  {t('teach.thisWeek')}
                </Title>
                {later.length === 0 && <Text c="dimmed">{t('teach.noSessionWeek')}</Text>}
                <Stack gap="xs">
                  {later.map((session) => (
                    <SessionCard
                      key={session.id}
                      session={session}
                      zone={session.cohort.hub.timezone}
                      where={`${session.room.name} · ${session.cohort.name}`}
                      badge={
                        <ButtonLink size="xs" variant="default" to="/teach/sessions/$sessionId/register" params={{ sessionId: session.id }}>
                          {t('teach.register')}
                        </ButtonLink>
                      }
                    />
                  ))}
                </Stack>
              </section>
              <section aria-labelledby="my-cohorts">
                <Title order={2} fz="lg" id="my-cohorts" mb="xs">
                  {t('teach.myCohorts')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {cohorts.flatMap((query) =>
                    (query.data?.cohorts ?? []).map((cohort) => {
                      const queue = cohort.gradingQueue;
                      const waiting = queue ? queue.waiting + queue.resubmitted : 0;
                      return (
                        <Card key={cohort.id} withBorder>
                          <Stack gap="xs">
                            <Group justify="space-between" wrap="nowrap" align="flex-start">
                              <Text fw={700}>{cohort.name}</Text>
                              {waiting > 0 && <Badge color="orange">{t('teach.toGrade', { count: waiting })}</Badge>}
                            </Group>
                            <Text fz="sm" c="dimmed">
                              {cohort.hub.name} · {t('teach.trainees', { count: cohort.enrollments.totalCount })}
                            </Text>
                            <Group>
                              <ButtonLink variant="light" to="/teach/cohorts/$cohortId/grading" params={{ cohortId: cohort.id }}>
                                {t('teach.grading')}
                              </ButtonLink>
                            </Group>
                          </Stack>
                        </Card>
                      );
                    }),
                  )}
                </SimpleGrid>
              </section>
              <section aria-labelledby="booked">
                <Title order={2} fz="lg" id="booked" mb="xs">
                  {t('teach.booked')}
                </Title>
                {booked.length === 0 && <Text c="dimmed">{t('teach.noBookings')}</Text>}
                <Stack gap="xs">
                  {booked.map((slot) => (
                    <Card key={slot.id} withBorder padding="sm">
                      <Text fw={700}>{slot.bookedBy?.name}</Text>
                      <Text fz="sm">{span(slot.startsAt, slot.endsAt, zone, i18n.language)}</Text>
                      {slot.agenda && <Text fz="sm">{slot.agenda}</Text>}
                    </Card>
                  ))}
                </Stack>
              </section>
            </Stack>
          );
        }}
      </Loaded>
    </Page>
  );
}
