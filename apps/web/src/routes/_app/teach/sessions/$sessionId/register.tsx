import { Alert, Button, Card, Group, List, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ErrorNote, Loaded, Page } from '@/components/ui';
import { graphql } from '@/gql';
import type { AttendanceStatus, SessionRegisterQuery } from '@/gql/graphql';
import { ApiError, request } from '@/lib/api';
import { span, time } from '@/lib/format';

const REGISTER = graphql(`
  query SessionRegister($id: ID!) {
    session(id: $id) {
      id
      title
      startsAt
      endsAt
      status
      registerVersion
      room {
        name
      }
      cohort {
        id
        name
        hub {
          timezone
        }
        enrollments(first: 100, status: ENROLLED) {
          ...SeatedPage
        }
      }
      attendance(first: 500) {
        status
        source
        note
        recordedAt
        recordedBy {
          fullName
        }
        trainee {
          id
        }
      }
    }
  }
`);

const MORE_SEATED = graphql(`
  query MoreSeated($cohortId: ID!, $after: String!) {
    cohort(id: $cohortId) {
      enrollments(first: 100, after: $after, status: ENROLLED) {
        ...SeatedPage
      }
    }
  }
`);

/** The register with every seated trainee, however many pages of 100 that takes. */
async function loadRegister(id: string) {
  const answer = await request(REGISTER, { id });
  const { enrollments } = answer.session.cohort;
  let { pageInfo } = enrollments;
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const more = (await request(MORE_SEATED, { cohortId: answer.session.cohort.id, after: pageInfo.endCursor })).cohort.enrollments;
    enrollments.edges.push(...more.edges);
    pageInfo = more.pageInfo;
  }
  return answer;
}

const RECORD = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      status
    }
  }
