import { Alert, Badge, Card, Group, NativeSelect, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTools } from '@/admin/AdminTools';
import { CohortCardTitle } from '@/coordinating/cohort/CohortCardTitle';
import { AnchorLink, ButtonLink } from '@/components/links';
import { Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { addDays, calendarDate, dayOf, instantOf, mondayOf, percent, time } from '@/lib/format';
import { chooseHub, homeHub } from '@/lib/me';
import { useMe } from '@/lib/session';

graphql(`
  fragment HubHomeCohort on Cohort {
    id
    name
    status
    capacity
    startsOn
    endsOn
    enrollments(first: 1, status: ENROLLED) {
      totalCount
    }
  }
`);

const HUB_HOME = graphql(`
  query HubHome($hubId: ID!, $from: DateTime!, $to: DateTime!, $weekFrom: DateTime!, $weekTo: DateTime!) {
    roomSchedule(hubId: $hubId, from: $from, to: $to) {
      id
      kind
      roomId
      title
      cohortName
      mentorName
      startsAt
      endsAt
    }
    hub(id: $hubId) {
      attendance(from: $weekFrom, to: $weekTo) {
        sessions
        seated
        attended
        excused
      }
      rooms {
        id
        name
      }
    }
    # By status: a hub with many cohorts planned must not push a running one off a single list.
    running: cohorts(hubId: $hubId, status: RUNNING, first: 200) {
      ...HubHomeCohort
      gradingQueue {
        waiting
        resubmitted
      }
    }
    # The soonest first: a hub planning far ahead must not push next month's cohorts off the page.
    planned: cohorts(hubId: $hubId, status: PLANNED, order: STARTS_SOONEST, first: 50) {
      ...HubHomeCohort
    }
    # Certificates are issued when a cohort completes: the latest ones' batches, for their alerts.
    completed: cohorts(hubId: $hubId, status: COMPLETED, first: 20) {
      id
      name
      certificateBatch {
        status
        total
        issued
        ineligible
        failed
      }
    }
    pendingMembers(hubId: $hubId, first: 200) {
      id
    }
  }
`);

/** A coordinator's hub at a glance: the cohorts under way and planned, how full, what waits for grading. */
export function HubHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const hub = homeHub(me);
  const zone = hub?.timezone ?? 'Asia/Jakarta';
  const [today] = useState(() => dayOf(new Date().toISOString(), zone));
  const query = useGql(
    ['hub-home', hub?.id],
    HUB_HOME,
    {
      hubId: hub?.id ?? '',
      from: instantOf(today, '00:00', zone).toISOString(),
      to: instantOf(addDays(today, 1), '00:00', zone).toISOString(),
      weekFrom: instantOf(mondayOf(today), '00:00', zone).toISOString(),
      weekTo: instantOf(addDays(mondayOf(today), 7), '00:00', zone).toISOString(),
    },
    { enabled: !!hub },
  );
  const admin = me?.role === 'ADMIN';
  if (!hub) {
    // An admin belongs to no hub: they choose one to work in.
    return (
      <Page title={t('hubs.title')}>
        {admin && <AdminTools />}
        <Text>{t('hubs.chooseFirst')}</Text>
        <Group>
          <ButtonLink to="/admin/hubs">{t('hubs.choose')}</ButtonLink>
        </Group>
      </Page>
    );
  }
  const pickable = admin ? [] : (me?.hubs ?? []);
  return (
    <Page
      title={hub.name}
      actions={
        pickable.length > 1 && (
          <NativeSelect
            aria-label={t('hubs.choose')}
            value={hub.id}
            onChange={(e) => void chooseHub(e.currentTarget.value)}
            data={pickable.map((own) => ({ value: own.id, label: own.name }))}
          />
        )
      }
    >
      {admin && <AdminTools />}
      <Loaded query={query}>
        {({ running, planned, completed, pendingMembers, roomSchedule, hub: { rooms, attendance } }) => (
          <Stack gap="lg">
            <Text fw={700} data-week-attendance>
              {attendance.sessions === 0
                ? t('hubHome.noSessionsYet')
                : t('hubHome.weekAttendance', {
                    rate: percent(attendance.attended / Math.max(1, attendance.seated - attendance.excused), i18n.language),
                    attended: attendance.attended,
                    expected: attendance.seated - attendance.excused,
                    count: attendance.sessions,
                  })}
            </Text>
            <section aria-labelledby="today">
              <Title order={2} fz="lg" id="today" mb="xs">
                {t('hubHome.today', { count: roomSchedule.length })}
              </Title>
              {roomSchedule.length === 0 && <Text c="dimmed">{t('hubHome.nothingToday')}</Text>}
              <Stack gap={4}>
                {roomSchedule.map((booking) => (
                  <Text key={booking.id} fz="sm">
                    <Text span fw={700}>
                      {time(booking.startsAt, zone, i18n.language)}–{time(booking.endsAt, zone, i18n.language)}
                    </Text>{' '}
                    {booking.title ?? t('hubSchedule.officeHours')} · {rooms.find((room) => room.id === booking.roomId)?.name}
                    {booking.cohortName && ` · ${booking.cohortName}`}
                  </Text>
                ))}
              </Stack>
            </section>
            {completed
              .filter((cohort) => cohort.certificateBatch && ['QUEUED', 'RUNNING', 'FAILED'].includes(cohort.certificateBatch.status))
              .map((cohort) => (
                <Alert key={cohort.id} color={cohort.certificateBatch!.status === 'FAILED' ? 'red' : 'blue'} title={t('batch.title')}>
                  <AnchorLink to="/hub/cohorts/$cohortId" params={{ cohortId: cohort.id }}>
                    {cohort.name}
                  </AnchorLink>
                  {': '}
                  {t('batch.counts', {
                    issued: cohort.certificateBatch!.issued,
                    ineligible: cohort.certificateBatch!.ineligible,
                    failed: cohort.certificateBatch!.failed,
                    total: cohort.certificateBatch!.total,
                  })}
                </Alert>
              ))}
            <Group>
              <ButtonLink to="/hub/people">{t('hubHome.people')}</ButtonLink>
              <ButtonLink to="/hub/cohorts" variant="light">
                {t('hubHome.allCohorts')}
              </ButtonLink>
              <ButtonLink to="/hub/settings" variant="subtle">
                {t('hubSettings.open')}
              </ButtonLink>
              <ButtonLink to="/hub/curricula" variant="light">
                {t('hubHome.curricula')}
              </ButtonLink>
              {pendingMembers.length > 0 && <Badge color="orange">{t('hubHome.signUps', { count: pendingMembers.length })}</Badge>}
            </Group>
            <section aria-labelledby="cohorts">
              <Title order={2} fz="lg" id="cohorts" mb="xs">
                {t('hubHome.cohorts')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {[
                  // Under way first, then the planned ones soonest first.
                  ...running.map((cohort) => ({
                    cohort,
                    waiting: (cohort.gradingQueue?.waiting ?? 0) + (cohort.gradingQueue?.resubmitted ?? 0),
                  })),
                  ...planned.map((cohort) => ({ cohort, waiting: 0 })),
                ].map(({ cohort, waiting }) => {
                  const seated = cohort.enrollments.totalCount;
                  return (
                    <Card key={cohort.id} withBorder>
                      <Stack gap="xs">
                        <CohortCardTitle cohort={cohort} />
                        <Text fz="sm" c="dimmed">
                          {calendarDate(cohort.startsOn, i18n.language)} – {calendarDate(cohort.endsOn, i18n.language)}
                        </Text>
                        <Text fz="sm">{t('manage.fill', { count: seated, capacity: cohort.capacity, waitlisted: 0 })}</Text>
                        <Progress value={(100 * seated) / cohort.capacity} aria-label={t('manage.fillLabel')} />
                        {waiting > 0 && <Text fz="sm">{t('teach.toGrade', { count: waiting })}</Text>}
                      </Stack>
                    </Card>
                  );
                })}
              </SimpleGrid>
            </section>
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}
