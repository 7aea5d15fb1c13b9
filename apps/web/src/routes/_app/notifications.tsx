import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loading, Page } from '@/components/ui';
import { graphql } from '@/gql';
import type { MyNotificationsQuery } from '@/gql/graphql';
import { request } from '@/lib/api';
import { ago } from '@/lib/format';
import { homeZone } from '@/lib/me';
import { NOTIFICATION_LIST_KEY, useMarkRead, useUnreadCount } from '@/lib/notifications';
import { useMe } from '@/lib/session';

const PAGE_SIZE = 20;

const NOTIFICATIONS = graphql(`
  query MyNotifications($first: Int!, $before: ID) {
    notifications(first: $first, before: $before) {
      id
      title
      paragraphs
      link
      linkLabel
      createdAt
      readAt
    }
  }
`);

type Notification = MyNotificationsQuery['notifications'][number];

export const Route = createFileRoute('/_app/notifications')({ component: Notifications });

function Notifications() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const query = useInfiniteQuery({
    queryKey: NOTIFICATION_LIST_KEY,
    queryFn: ({ pageParam }) => request(NOTIFICATIONS, { first: PAGE_SIZE, before: pageParam }),
    initialPageParam: null as string | null,
    // A full page may have more behind it; the next one starts before its last.
    getNextPageParam: (last) => (last.notifications.length === PAGE_SIZE ? last.notifications.at(-1)!.id : null),
  });
  const notifications = query.data?.pages.flatMap((page) => page.notifications) ?? [];
  return (
    <Page
      title={t('notifications.title')}
      actions={
        unread.count > 0 && (
          <Button variant="light" w="fit-content" loading={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
            {t('notifications.markAllRead')}
          </Button>
        )
      }
    >
      <ErrorNote error={markRead.error ?? query.error} />
      {query.isPending && <Loading />}
      {query.isSuccess && notifications.length === 0 && <Text c="dimmed">{t('notifications.none')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {notifications.map((notification) => (
          <li key={notification.id}>
            <NotificationCard notification={notification} onOpen={() => !notification.readAt && markRead.mutate([notification.id])} />
          </li>
        ))}
      </Stack>
      {query.hasNextPage && (
        <Button variant="default" w="fit-content" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('notifications.older')}
        </Button>
      )}
    </Page>
  );
}

function NotificationCard({ notification, onOpen }: { notification: Notification; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const unread = !notification.readAt;
  // A real link (it opens in a new tab too); a plain click stays in the app and marks it read on the way.
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    onOpen();
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate({ href: notification.link });
  };
  return (
    <Card withBorder className="notification" data-unread={unread || undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} fz="md" fw={unread ? 800 : 600}>
            {notification.title}
          </Title>
          {unread && (
            <Badge color="brand" variant="light" style={{ flexShrink: 0 }}>
              {t('notifications.unread')}
            </Badge>
          )}
        </Group>
        <Text fz="sm" c="dimmed">
          {ago(notification.createdAt, homeZone(me), i18n.language)}
        </Text>
        {notification.paragraphs.map((paragraph, index) => (
          <Text key={`${notification.id}:${index}`} fz="sm">
            {paragraph}
          </Text>
        ))}
        <Button component="a" href={notification.link} onClick={open} variant={unread ? 'filled' : 'default'} w="fit-content">
          {notification.linkLabel}
        </Button>
      </Stack>
    </Card>
  );
}
