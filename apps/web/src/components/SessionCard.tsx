import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { span } from '@/lib/format';

interface SessionLike {
  title: string;
  startsAt: string;
  endsAt: string;
  status: string;
  room: { name: string };
}

/** One session in a list: title (struck through when cancelled), when in the hub's zone, where, and a badge. */
export function SessionCard({ session, zone, where, badge }: { session: SessionLike; zone: string; where: string; badge?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const cancelled = session.status === 'CANCELLED';
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={700} td={cancelled ? 'line-through' : undefined}>
            {session.title}
          </Text>
          <Text fz="sm">{span(session.startsAt, session.endsAt, zone, i18n.language)}</Text>
          <Text fz="sm" c="dimmed">
            {where}
          </Text>
        </Stack>
        {cancelled ? <Badge color="gray">{t('session.cancelled')}</Badge> : badge}
      </Group>
    </Card>
  );
}
