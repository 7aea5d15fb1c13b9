import { Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { AnchorLink } from '@/components/links';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loading, Page } from '@/components/ui';
import { InvitePeople } from '@/coordinating/InvitePeople';
import { MemberName } from '@/coordinating/MemberName';
import { useMemberSearch } from '@/coordinating/useMemberSearch';
import type { Role } from '@/gql/graphql';
import { homeHub } from '@/lib/me';
import { useMe } from '@/lib/session';

export const Route = createFileRoute('/_app/hub/people/')({ component: People });

const ROLES: Role[] = ['TRAINEE', 'MENTOR', 'COORDINATOR'];

/** The hub's members: found by typing part of a name or an email, a role at a time. */
function People() {
  const { t } = useTranslation();
  const hub = homeHub(useMe());
  const [typed, setTyped] = useState('');
  const [role, setRole] = useState<Role | 'ALL'>('ALL');
  const { query, members, total } = useMemberSearch(hub?.id ?? '', typed, role === 'ALL' ? null : role);
  return (
    <Page title={t('people.title', { hub: hub?.name ?? '' })}>
      <TextInput
        type="search"
        label={t('people.search')}
        description={t('people.searchHint')}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
      />
      {/* A select, not tabs: four roles do not fit side by side on a phone. */}
      <NativeSelect
        label={t('people.role')}
        value={role}
        onChange={(e) => setRole(e.currentTarget.value as Role | 'ALL')}
        data={[{ value: 'ALL', label: t('people.all') }, ...ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))]}
      />
      {total !== undefined && <Text role="status">{t('people.found', { count: total })}</Text>}
      <ErrorNote error={query.error} />
      <Stack gap="xs">
        {members.map((member) => (
          <Card key={member.id} withBorder padding="sm" data-member>
            <Stack gap={4} align="flex-start">
              <MemberName id={member.id} fullName={member.fullName} />
              <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {member.email}
              </Text>
              <Group gap="xs">
                <Badge variant="light">{t(`roles.${member.role}`)}</Badge>
                {member.active === false && (
                  <Badge variant="light" color="red">
                    {t('person.inactive')}
                  </Badge>
                )}
                <AnchorLink
                  fz="sm"
                  to="/hub/people/$personId"
                  params={{ personId: member.id }}
                  aria-label={t('people.openOf', { name: member.fullName })}
                >
                  {t('people.open')}
                </AnchorLink>
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
      {query.isPending && <Loading />}
      {query.hasNextPage && (
        <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t('people.more')}
        </Button>
      )}
      {hub && <InvitePeople hubId={hub.id} />}
    </Page>
  );
}
