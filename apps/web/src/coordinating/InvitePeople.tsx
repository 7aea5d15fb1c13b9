import { Alert, Button, Card, List, SegmentedControl, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '@/components/ui';
import { graphql } from '@/gql';
import type { InviteUsersMutation, Role } from '@/gql/graphql';
import { request } from '@/lib/api';

const INVITE = graphql(`
  mutation InviteUsers($input: InviteUsersInput!) {
    inviteUsers(input: $input) {
      email
      user {
        id
      }
    }
  }
`);

/** "Name, email" per line (a spreadsheet's two columns pasted work too): the part with an @ is the email. */
export function parsePeople(text: string): { fullName: string; email: string }[] {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/[,;\t]/)
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .filter((parts) => parts.some((part) => part.includes('@')))
    .map((parts) => ({
      email: parts.find((part) => part.includes('@'))!,
      fullName: parts.filter((part) => !part.includes('@')).join(' '),
    }));
}

/** Invite a class list at once: each person gets an email to choose a password. */
export function InvitePeople({ hubId }: { hubId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role>('TRAINEE');
  const [result, setResult] = useState<InviteUsersMutation['inviteUsers']>([]);
  const people = parsePeople(text);
  const invite = useMutation({
    mutationFn: () => request(INVITE, { input: { hubId, people: people.map((person) => ({ ...person, role })) } }),
    onSuccess: ({ inviteUsers }) => {
      setResult(inviteUsers);
      setText('');
      void queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
  const existing = result.filter((row) => !row.user);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} fz="lg">
          {t('invite.title')}
        </Title>
        <Textarea
          label={t('invite.people')}
          description={t('invite.peopleHint')}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <SegmentedControl
          aria-label={t('invite.role')}
          value={role}
          onChange={(value) => setRole(value)}
          data={(['TRAINEE', 'MENTOR'] as const).map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        <ErrorNote error={invite.error} />
        <Button onClick={() => invite.mutate()} loading={invite.isPending} disabled={people.length === 0}>
          {t('invite.send', { count: people.length })}
        </Button>
        {result.length > 0 && (
          <Alert color="green" role="status" title={t('invite.sent', { count: result.length - existing.length })}>
            {existing.length > 0 && (
              <List fz="sm">
                {existing.map((row) => (
                  <List.Item key={row.email}>{t('invite.hasAccount', { email: row.email })}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
