import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form, Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { span } from '@/lib/format';
import { homeZone } from '@/lib/me';
import { useMe } from '@/lib/session';

const MY_STARTUP = graphql(`
  query MyStartup($hubId: ID!) {
    startups(hubId: $hubId, first: 1) {
      id
      name
      sector
      members {
        id
        fullName
      }
      mentors {
        id
        fullName
      }
    }
  }
`);

const SLOTS = graphql(`
  query MentorSlots($mentorId: ID!, $from: DateTime!, $to: DateTime!) {
    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 100) {
      id
      startsAt
      endsAt
      agenda
      room {
        name
      }
      bookedBy {
        id
      }
    }
  }
`);

const BOOK = graphql(`
  mutation BookOfficeHour($input: BookOfficeHourInput!) {
    bookOfficeHour(input: $input) {
      id
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelOfficeHour($slotId: ID!) {
    cancelOfficeHourBooking(slotId: $slotId) {
      id
    }
  }
`);

export const Route = createFileRoute('/_app/startup')({ component: MyStartup });

/** My start-up, its mentors, and their office hours to book (and cancel). */
function MyStartup() {
  const { t } = useTranslation();
  const me = useMe();
  const hubId = me?.hubs[0]?.id ?? '';
  const query = useGql(['startup', hubId], MY_STARTUP, { hubId }, { enabled: Boolean(hubId) });
  return (
    <Page title={t('startup.title')}>
      <Loaded query={query}>
        {({ startups: [startup] }) =>
          !startup ? (
            <Text c="dimmed">{t('startup.none')}</Text>
          ) : (
            <Stack>
              <Card withBorder>
                <Title order={2} fz="lg">
                  {startup.name}
                </Title>
                <Text fz="sm">{t(`sectors.${startup.sector}`, { defaultValue: startup.sector })}</Text>
                <Text fz="sm" mt="xs">
                  {t('startup.members')}: {startup.members.map((member) => member.fullName).join(', ')}
                </Text>
              </Card>
              {startup.mentors.length === 0 && <Text c="dimmed">{t('startup.noMentor')}</Text>}
              {startup.mentors.map((mentor) => (
                <MentorSlots key={mentor.id} mentor={mentor} startupId={startup.id} zone={homeZone(me)} />
              ))}
            </Stack>
          )
        }
      </Loaded>
    </Page>
  );
}

const DAY = 86_400_000;

function MentorSlots({ mentor, startupId, zone }: { mentor: { id: string; fullName: string }; startupId: string; zone: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [range] = useState(() => {
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
    return { mentorId: mentor.id, from: new Date(hour).toISOString(), to: new Date(hour + 30 * DAY).toISOString() };
  });
  const slots = useGql(['office-hours', mentor.id], SLOTS, range);
  const [booking, setBooking] = useState<string | null>(null);
  const [agenda, setAgenda] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['office-hours', mentor.id] });
  const book = useMutation({
    mutationFn: (slotId: string) => request(BOOK, { input: { slotId, startupId, agenda } }),
    onSuccess: async () => {
      setBooking(null);
      setAgenda('');
      await refresh();
    },
  });
  const cancel = useMutation({ mutationFn: (slotId: string) => request(CANCEL, { slotId }), onSuccess: refresh });
  return (
    <Card withBorder>
      <Title order={2} fz="md" mb="xs">
        {t('startup.officeHoursOf', { name: mentor.fullName })}
      </Title>
      <Loaded query={slots}>
        {({ officeHours }) => (
          <Stack gap="xs">
            {officeHours.length === 0 && <Text c="dimmed">{t('startup.noSlots')}</Text>}
            {officeHours.map((slot) => {
              const ours = slot.bookedBy?.id === startupId;
              return (
                <Stack key={slot.id} gap={4}>
                  {/* On a phone the badge and the cancel button go under the time rather than past the card's edge. */}
                  <Group justify="space-between" gap="xs">
                    <Text fz="sm">
                      {span(slot.startsAt, slot.endsAt, zone, i18n.language)}
                      {slot.room ? ` · ${slot.room.name}` : ''}
                    </Text>
                    {ours ? (
                      <Group gap="xs" wrap="nowrap">
                        <Badge color="teal">{t('startup.booked')}</Badge>
                        <Button size="xs" variant="default" onClick={() => cancel.mutate(slot.id)} loading={cancel.isPending}>
                          {t('startup.cancel')}
                        </Button>
                      </Group>
                    ) : (
                      <Button size="xs" onClick={() => setBooking(slot.id)}>
                        {t('startup.book')}
                      </Button>
                    )}
                  </Group>
                  {ours && slot.agenda && (
                    <Text fz="sm" c="dimmed">
                      {slot.agenda}
                    </Text>
                  )}
                  {booking === slot.id && (
                    <Form onSubmit={() => book.mutate(slot.id)}>
                      <Stack gap="xs">
                        <Textarea
                          label={t('startup.agenda')}
                          required
                          maxLength={1000}
                          value={agenda}
                          onChange={(e) => setAgenda(e.currentTarget.value)}
                        />
                        <Group>
                          <Button type="submit" loading={book.isPending}>
                            {t('startup.confirm')}
                          </Button>
                          <Button variant="default" onClick={() => setBooking(null)}>
                            {t('common.cancel')}
                          </Button>
                        </Group>
                      </Stack>
                    </Form>
                  )}
                </Stack>
              );
            })}
            <ErrorNote error={book.error ?? cancel.error} />
          </Stack>
        )}
      </Loaded>
    </Card>
  );
}
