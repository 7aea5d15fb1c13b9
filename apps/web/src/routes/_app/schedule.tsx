import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loaded, Page, useGql } from '@/components/ui';
import { SessionCard } from '@/components/SessionCard';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { dayHeading, dayOf } from '@/lib/format';
import { homeZone } from '@/lib/me';
import { useMe } from '@/lib/session';

const SCHEDULE = graphql(`
  query MySchedule($from: DateTime!, $to: DateTime!) {
    mySchedule(from: $from, to: $to, first: 200) {
      ...SessionInList
    }
    hasCalendarFeed
  }
`);

const RENEW_FEED = graphql(`
  mutation RenewCalendarFeed {
    revokeCalendarFeed
  }
`);

export const Route = createFileRoute('/_app/schedule')({ component: Schedule });

const DAY = 86_400_000;

/** This week and next, day by day, and the private calendar address for a phone's calendar. */
function Schedule() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [range] = useState(() => {
    const today = new Date(`${dayOf(new Date().toISOString(), homeZone(me))}T00:00:00Z`);
    const monday = today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY;
    return { from: new Date(monday - DAY).toISOString(), to: new Date(monday + 15 * DAY).toISOString() };
  });
  const query = useGql(['schedule'], SCHEDULE, range);
  return (
    <Page title={t('schedule.title')}>
      <Loaded query={query}>
        {({ mySchedule, hasCalendarFeed }) => {
          const days = new Map<string, typeof mySchedule>();
          for (const session of mySchedule) {
            const day = dayOf(session.startsAt, session.cohort.hub.timezone);
            days.set(day, [...(days.get(day) ?? []), session]);
          }
          return (
            <Stack gap="lg">
              {days.size === 0 && <Text c="dimmed">{t('schedule.empty')}</Text>}
              {[...days].map(([day, sessions]) => (
                <section key={day} aria-label={dayHeading(day, i18n.language)}>
                  <Title order={2} fz="md" mb="xs">
                    {dayHeading(day, i18n.language)}
                  </Title>
                  <Stack gap="xs">
                    {sessions.map((session) => (
                      <SessionCard
                        key={session.id}
                        session={session}
                        zone={session.cohort.hub.timezone}
                        where={`${session.room.name} · ${session.cohort.name}`}
                      />
                    ))}
                  </Stack>
                </section>
              ))}
              {me && <CalendarFeed userId={me.id} made={hasCalendarFeed} />}
            </Stack>
          );
        }}
      </Loaded>
    </Page>
  );
}

/**
 * The private calendar address: the api keeps only its hash, so it is shown when made and kept in this
 * browser; on another device a new one is made (the old one stops working).
 */
function CalendarFeed({ userId, made }: { userId: string; made: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = `sanggar.calendar-feed.${userId}`;
  const [url, setUrl] = useState(() => localStorage.getItem(key));
  const renew = useMutation({
    mutationFn: () => request(RENEW_FEED),
    onSuccess: ({ revokeCalendarFeed }) => {
      localStorage.setItem(key, revokeCalendarFeed);
      setUrl(revokeCalendarFeed);
      void queryClient.invalidateQueries({ queryKey: ['schedule'] });
    },
  });
  const shown = made ? url : null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} fz="md">
          {t('schedule.subscribe')}
        </Title>
        <Text fz="sm">{t('schedule.subscribeHint')}</Text>
        {shown && <TextInput readOnly value={shown} label={t('schedule.feedUrl')} onFocus={(e) => e.currentTarget.select()} />}
        {made && !shown && <Text fz="sm">{t('schedule.madeElsewhere')}</Text>}
        <Group>
          {shown && (
            <CopyButton value={shown}>
              {({ copied, copy }) => <Button onClick={copy}>{copied ? t('common.copied') : t('common.copy')}</Button>}
            </CopyButton>
          )}
          <Button variant={shown ? 'default' : 'filled'} onClick={() => renew.mutate()} loading={renew.isPending}>
            {made ? t('schedule.renew') : t('schedule.make')}
          </Button>
        </Group>
        <ErrorNote error={renew.error} />
      </Stack>
    </Card>
  );
}
