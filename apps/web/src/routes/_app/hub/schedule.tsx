import { Button, Grid, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded, Page, useGql } from '@/components/ui';
import { HUB_SCHEDULE } from '@/coordinating/schedule/documents';
import { PlanSeries } from '@/coordinating/schedule/PlanSeries';
import { Rooms } from '@/coordinating/schedule/Rooms';
import { SessionActions } from '@/coordinating/schedule/SessionActions';
import { type Booking, WeekCalendar } from '@/coordinating/schedule/WeekCalendar';
import { addDays, calendarDate, dayOf, instantOf, mondayOf } from '@/lib/format';
import { homeHub } from '@/lib/me';
import { useMe } from '@/lib/session';

export const Route = createFileRoute('/_app/hub/schedule')({ component: HubSchedule });

/** The hub's rooms week by week: what is booked, moving or cancelling a session, planning a series, the rooms themselves. */
function HubSchedule() {
  const { t, i18n } = useTranslation();
  const hub = homeHub(useMe());
  const zone = hub?.timezone ?? 'Asia/Jakarta';
  const [monday, setMonday] = useState(() => mondayOf(dayOf(new Date().toISOString(), zone)));
  const [roomId, setRoomId] = useState('');
  const [open, setOpen] = useState<Booking | null>(null);
  const range = { from: instantOf(monday, '00:00', zone).toISOString(), to: instantOf(addDays(monday, 7), '00:00', zone).toISOString() };
  const query = useGql(['hub-schedule', hub?.id], HUB_SCHEDULE, { hubId: hub?.id ?? '', ...range }, { enabled: !!hub, keepPrevious: true });
  return (
    <Page title={t('hubSchedule.title')} wide>
      <Loaded query={query}>
        {({ roomSchedule, hub: { rooms }, cohorts }) => (
          <Stack gap="lg">
            <Group justify="space-between" align="flex-end">
              {/* On a phone the week's dates wrap; the arrows keep their width. */}
              <Group gap="xs" wrap="nowrap">
                <Button
                  variant="default"
                  style={{ flexShrink: 0 }}
                  onClick={() => setMonday(addDays(monday, -7))}
                  aria-label={t('hubSchedule.previousWeek')}
                >
                  ←
                </Button>
                <Title order={2} fz={{ base: 'sm', sm: 'md' }} aria-live="polite" ta="center">
                  {t('hubSchedule.week', {
                    from: calendarDate(monday, i18n.language),
                    to: calendarDate(addDays(monday, 6), i18n.language),
                  })}
                </Title>
                <Button
                  variant="default"
                  style={{ flexShrink: 0 }}
                  onClick={() => setMonday(addDays(monday, 7))}
                  aria-label={t('hubSchedule.nextWeek')}
                >
                  →
                </Button>
              </Group>
              <NativeSelect
                label={t('hubSchedule.room')}
                value={roomId}
                onChange={(e) => setRoomId(e.currentTarget.value)}
                data={[{ value: '', label: t('hubSchedule.allRooms') }, ...rooms.map((room) => ({ value: room.id, label: room.name }))]}
              />
            </Group>
            {open && <SessionActions key={open.id} booking={open} zone={zone} rooms={rooms} onClose={() => setOpen(null)} />}
            <WeekCalendar
              monday={monday}
              zone={zone}
              bookings={roomSchedule.filter((booking) => !roomId || booking.roomId === roomId)}
              roomNames={new Map(rooms.map((room) => [room.id, room.name]))}
              onOpen={setOpen}
            />
            <Grid>
              <Grid.Col span={{ base: 12, md: 8 }}>
                <PlanSeries zone={zone} cohorts={cohorts} rooms={rooms} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Rooms hubId={hub?.id ?? ''} rooms={rooms} />
              </Grid.Col>
            </Grid>
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}
