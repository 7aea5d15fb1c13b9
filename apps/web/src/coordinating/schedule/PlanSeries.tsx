import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Chip,
  Group,
  SimpleGrid,
  List,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form } from '@/components/ui';
import { graphql } from '@/gql';
import type { HubScheduleQuery, PreviewSeriesQuery, Weekday } from '@/gql/graphql';
import { request } from '@/lib/api';
import { dayOf, span, time } from '@/lib/format';
import { fieldError, formError } from '@/lib/forms';

const PREVIEW = graphql(`
  query PreviewSeries($input: ScheduleRecurringInput!) {
    previewRecurringSessions(input: $input) {
      roomName
      roomCapacity
      seated
      sessions {
        startsAt
        endsAt
        outsideCohort
        clashes {
          with
          title
          startsAt
          endsAt
        }
      }
    }
  }
`);

const SAVE = graphql(`
  mutation SaveSeries($input: ScheduleRecurringInput!) {
    scheduleRecurringSessions(input: $input) {
      id
    }
  }
`);

const WEEKDAYS: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const FIELDS = ['cohortId', 'title', 'roomId', 'mentorId', 'weekdays', 'startTime', 'durationMinutes', 'fromDate', 'untilDate'];

type Cohort = HubScheduleQuery['cohorts'][number];
type Preview = PreviewSeriesQuery['previewRecurringSessions'];

/**
 * A weekly series planned in two steps: a preview of every date with what is in its way (room, mentor,
 * outside the cohort, a room too small), dates left out with a tick; then saved, all at once.
 */
