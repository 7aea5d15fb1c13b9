import i18n from 'i18next';
import type { TypedDocumentString } from '../gql/graphql';
import { session } from './session';

/** An error the api answered: what happened (`reason`) for the code to branch on, `message` for people. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason: string,
    readonly fields: Record<string, string> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The request never reached the api (no network, server down): it may be tried again as it is. */
export class OfflineError extends Error {}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; reason?: string; fields?: Record<string, string>; retryAfterSeconds?: number };
  }[];
}

const REFRESH = `mutation Refresh($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }`;

async function post<T>(query: string, variables: unknown, token: string | null): Promise<GraphQLAnswer<T>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': i18n.language || 'id',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new OfflineError('offline');
  }
  // A proxy's 502/503 or an answer that is not GraphQL: the api was not reached.
  if (response.status >= 502) throw new OfflineError(`server ${response.status}`);
  return (await response.json().catch(() => {
    throw new OfflineError('not an api answer');
  })) as GraphQLAnswer<T>;
}

const refresh = async (refreshToken: string) => {
  const answer = await post<{ refreshToken: { accessToken: string; refreshToken: string } }>(REFRESH, { token: refreshToken }, null);
  return answer.data?.refreshToken ?? null;
};

/** The current access token (refreshed when needed), or null when logged out. */
export const accessToken = (force = false) => session.accessToken(refresh, force);

function toError(answer: GraphQLAnswer<unknown>): ApiError {
  const [first] = answer.errors!;
  const ext = first.extensions ?? {};
  return new ApiError(first.message, ext.code ?? 'INTERNAL_SERVER_ERROR', ext.reason ?? 'INTERNAL', ext.fields, ext.retryAfterSeconds);
}

/**
 * Runs a typed operation as the logged-in person (or anonymously). An access token that turns out
 * expired is refreshed once and the operation sent again.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const query = document.toString();
  let answer = await post<TResult>(query, variables, await accessToken());
  if (answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && session.hasLogin()) {
    const renewed = await accessToken(true);
    if (renewed) answer = await post<TResult>(query, variables, renewed);
  }
  if (answer.errors?.length) {
    const error = toError(answer);
    if (error.code === 'UNAUTHENTICATED' && error.reason !== 'BAD_CREDENTIALS') session.end('lost');
    throw error;
  }
  return answer.data as TResult;
}
