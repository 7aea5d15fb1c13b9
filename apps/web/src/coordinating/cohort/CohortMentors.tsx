import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { useMemberSearch } from '../useMemberSearch';
import { useCohortChange } from './documents';

const ASSIGN = graphql(`
  mutation AssignMentor($cohortId: ID!, $mentorId: ID!) {
    assignMentor(cohortId: $cohortId, mentorId: $mentorId) {
      id
    }
  }
`);

const UNASSIGN = graphql(`
  mutation UnassignMentor($cohortId: ID!, $mentorId: ID!) {
    unassignMentor(cohortId: $cohortId, mentorId: $mentorId) {
      id
    }
  }
`);

/** Who teaches the cohort: mentors of the hub found by name, and taken off when they lead no session to come. */
export function CohortMentors({
  cohortId,
  hubId,
  mentors,
  open,
}: {
  cohortId: string;
  hubId: string;
  mentors: { id: string; fullName: string }[];
  open: boolean;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const { members } = useMemberSearch(hubId, typed, 'MENTOR');
  const assign = useCohortChange(
    cohortId,
    (mentorId: string) => request(ASSIGN, { cohortId, mentorId }),
    () => setTyped(''),
  );
  const unassign = useCohortChange(cohortId, (mentorId: string) => request(UNASSIGN, { cohortId, mentorId }));
  const assigned = new Set(mentors.map((mentor) => mentor.id));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('cohortMentors.title')}
        </Title>
        {mentors.length === 0 && <Text c="dimmed">{t('cohortMentors.none')}</Text>}
        {mentors.map((mentor) => (
          <Group key={mentor.id} justify="space-between">
            <Text>{mentor.fullName}</Text>
            {open && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => unassign.mutate(mentor.id)}
                aria-label={t('cohortMentors.removeOf', { name: mentor.fullName })}
              >
                {t('cohortMentors.remove')}
              </Button>
            )}
          </Group>
        ))}
        <ErrorNote error={unassign.error} />
        {open && (
          <>
            <TextInput type="search" label={t('cohortMentors.find')} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
            {typed.trim() &&
              members
                .filter((member) => !assigned.has(member.id))
                .slice(0, 5)
                .map((member) => (
                  <Group key={member.id} justify="space-between">
                    <Text>{member.fullName}</Text>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => assign.mutate(member.id)}
                      aria-label={t('cohortMentors.addOf', { name: member.fullName })}
                    >
                      {t('cohortMentors.add')}
                    </Button>
                  </Group>
                ))}
            <ErrorNote error={assign.error} />
          </>
        )}
      </Stack>
    </Card>
  );
}
