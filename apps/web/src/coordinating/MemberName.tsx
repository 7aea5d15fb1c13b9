import { Button, Group, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError } from '@/lib/forms';

const UPDATE_USER = graphql(`
  mutation CorrectName($id: ID!, $fullName: String!) {
    updateUser(id: $id, input: { fullName: $fullName }) {
      id
      fullName
    }
  }
`);

/** A member's name, with a way for the coordinator to correct it where it is shown. */
export function MemberName({ id, fullName, onCorrected }: { id: string; fullName: string; onCorrected?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (name: string) => request(UPDATE_USER, { id, fullName: name }),
    onSuccess: () => {
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: ['members'] });
      onCorrected?.();
    },
  });
  if (editing === null)
    return (
      <Group gap="xs">
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {fullName}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setEditing(fullName)}
          aria-label={t('people.correctNameOf', { name: fullName })}
        >
          {t('people.correctName')}
        </Button>
      </Group>
    );
  return (
    <Group gap="xs" align="flex-end">
      <TextInput
        label={t('people.nameOf', { name: fullName })}
        value={editing}
        onChange={(e) => setEditing(e.currentTarget.value)}
        error={fieldError(save.error, 'fullName')}
      />
      <Button onClick={() => save.mutate(editing)} loading={save.isPending}>
        {t('common.save')}
      </Button>
      <Button variant="default" onClick={() => setEditing(null)}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}
