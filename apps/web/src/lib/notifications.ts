import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { useGql } from '@/components/ui';
import { graphql } from '@/gql';
import type { MyNotificationsQuery } from '@/gql/graphql';
import { request } from './api';

const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Every query about my notifications starts with this key, so one change refreshes the list and the bell. */
export const NOTIFICATIONS_KEY = ['notifications'];
const UNREAD_KEY = [...NOTIFICATIONS_KEY, 'unread'];
/** The pages of my notifications list, newest first. */
export const NOTIFICATION_LIST_KEY = [...NOTIFICATIONS_KEY, 'list'];
/** The api counts unread notifications up to this many; the bell shows "99+" beyond. */
const SHOWN_UP_TO = 99;

/** How many of my notifications are unread, asked again every minute and whenever the window is back in view. */
export function useUnreadCount(): { count: number; label: string } {
  const query = useGql(UNREAD_KEY, UNREAD_COUNT, {}, { refetchInterval: 60_000 });
  const count = query.data?.unreadNotificationCount ?? 0;
  return { count, label: count > SHOWN_UP_TO ? `${SHOWN_UP_TO}+` : String(count) };
}

/**
 * Marks these notifications read (all of them without ids). The list and the bell show it at once,
 * together, then both are asked again (a notice may have arrived meanwhile).
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => request(MARK_READ, { ids }),
    onSuccess: async (_, ids) => {
      const marked = (id: string) => !ids || ids.includes(id);
      const readAt = new Date().toISOString();
      queryClient.setQueryData<InfiniteData<MyNotificationsQuery>>(
        NOTIFICATION_LIST_KEY,
        (list) =>
          list && {
            ...list,
            pages: list.pages.map((page) => ({
              notifications: page.notifications.map((notice) => (marked(notice.id) && !notice.readAt ? { ...notice, readAt } : notice)),
            })),
          },
      );
      if (!ids) queryClient.setQueriesData({ queryKey: UNREAD_KEY }, { unreadNotificationCount: 0 });
      await queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    },
  });
}
