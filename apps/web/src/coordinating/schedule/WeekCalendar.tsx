import { Badge, Card, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HubScheduleQuery } from '@/gql/graphql';
import { addDays, dayHeading, dayOf, time } from '@/lib/format';

export type Booking = HubScheduleQuery['roomSchedule'][number];

/** A week of the hub's rooms, a column a day (a list on a phone); a session opens its actions. */
export function WeekCalendar({
  monday,
  zone,
  bookings,
  roomNames,
  onOpen,
}: {
  monday: string;
  zone: string;
  bookings: Booking[];
  roomNames: Map<string, string>;
  onOpen: (booking: Booking) => void;
}) {
  const { t, i18n } = useTranslation();
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  return (
    <SimpleGrid cols={{ base: 1, md: 7 }} spacing="xs">
      {days.map((day) => {
        const ofDay = bookings.filter((booking) => dayOf(booking.startsAt, zone) === day);
        return (
          <Stack key={day} gap={4} component="section" aria-label={dayHeading(day, i18n.language)}>
            <Title order={2} fz="sm">
              {dayHeading(day, i18n.language)}
            </Title>
            {ofDay.length === 0 && (
              <Text fz="xs" c="dimmed">
                {t('hubSchedule.free')}
              </Text>
            )}
            {ofDay.map((booking) => {
              const body = (
                <Stack gap={0}>
                  <Text fz="xs" fw={700}>
                    {time(booking.startsAt, zone, i18n.language)}–{time(booking.endsAt, zone, i18n.language)}
                  </Text>
                  <Text fz="sm" fw={600} lh={1.2}>
                    {booking.title ?? t('hubSchedule.officeHours')}
                  </Text>
                  <Text fz="xs">{roomNames.get(booking.roomId)}</Text>
                  {booking.cohortName && (
                    <Text fz="xs" c="dimmed">
                      {booking.cohortName}
                    </Text>
                  )}
                  {booking.mentorName && (
                    <Text fz="xs" c="dimmed">
                      {booking.mentorName}
                    </Text>
                  )}
                </Stack>
              );
              return booking.kind === 'SESSION' ? (
                <UnstyledButton key={booking.id} onClick={() => onOpen(booking)}>
                  <Card withBorder padding={6} style={{ borderLeft: '4px solid var(--mantine-color-brand-6)' }}>
                    {body}
                  </Card>
                </UnstyledButton>
              ) : (
                <Card key={booking.id} withBorder padding={6}>
                  <Badge size="xs" variant="light" mb={2}>
                    {t('hubSchedule.officeHours')}
                  </Badge>
                  {body}
                </Card>
              );
            })}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
