import { Alert, Button, Card, FileButton, List, SegmentedControl, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '@/components/ui';
import { graphql } from '@/gql';
import type { InviteUsersMutation, Role } from '@/gql/graphql';
import { ApiError, request } from '@/lib/api';
import { useMe } from '@/lib/session';

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

/** The fields of one line of a spreadsheet's text: , ; or tab between them, "quoted, with commas" and "" for a quote. */
function fieldsOf(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (!quoted && /[,;\t]/.test(char)) {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  return [...fields, field.trim()].filter(Boolean);
}

/**
 * "Name, email" per line — a spreadsheet's two columns pasted, or a CSV file read in, work too (a
 * header line has no @ and is skipped): the part with an @ is the email.
 */
export function parsePeople(text: string): { fullName: string; email: string }[] {
  return text
    .split(/\r?\n/)
    .map(fieldsOf)
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
  // Coordinators invite mentors and trainees; admins coordinators too.
  const roles: Role[] = useMe()?.role === 'ADMIN' ? ['TRAINEE', 'MENTOR', 'COORDINATOR'] : ['TRAINEE', 'MENTOR'];
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
  // What the api found wrong with which person ("people.3.fullName"), said per person.
  const lineProblems = Object.entries(invite.error instanceof ApiError ? invite.error.fields : {}).flatMap(([field, message]) => {
    const line = /^people\.(\d+)\./.exec(field);
    return line ? [[Number(line[1]), message] as const] : [];
  });
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
        <FileButton accept=".csv,.txt,text/csv,text/plain" onChange={(file) => void file?.text().then(setText)}>
          {(props) => (
            <Button variant="default" {...props}>
              {t('invite.upload')}
            </Button>
          )}
        </FileButton>
        <SegmentedControl
          aria-label={t('invite.role')}
          value={role}
          onChange={(value) => setRole(value)}
          data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        <ErrorNote error={lineProblems.length > 0 ? null : invite.error} />
        {lineProblems.length > 0 && (
          <List fz="sm" c="red.9">
            {lineProblems.map(([line, message]) => (
              <List.Item key={line}>{t('invite.lineProblem', { line: people[line]?.email ?? line + 1, message })}</List.Item>
            ))}
          </List>
        )}
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
