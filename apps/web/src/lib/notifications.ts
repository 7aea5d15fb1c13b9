import { useChange, useGql } from '@/components/ui';
import { graphql } from '@/gql';
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
/** The api counts unread notifications up to this many; the bell shows "99+" beyond. */
const SHOWN_UP_TO = 99;

/** How many of my notifications are unread, asked again every minute and whenever the window is back in view. */
export function useUnreadCount(): { count: number; label: string } {
  const query = useGql([...NOTIFICATIONS_KEY, 'unread'], UNREAD_COUNT, {}, { refetchInterval: 60_000 });
  const count = query.data?.unreadNotificationCount ?? 0;
  return { count, label: count > SHOWN_UP_TO ? `${SHOWN_UP_TO}+` : String(count) };
}

/** Marks these notifications read (all of them without ids), then refreshes the list and the bell. */
export const useMarkRead = () => useChange([NOTIFICATIONS_KEY], (ids?: string[]) => request(MARK_READ, { ids }));
