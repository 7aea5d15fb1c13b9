import { Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loading, Page } from '@/components/ui';
import { graphql } from '@/gql';
import type { AuditLogQuery } from '@/gql/graphql';
import { request } from '@/lib/api';
import { addDays, dateTime, instantOf } from '@/lib/format';
import { homeZone } from '@/lib/me';
import { useMe } from '@/lib/session';

const AUDIT_LOG = graphql(`
  query AuditLog($personId: ID, $from: DateTime, $to: DateTime, $before: ID, $first: Int) {
    auditLog(personId: $personId, from: $from, to: $to, before: $before, first: $first) {
      id
      at
      action
      count
      reason
      actor {
        id
        fullName
      }
      subject {
        id
        fullName
      }
    }
  }
`);

type Entry = AuditLogQuery['auditLog'][number];
const PAGE = 50;

export const Route = createFileRoute('/_app/admin/audit')({
  validateSearch: (search: Record<string, unknown>): { person?: string } => ({
    person: typeof search.person === 'string' ? search.person : undefined,
  }),
  component: AuditLog,
});

/** For admins: who exported, erased, corrected, deactivated or read whose records, newest first, by person and dates. */
function AuditLog() {
  const { t, i18n } = useTranslation();
  const { person } = Route.useSearch();
  const zone = homeZone(useMe());
  const [dates, setDates] = useState({ from: '', to: '' });
  const variables = {
    personId: person ?? null,
    from: dates.from ? instantOf(dates.from, '00:00', zone).toISOString() : null,
    // Through the whole "to" day.
    to: dates.to ? instantOf(addDays(dates.to, 1), '00:00', zone).toISOString() : null,
    first: PAGE,
  };
  const query = useInfiniteQuery({
    queryKey: ['audit-log', variables],
    queryFn: ({ pageParam }) => request(AUDIT_LOG, { ...variables, before: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.auditLog.length === PAGE ? last.auditLog.at(-1)!.id : undefined),
  });
  const entries = query.data?.pages.flatMap((page) => page.auditLog) ?? [];
  const subjectName = person ? entries.find((entry) => entry.subject?.id === person)?.subject?.fullName : undefined;
  return (
    <Page title={t('audit.title')}>
      <Text>{person ? t('audit.ofPerson', { name: subjectName ?? '…' }) : t('audit.intro')}</Text>
      <Group align="end">
        <TextInput
          type="date"
          label={t('audit.from')}
          value={dates.from}
          onChange={(e) => setDates({ ...dates, from: e.currentTarget.value })}
        />
        <TextInput type="date" label={t('audit.to')} value={dates.to} onChange={(e) => setDates({ ...dates, to: e.currentTarget.value })} />
      </Group>
      <ErrorNote error={query.error} />
      {query.isPending ? (
        <Loading />
      ) : entries.length === 0 ? (
        <Text c="dimmed">{t('audit.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <AuditEntry entry={entry} zone={zone} locale={i18n.language} />
            </li>
          ))}
        </Stack>
      )}
      {query.hasNextPage && (
        <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} w="fit-content">
          {t('audit.older')}
        </Button>
      )}
    </Page>
  );
}

function AuditEntry({ entry, zone, locale }: { entry: Entry; zone: string; locale: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Stack gap={2}>
        <Group gap="xs" justify="space-between">
          <Text fw={700}>{t(`audit.actions.${entry.action}`)}</Text>
          {entry.reason && <Badge variant="light">{t(`erase.reasons.${entry.reason}`)}</Badge>}
        </Group>
        <Text fz="sm">
          {t('audit.by', { name: entry.actor?.fullName ?? t('audit.system') })}
          {entry.subject && entry.subject.id !== entry.actor?.id && ` · ${t('audit.about', { name: entry.subject.fullName })}`}
          {entry.count !== null && entry.count !== undefined && ` · ${t('audit.people', { count: entry.count })}`}
        </Text>
        <Text fz="sm" c="dimmed">
          {dateTime(entry.at, zone, locale)}
        </Text>
      </Stack>
    </Card>
  );
}
