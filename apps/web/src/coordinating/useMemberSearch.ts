import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Role } from '@/gql/graphql';
import { request } from '@/lib/api';
import { MEMBERS } from '@/lib/members';

/** The directory as a person types: a quarter second after the last key, then more pages on demand. */
export function useMemberSearch(hubId: string, typed: string, role: Role | null) {
  const [search] = useDebouncedValue(typed.trim(), 250);
  const query = useInfiniteQuery({
    queryKey: ['members', hubId, search, role],
    queryFn: ({ pageParam }) => request(MEMBERS, { hubId, search: search || null, role, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.members.pageInfo.hasNextPage ? last.members.pageInfo.endCursor : null),
    enabled: !!hubId,
  });
  return {
    query,
    members: query.data?.pages.flatMap((page) => page.members.edges.map((edge) => edge.node)) ?? [],
    total: query.data?.pages[0]?.members.totalCount,
  };
}
