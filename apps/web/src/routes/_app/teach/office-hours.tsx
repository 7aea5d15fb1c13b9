import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError } from '@/lib/forms';
import { dayOf, instantOf, span } from '@/lib/format';
import { homeZone } from '@/lib/me';
import { useMe } from '@/lib/session';

const SLOTS = graphql(`
  query MyOfficeHours($mentorId: ID!, $from: DateTime!, $to: DateTime!) {
    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {
      ...SlotInList
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishOfficeHours($input: PublishOfficeHoursInput!) {
    publishOfficeHours(input: $input) {
      id
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawOfficeHourSlot($slotId: ID!) {
    withdrawOfficeHourSlot(slotId: $slotId) {
      id
    }
  }
`);

export const Route = createFileRoute('/_app/teach/office-hours')({ component: OfficeHours });

const DAY = 24 * 3_600_000;

/** Publish consultation hours (once or weekly), see who booked what for which agenda, withdraw a slot. */
function OfficeHours() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const zone = homeZone(me);
  const queryClient = useQueryClient();
  const [range] = useState(() => ({ from: new Date().toISOString(), to: new Date(Date.now() + 56 * DAY).toISOString() }));
  const slots = useGql(['office-hours', me?.id], SLOTS, { mentorId: me?.id ?? '', ...range }, { enabled: !!me });
  const [form, setForm] = useState(() => ({
    date: dayOf(new Date(Date.now() + 2 * DAY).toISOString(), zone),
    from: '13:00',
    to: '15:00',
    slotMinutes: '30',
    weeks: 1,
  }));
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['office-hours'] });
  const publish = useMutation({
    mutationFn: () =>
      request(PUBLISH, {
        input: {
          startsAt: instantOf(form.date, form.from, zone).toISOString(),
          endsAt: instantOf(form.date, form.to, zone).toISOString(),
          slotMinutes: Number(form.slotMinutes),
          weeks: Number(form.weeks) || 1,
        },
      }),
    onSuccess: refresh,
  });
  const withdraw = useMutation({ mutationFn: (slotId: string) => request(WITHDRAW, { slotId }), onSuccess: refresh });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate();
  };
  return (
    <Page title={t('officeHours.title')}>
      <Card withBorder>
        <form onSubmit={submit}>
          <Stack>
            <Title order={2} fz="lg">
              {t('officeHours.publish')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="date"
                label={t('officeHours.date')}
                required
                value={form.date}
                onChange={(e) => setForm({ ...form, date: e.currentTarget.value })}
              />
              <TextInput
                type="time"
                label={t('officeHours.from')}
                required
                value={form.from}
                onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
                error={fieldError(publish.error, 'startsAt')}
              />
              <TextInput
                type="time"
                label={t('officeHours.to')}
                required
                value={form.to}
                onChange={(e) => setForm({ ...form, to: e.currentTarget.value })}
                error={fieldError(publish.error, 'endsAt')}
              />
              <Select
                label={t('officeHours.slotMinutes')}
                data={['15', '30', '45', '60', '90'].map((minutes) => ({
                  value: minutes,
                  label: t('officeHours.minutes', { count: Number(minutes) }),
                }))}
                value={form.slotMinutes}
                onChange={(value) => setForm({ ...form, slotMinutes: value ?? '30' })}
                allowDeselect={false}
              />
              <NumberInput
                label={t('officeHours.weeks')}
                description={t('officeHours.weeksHint')}
                min={1}
                max={16}
                value={form.weeks}
                onChange={(weeks) => setForm({ ...form, weeks: Number(weeks) || 1 })}
                error={fieldError(publish.error, 'weeks')}
              />
            </SimpleGrid>
            <ErrorNote error={publish.error} />
            <Group>
              <Button type="submit" loading={publish.isPending}>
                {t('officeHours.publishButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Loaded query={slots}>
        {({ officeHours }) => (
          <Stack gap="xs">
            <Title order={2} fz="lg">
              {t('officeHours.upcoming')}
            </Title>
            {officeHours.length === 0 && <Text c="dimmed">{t('officeHours.none')}</Text>}
            <ErrorNote error={withdraw.error} />
            {officeHours.map((slot) => (
              <Card key={slot.id} withBorder padding="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2}>
                    <Text fw={700}>{span(slot.startsAt, slot.endsAt, zone, i18n.language)}</Text>
                    <Text fz="sm" c={slot.bookedBy ? undefined : 'dimmed'}>
                      {slot.bookedBy ? t('officeHours.bookedBy', { name: slot.bookedBy.name }) : t('officeHours.free')}
                    </Text>
                    {slot.agenda && <Text fz="sm">{slot.agenda}</Text>}
                  </Stack>
                  {/* The times wrap on a phone; the button keeps its word whole. */}
                  <Button
                    size="xs"
                    style={{ flexShrink: 0 }}
                    variant={withdrawing === slot.id ? 'filled' : 'default'}
                    color={withdrawing === slot.id ? 'red' : undefined}
                    loading={withdraw.isPending && withdraw.variables === slot.id}
                    onClick={() => (withdrawing === slot.id ? withdraw.mutate(slot.id) : setWithdrawing(slot.id))}
                  >
                    {withdrawing === slot.id ? t('officeHours.confirmWithdraw') : t('officeHours.withdraw')}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}