export function PlanSeries({
  zone,
  cohorts,
  rooms,
}: {
  zone: string;
  cohorts: Cohort[];
  rooms: { id: string; name: string; capacity: number }[];
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const open = cohorts.filter((cohort) => cohort.status === 'PLANNED' || cohort.status === 'RUNNING');
  const [fields, setFields] = useState({
    cohortId: open[0]?.id ?? '',
    title: '',
    roomId: rooms[0]?.id ?? '',
    mentorId: '',
    weekdays: [] as Weekday[],
    startTime: '09:00',
    durationMinutes: 120 as number | '',
    fromDate: '',
    untilDate: '',
  });
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState<number | null>(null);
  const cohort = open.find((candidate) => candidate.id === fields.cohortId);
  const input = {
    ...fields,
    mentorId: fields.mentorId || null,
    durationMinutes: fields.durationMinutes === '' ? 0 : fields.durationMinutes,
    skipDates: [...skipped],
  };
  const preview = useMutation({ mutationFn: () => request(PREVIEW, { input: { ...input, skipDates: [] } }) });
  const save = useMutation({
    mutationFn: () => request(SAVE, { input }),
    onSuccess: async ({ scheduleRecurringSessions }) => {
      setSaved(scheduleRecurringSessions.length);
      preview.reset();
      setSkipped(new Set());
      await queryClient.invalidateQueries({ queryKey: ['hub-schedule'] });
    },
  });
  // Any change to the plan makes the preview stale: it has to be looked at again.
  const set = (patch: Partial<typeof fields>) => {
    setFields((current) => ({ ...current, ...patch }));
    setSaved(null);
    preview.reset();
    setSkipped(new Set());
  };
  const toggleSkip = (date: string) =>
    setSkipped((current) => {
      const next = new Set(current);
      if (next.has(date)) next.delete(date);
      else next.add(date);
      return next;
    });
  const error = (field: string) => fieldError(preview.error ?? save.error, field);
  const plan = preview.data?.previewRecurringSessions;
  const kept = plan?.sessions.filter((session) => !skipped.has(dayOf(session.startsAt, zone))) ?? [];
  const blocked = !plan || kept.some((session) => session.clashes.length > 0 || session.outsideCohort) || plan.roomCapacity < plan.seated;
  if (open.length === 0 || rooms.length === 0) return <Text c="dimmed">{t('hubSchedule.nothingToPlan')}</Text>;
  return (
    <Card withBorder>
      <Form onSubmit={() => preview.mutate()}>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('hubSchedule.plan')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('hubSchedule.cohort')}
              value={fields.cohortId}
              onChange={(e) => set({ cohortId: e.currentTarget.value, mentorId: '' })}
              data={open.map((option) => ({ value: option.id, label: option.name }))}
              error={error('cohortId')}
            />
            <TextInput
              label={t('hubSchedule.sessionTitle')}
              required
              value={fields.title}
              onChange={(e) => set({ title: e.currentTarget.value })}
              error={error('title')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('hubSchedule.room')}
              value={fields.roomId}
              onChange={(e) => set({ roomId: e.currentTarget.value })}
              data={rooms.map((room) => ({
                value: room.id,
                label: t('hubSchedule.roomSeats', { name: room.name, capacity: room.capacity }),
              }))}
              error={error('roomId')}
            />
            <NativeSelect
              label={t('hubSchedule.mentor')}
              value={fields.mentorId}
              onChange={(e) => set({ mentorId: e.currentTarget.value })}
              data={[
                { value: '', label: t('hubSchedule.noMentor') },
                ...(cohort?.mentors ?? []).map((mentor) => ({ value: mentor.id, label: mentor.fullName })),
              ]}
              error={error('mentorId')}
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text fz="sm" fw={500} id="weekdays-label">
              {t('hubSchedule.weekdays')}
            </Text>
            <Chip.Group multiple value={fields.weekdays} onChange={(value) => set({ weekdays: value })}>
              <Group gap={6} role="group" aria-labelledby="weekdays-label">
                {WEEKDAYS.map((weekday) => (
                  <Chip key={weekday} value={weekday} size="sm">
                    {t(`weekday.${weekday}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {error('weekdays') && (
              <Text c="red" fz="sm">
                {error('weekdays')}
              </Text>
            )}
          </Stack>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput
              type="time"
              label={t('hubSchedule.start')}
              required
              value={fields.startTime}
              onChange={(e) => set({ startTime: e.currentTarget.value })}
              error={error('startTime')}
            />
            <NumberInput
              label={t('hubSchedule.duration')}
              min={1}
              max={720}
              allowDecimal={false}
              value={fields.durationMinutes}
              onChange={(value) => set({ durationMinutes: typeof value === 'number' ? value : '' })}
              error={error('durationMinutes')}
            />
            <TextInput
              type="date"
              label={t('hubSchedule.from')}
              required
              value={fields.fromDate}
              onChange={(e) => set({ fromDate: e.currentTarget.value })}
              error={error('fromDate')}
            />
            <TextInput
              type="date"
              label={t('hubSchedule.until')}
              required
              value={fields.untilDate}
              onChange={(e) => set({ untilDate: e.currentTarget.value })}
              error={error('untilDate')}
            />
          </SimpleGrid>
          <ErrorNote error={formError(preview.error ?? save.error, FIELDS)} />
          <Group>
            <Button type="submit" variant={plan ? 'default' : 'filled'} loading={preview.isPending}>
              {t('hubSchedule.preview')}
            </Button>
          </Group>
          {saved !== null && (
            <Alert color="green" role="status">
              {t('hubSchedule.saved', { count: saved })}
            </Alert>
          )}
          {plan && <PreviewList plan={plan} zone={zone} skipped={skipped} onSkip={toggleSkip} locale={i18n.language} />}
          {plan && (
            <Group>
              <Button onClick={() => save.mutate()} disabled={blocked || kept.length === 0} loading={save.isPending}>
                {t('hubSchedule.save', { count: kept.length })}
              </Button>
              {blocked && <Text fz="sm">{t('hubSchedule.fixFirst')}</Text>}
            </Group>
          )}
        </Stack>
      </Form>
    </Card>
  );
}

function PreviewList({
  plan,
  zone,
  skipped,
  onSkip,
  locale,
}: {
  plan: Preview;
  zone: string;
  skipped: Set<string>;
  onSkip: (date: string) => void;
  locale: string;
}) {
  const { t } = useTranslation();
  const clashing = plan.sessions.filter((session) => session.clashes.length > 0 || session.outsideCohort).length;
  return (
    <Stack gap="xs" aria-label={t('hubSchedule.previewTitle')} component="section">
      <Title order={3} fz="md">
        {t('hubSchedule.previewSummary', { count: plan.sessions.length, clashes: clashing })}
      </Title>
      {plan.roomCapacity < plan.seated && (
        <Alert color="red" role="alert">
          {t('hubSchedule.roomTooSmall', { room: plan.roomName, capacity: plan.roomCapacity, seated: plan.seated })}
        </Alert>
      )}
      <List listStyleType="none" spacing={4}>
        {plan.sessions.map((session) => {
          const date = dayOf(session.startsAt, zone);
          const problems = [
            ...session.clashes.map((clash) =>
              t(clash.with === 'ROOM' ? 'hubSchedule.roomTaken' : 'hubSchedule.mentorBusy', {
                what: clash.title ?? t('hubSchedule.officeHours'),
                from: time(clash.startsAt, zone, locale),
                to: time(clash.endsAt, zone, locale),
              }),
            ),
            ...(session.outsideCohort ? [t('hubSchedule.outsideCohort')] : []),
          ];
          return (
            <List.Item key={session.startsAt} data-planned={date}>
              <Group gap="xs" wrap="wrap">
                <Checkbox
                  checked={!skipped.has(date)}
                  onChange={() => onSkip(date)}
                  label={span(session.startsAt, session.endsAt, zone, locale)}
                  aria-label={t('hubSchedule.keepDate', { date: span(session.startsAt, session.endsAt, zone, locale) })}
                />
                {problems.length === 0 ? (
                  <Badge variant="light" color="green">
                    {t('hubSchedule.free')}
                  </Badge>
                ) : (
                  problems.map((problem) => (
                    <Badge key={problem} variant="light" color={skipped.has(date) ? 'gray' : 'red'} style={{ textTransform: 'none' }}>
                      {problem}
                    </Badge>
                  ))
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
