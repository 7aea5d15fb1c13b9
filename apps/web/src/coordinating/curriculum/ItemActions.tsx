import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurriculumItem } from '@/gql/graphql';
import { request } from '@/lib/api';
import { ErrorNote } from '@/components/ui';
import { MOVE, REMOVE, useDraftEdit } from './documents';

/** Up, down, edit and remove for one item of a draft; removing asks once more. */
export function ItemActions({
  curriculumId,
  item,
  id,
  title,
  position,
  count,
  onEdit,
}: {
  curriculumId: string;
  item: CurriculumItem;
  id: string;
  title: string;
  position: number;
  count: number;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const move = useDraftEdit(curriculumId, (to: number) => request(MOVE, { item, id, position: to }));
  const remove = useDraftEdit(curriculumId, () => request(REMOVE, { item, id }));
  if (confirming)
    return (
      <Group gap="xs">
        <Button size="compact-sm" color="red" onClick={() => remove.mutate(undefined)} loading={remove.isPending}>
          {t('editor.confirmRemove', { title })}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </Button>
        <ErrorNote error={remove.error} />
      </Group>
    );
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="subtle"
        aria-label={t('editor.moveUp', { title })}
        disabled={position === 1}
        onClick={() => move.mutate(position - 1)}
      >
        ↑
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        aria-label={t('editor.moveDown', { title })}
        disabled={position === count}
        onClick={() => move.mutate(position + 1)}
      >
        ↓
      </Button>
      <Button size="compact-sm" variant="subtle" aria-label={t('editor.edit', { title })} onClick={onEdit}>
        {t('editor.editShort')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="red" aria-label={t('editor.remove', { title })} onClick={() => setConfirming(true)}>
        {t('editor.removeShort')}
      </Button>
      <ErrorNote error={move.error} />
    </Group>
  );
}
