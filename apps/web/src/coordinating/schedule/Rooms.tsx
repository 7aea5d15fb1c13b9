import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';

const CREATE = graphql(`
  mutation CreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {
    updateRoom(id: $id, input: $input) {
      id
    }
  }
`);

interface Room {
  id: string;
  name: string;
  capacity: number;
}

/** The hub's rooms and how many each seats; a new one added, one renamed or resized. */
export function Rooms({ hubId, rooms }: { hubId: string; rooms: Room[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('rooms.title')}
        </Title>
        {rooms.map((room) =>
          editing === room.id ? (
            <RoomForm key={room.id} hubId={hubId} room={room} onDone={() => setEditing(null)} />
          ) : (
            <Group key={room.id} justify="space-between">
              <Text>{t('hubSchedule.roomSeats', { name: room.name, capacity: room.capacity })}</Text>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setEditing(room.id)}
                aria-label={t('rooms.editOf', { name: room.name })}
              >
                {t('rooms.edit')}
              </Button>
            </Group>
          ),
        )}
        <RoomForm hubId={hubId} onDone={() => undefined} />
      </Stack>
    </Card>
  );
}

function RoomForm({ hubId, room, onDone }: { hubId: string; room?: Room; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(room?.name ?? '');
  const [capacity, setCapacity] = useState<number | ''>(room?.capacity ?? 20);
  const save = useMutation({
    mutationFn: (): Promise<unknown> => {
      const input = { name, capacity: capacity === '' ? 0 : capacity };
      return room ? request(UPDATE, { id: room.id, input }) : request(CREATE, { input: { ...input, hubId } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['hub-schedule'] });
      if (!room) setName('');
      onDone();
    },
  });
  return (
    <Form onSubmit={() => save.mutate()}>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={room ? t('rooms.name') : t('rooms.newName')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(save.error, 'name')}
        />
        <NumberInput
          label={t('rooms.capacity')}
          w={120}
          min={1}
          allowDecimal={false}
          value={capacity}
          onChange={(value) => setCapacity(typeof value === 'number' ? value : '')}
          error={fieldError(save.error, 'capacity')}
        />
        <Button type="submit" loading={save.isPending}>
          {room ? t('common.save') : t('rooms.add')}
        </Button>
      </Group>
      <ErrorNote error={formError(save.error, ['name', 'capacity'])} />
    </Form>
  );
}
