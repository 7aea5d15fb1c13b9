import { SimpleGrid, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { clockOf, dayOf, instantOf, span } from '@/lib/format';
import type { Booking } from './WeekCalendar';

const RESCHEDULE = graphql(`
  mutation RescheduleFromCalendar($input: RescheduleSessionInput!) {
    rescheduleSession(input: $input) {
      id
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelFromCalendar($id: ID!) {
    cancelSession(id: $id) {
      id
    }
  }
`);

/** Moving a session (day, times, room) or cancelling it, from the calendar. */
export function SessionActions({
  booking,
  zone,
  rooms,
  onClose,
}: {
  booking: Booking;
  zone: string;
  rooms: { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState({
    date: dayOf(booking.startsAt, zone),
    start: clockOf(booking.startsAt, zone),
    end: clockOf(booking.endsAt, zone),
    roomId: booking.roomId,
  });
  const [confirming, setConfirming] = useState(false);
  const set = (patch: Partial<typeof fields>) => setFields((current) => ({ ...current, ...patch }));
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: ['hub-schedule'] });
    onClose();
  };
  const move = useMutation({
    mutationFn: () =>
      request(RESCHEDULE, {
        input: {
          id: booking.id,
          startsAt: instantOf(fields.date, fields.start, zone).toISOString(),
          endsAt: instantOf(fields.date, fields.end, zone).toISOString(),
          roomId: fields.roomId,
        },
      }),
    onSuccess: done,
  });
  const cancel = useMutation({ mutationFn: () => request(CANCEL, { id: booking.id }), onSuccess: done });
  return (
    <Card withBorder shadow="sm">
      <Form onSubmit={() => move.mutate()}>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {booking.title}
          </Title>
          <Text fz="sm">
            {booking.cohortName} · {span(booking.startsAt, booking.endsAt, zone, i18n.language)}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput
              type="date"
              label={t('hubSchedule.date')}
              required
              value={fields.date}
              onChange={(e) => set({ date: e.currentTarget.value })}
            />
            <TextInput
              type="time"
              label={t('hubSchedule.start')}
              required
              value={fields.start}
              onChange={(e) => set({ start: e.currentTarget.value })}
            />
            <TextInput
              type="time"
              label={t('hubSchedule.end')}
              required
              value={fields.end}
              onChange={(e) => set({ end: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('hubSchedule.room')}
              value={fields.roomId}
              onChange={(e) => set({ roomId: e.currentTarget.value })}
              data={rooms.map((room) => ({ value: room.id, label: room.name }))}
            />
          </SimpleGrid>
          <ErrorNote error={move.error ?? cancel.error} />
          {confirming ? (
            <Group>
              <Button color="red" onClick={() => cancel.mutate()} loading={cancel.isPending}>
                {t('hubSchedule.confirmCancel', { title: booking.title })}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          ) : (
            <Group>
              <Button type="submit" loading={move.isPending}>
                {t('hubSchedule.move')}
              </Button>
              <Button variant="default" color="red" onClick={() => setConfirming(true)}>
                {t('hubSchedule.cancelSession')}
              </Button>
              <Button variant="subtle" onClick={onClose}>
                {t('hubSchedule.close')}
              </Button>
            </Group>
          )}
        </Stack>
      </Form>
    </Card>
  );
}