`);

export const Route = createFileRoute('/_app/teach/sessions/$sessionId/register')({ component: RegisterPage });

const STATUSES: AttendanceStatus[] = ['PRESENT', 'LATE', 'EXCUSED', 'ABSENT'];
type Session = SessionRegisterQuery['session'];
type Record = Session['attendance'][number];
type Entry = { status: AttendanceStatus; note: string };
type Change = { name: string; before?: AttendanceStatus; after?: AttendanceStatus; by: string };

function RegisterPage() {
  const { sessionId } = Route.useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['register', sessionId], queryFn: () => loadRegister(sessionId) });
  return (
    <Loaded query={query}>
      {({ session }) => (
        <Page title={t('teach.registerTitle', { title: session.title })}>
          {/* Opened once per visit: a refetch after a conflict must not wipe what the mentor chose. */}
          <Register key={session.id} session={session} />
        </Page>
      )}
    </Loaded>
  );
}

/** Every seated trainee with a status, "everyone present" then the exceptions, saved in one call. */
function Register({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const zone = session.cohort.hub.timezone;
  const trainees = session.cohort.enrollments.edges
    .map((edge) => edge.node.trainee)
    .sort((a, b) => a.fullName.localeCompare(b.fullName, undefined, { numeric: true }));
  const [opened, setOpened] = useState(session);
  const [entries, setEntries] = useState<Map<string, Entry>>(() => entriesOf(session.attendance));
  const [changes, setChanges] = useState<Change[]>([]);
  const [saved, setSaved] = useState(false);
  const recordOf = (records: Record[], traineeId: string) => records.find((record) => record.trainee.id === traineeId);
  const set = (traineeId: string, entry: Partial<Entry>) => {
    setSaved(false);
    setEntries((current) => new Map(current).set(traineeId, { status: 'PRESENT', note: '', ...current.get(traineeId), ...entry }));
  };

  const save = useMutation({
    mutationFn: () =>
      request(RECORD, {
        input: {
          sessionId: session.id,
          expectedVersion: opened.registerVersion,
          entries: trainees
            .filter((trainee) => entries.has(trainee.id))
            .map((trainee) => ({ traineeId: trainee.id, ...entries.get(trainee.id)!, note: entries.get(trainee.id)!.note || null })),
        },
      }),
    onSuccess: async () => {
      const fresh = await queryClient.fetchQuery({
        queryKey: ['register', session.id, { id: session.id }],
        queryFn: () => request(REGISTER, { id: session.id }),
      });
      setOpened(fresh.session);
      setChanges([]);
      setSaved(true);
    },
    onError: async (error) => {
      if (!(error instanceof ApiError && error.reason === 'REGISTER_CHANGED')) return;
      // Someone else wrote meanwhile: show what changed, keep the mentor's choices, and save on top of the new register.
      const { session: now } = await loadRegister(session.id);
      setChanges(
        trainees.flatMap((trainee) => {
          const [before, after] = [recordOf(opened.attendance, trainee.id), recordOf(now.attendance, trainee.id)];
          if (before?.status === after?.status && before?.note === after?.note) return [];
          return [{ name: trainee.fullName, before: before?.status, after: after?.status, by: after ? originOf(after) : '' }];
        }),
      );
      setOpened(now);
    },
  });
  const originOf = (record: Record) =>
    record.source === 'CHECKIN'
      ? t('teach.origin.CHECKIN', { time: time(record.recordedAt, zone, i18n.language) })
      : record.source === 'AUTO'
        ? t('teach.origin.AUTO')
        : t('teach.origin.MANUAL', { name: record.recordedBy?.fullName ?? '', time: time(record.recordedAt, zone, i18n.language) });
  const missingNote = trainees.some((trainee) => entries.get(trainee.id)?.status === 'EXCUSED' && !entries.get(trainee.id)?.note.trim());
  const statusLabel = (status?: AttendanceStatus) => (status ? t(`attendanceStatus.${status}`) : t('teach.noRecord'));

  return (
    <Stack>
      <Text>
        {span(session.startsAt, session.endsAt, zone, i18n.language)} · {session.room.name}
      </Text>
      <AnchorLink to="/teach/cohorts/$cohortId/grading" params={{ cohortId: session.cohort.id }}>
        {t('teach.gradingOf', { cohort: session.cohort.name })}
      </AnchorLink>
      <Group>
        <Button variant="light" onClick={() => trainees.forEach((trainee) => set(trainee.id, { status: 'PRESENT', note: '' }))}>
          {t('teach.everyonePresent')}
        </Button>
        <Text c="dimmed" fz="sm">
          {t('teach.marked', { count: trainees.filter((trainee) => entries.has(trainee.id)).length, total: trainees.length })}
        </Text>
      </Group>
      {changes.length > 0 && (
        <Alert color="orange" title={t('teach.changedTitle')} role="alert">
          <Text fz="sm">{t('teach.changedBody')}</Text>
          <List fz="sm" mt="xs">
            {changes.map((change) => (
              <List.Item key={change.name}>
                {change.name}: {statusLabel(change.before)} → {statusLabel(change.after)} {change.by && `(${change.by})`}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Stack gap="xs">
        {trainees.map((trainee) => {
          const entry = entries.get(trainee.id);
          const record = recordOf(opened.attendance, trainee.id);
          return (
            <Card key={trainee.id} withBorder padding="sm">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={700} id={`trainee-${trainee.id}`}>
                    {trainee.fullName}
                  </Text>
                  {record && (
                    <Text fz="xs" c="dimmed" ta="right">
                      {originOf(record)}
                    </Text>
                  )}
                </Group>
                <SegmentedControl
                  fullWidth
                  size="xs"
                  aria-labelledby={`trainee-${trainee.id}`}
                  value={entry?.status ?? ''}
                  onChange={(status) => set(trainee.id, { status: status as AttendanceStatus })}
                  data={STATUSES.map((status) => ({ value: status, label: t(`attendanceStatus.${status}`) }))}
                />
                {entry?.status === 'EXCUSED' && (
                  <TextInput
                    size="sm"
                    label={t('teach.excusedNote', { name: trainee.fullName })}
                    required
                    value={entry.note}
                    onChange={(e) => set(trainee.id, { note: e.currentTarget.value })}
                  />
                )}
              </Stack>
            </Card>
          );
        })}
      </Stack>
      {save.error instanceof ApiError && save.error.reason === 'REGISTER_CHANGED' ? null : <ErrorNote error={save.error} />}
      {saved && (
        <Alert color="green" role="status">
          {t('teach.saved')}
        </Alert>
      )}
      <Button size="md" onClick={() => save.mutate()} loading={save.isPending} disabled={entries.size === 0 || missingNote}>
        {changes.length > 0 ? t('teach.saveAgain') : t('teach.saveRegister')}
      </Button>
    </Stack>
  );
}

function entriesOf(records: Record[]): Map<string, Entry> {
  return new Map(records.map((record) => [record.trainee.id, { status: record.status, note: record.note ?? '' }]));
}
