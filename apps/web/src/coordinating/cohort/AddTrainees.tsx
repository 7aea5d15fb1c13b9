import { Alert, Badge, Button, Card, Checkbox, Group, List, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loading } from '@/components/ui';
import { graphql } from '@/gql';
import type { EnrollManyMutation } from '@/gql/graphql';
import { request } from '@/lib/api';
import { useMemberSearch } from '../useMemberSearch';
import { useCohortChange } from './documents';

const ENROLL_MANY = graphql(`
  mutation EnrollMany($input: EnrollManyInput!) {
    enrollMany(input: $input) {
      email
      traineeId
      outcome
    }
  }
`);

type Outcome = EnrollManyMutation['enrollMany'][number];

/** Trainees added from the directory (search and tick; `seated` are shown as already in) or by pasting emails; what happened to each is shown. */
export function AddTrainees({ cohortId, hubId, seated }: { cohortId: string; hubId: string; seated: Set<string> }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [pasted, setPasted] = useState('');
  const [outcomes, setOutcomes] = useState<{ name: string; outcome: Outcome['outcome'] }[]>([]);
  const { query, members, total } = useMemberSearch(hubId, typed, 'TRAINEE');
  const enroll = useCohortChange(cohortId, async () => {
    const { enrollMany } = await request(ENROLL_MANY, {
      input: { cohortId, traineeIds: [...picked.keys()], emails: pasted.split(/[\s,;]+/).filter((email) => email.includes('@')) },
    });
    setOutcomes(enrollMany.map((result) => ({ name: result.email ?? picked.get(result.traineeId ?? '') ?? '', outcome: result.outcome })));
    setPicked(new Map());
    setPasted('');
  });
  const toggle = (id: string, name: string) =>
    setPicked((current) => {
      const next = new Map(current);
      if (next.has(id)) next.delete(id);
      else next.set(id, name);
      return next;
    });
  const emailCount = pasted.split(/[\s,;]+/).filter((email) => email.includes('@')).length;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} fz="lg">
          {t('manage.add')}
        </Title>
        <Tabs defaultValue="search">
          <Tabs.List>
            <Tabs.Tab value="search">{t('manage.fromDirectory')}</Tabs.Tab>
            <Tabs.Tab value="paste">{t('manage.byEmail')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="search" pt="sm">
            <Stack gap="xs">
              <TextInput type="search" label={t('manage.searchTrainee')} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
              {total !== undefined && <Text fz="sm">{t('people.found', { count: total })}</Text>}
              {members.map((member) => (
                <Checkbox
                  key={member.id}
                  label={member.fullName}
                  description={seated.has(member.id) ? t('manage.alreadyIn') : member.email}
                  disabled={seated.has(member.id)}
                  checked={picked.has(member.id)}
                  onChange={() => toggle(member.id, member.fullName)}
                />
              ))}
              {query.isPending && <Loading />}
              {query.hasNextPage && (
                <Button variant="default" size="xs" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                  {t('people.more')}
                </Button>
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="paste" pt="sm">
            <Textarea
              label={t('manage.emails')}
              description={t('manage.emailsHint')}
              autosize
              minRows={3}
              value={pasted}
              onChange={(e) => setPasted(e.currentTarget.value)}
            />
          </Tabs.Panel>
        </Tabs>
        <ErrorNote error={enroll.error} />
        <Group>
          <Button onClick={() => enroll.mutate(undefined)} loading={enroll.isPending} disabled={picked.size + emailCount === 0}>
            {t('manage.enroll', { count: picked.size + emailCount })}
          </Button>
        </Group>
        {outcomes.length > 0 && (
          <Alert color="blue" role="status" title={t('manage.result')}>
            <Group gap="xs" mb="xs">
              {(['ENROLLED', 'WAITLISTED', 'ALREADY_IN', 'UNKNOWN', 'NOT_A_TRAINEE', 'GUARDIAN_CONSENT_NEEDED'] as const).map((kind) => {
                const count = outcomes.filter((result) => result.outcome === kind).length;
                return (
                  count > 0 && (
                    <Badge key={kind} variant="light">
                      {t(`manage.outcome.${kind}`, { count })}
                    </Badge>
                  )
                );
              })}
            </Group>
            <List fz="sm">
              {outcomes
                .filter((result) => result.outcome !== 'ENROLLED')
                .map((result) => (
                  <List.Item key={result.name}>
                    {result.name}: {t(`manage.outcome.${result.outcome}`, { count: 1 })}
                  </List.Item>
                ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
