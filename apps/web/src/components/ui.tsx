import { Alert, Center, Container, Loader, Stack, Title } from '@mantine/core';
import { type Query, keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedDocumentString } from '@/gql/graphql';
import { ApiError, OfflineError, request } from '@/lib/api';

/** One screen: its title (the page's only h1) and content, one column on a phone; `wide` for a week calendar. */
export function Page({ title, children, actions, wide }: { title: string; children: ReactNode; actions?: ReactNode; wide?: boolean }) {
  return (
    <Container size={wide ? 'xl' : 'md'} px="md" py="lg">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1} fz={{ base: 26, sm: 32 }}>
            {title}
          </Title>
          {actions}
        </Stack>
        {children}
      </Stack>
    </Container>
  );
}

/** A form that runs `onSubmit` instead of loading a page (Enter in a field submits it too). */
export function Form({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** What went wrong, in the reader's language: the api's own message, or that the network is gone. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : error instanceof OfflineError ? t('errors.offline') : t('errors.unexpected');
  return (
    <Alert color="red" variant="light" role="alert" title={t('errors.title')}>
      {message}
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      {/* A span may not carry a name by itself: as a status it is announced, and named. */}
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

/** A typed query of the api, cached per key: for a screen (useGql) or a route loader that starts it early. */
export const gqlQuery = <TResult, TVariables extends Record<string, unknown>>(
  key: unknown[],
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) =>
  queryOptions({
    queryKey: [...key, variables],
    queryFn: () => (request as (d: typeof document, v: TVariables) => Promise<TResult>)(document, variables),
  });

/** A typed query of the api, cached per key (Back shows the same data at once). */
export function useGql<TResult, TVariables extends Record<string, unknown>>(
  key: unknown[],
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: {
    enabled?: boolean;
    refetchInterval?: number | false | ((query: Query<TResult, Error, TResult, unknown[]>) => number | false);
    /** Keep showing the previous answer while new variables load (paging through weeks). */
    keepPrevious?: boolean;
  } = {},
) {
  const { keepPrevious, ...rest } = options;
  return useQuery({ ...gqlQuery(key, document, variables), ...rest, placeholderData: keepPrevious ? keepPreviousData : undefined });
}

/** A change through the api: on success the queries under `keys` are read again, then `onDone` runs. */
export function useChange<TArgs>(keys: unknown[][], change: (args: TArgs) => Promise<unknown>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async () => {
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      onDone?.();
    },
  });
}

/** Shows `children` once the query has data, else its error or a spinner. */
export function Loaded<T>({
  query,
  children,
}: {
  query: { data?: T; error: unknown; isPending: boolean };
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <ErrorNote error={query.error} />;
  return <Loading />;
}
