/** The api as the benchmark talks to it: GraphQL and plain GETs. */
export interface Api {
  origin: string;
  gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
}

/** The SQL the api has sent so far: running totals kept by the benchmark's probe (sql-probe.mjs). */
export interface SqlTotals {
  statements: number;
  milliseconds: number;
}

/** Reads the probe's totals, and fails without them, so a probe that no longer loads cannot pass for an api that sends no SQL. */
export async function sqlTotals(origin: string): Promise<SqlTotals> {
  const response = await fetch(`${origin}/__sql-probe`);
  const totals = (await response.json().catch(() => undefined)) as Partial<SqlTotals> | undefined;
  if (!response.ok || typeof totals?.statements !== 'number' || typeof totals.milliseconds !== 'number')
    throw new Error(`the api answered no SQL totals at /__sql-probe (HTTP ${response.status}): is sql-probe.mjs preloaded?`);
  return { statements: totals.statements, milliseconds: totals.milliseconds };
}

/** Sends one request and fails on any error in the answer, so a broken query cannot pass for a fast one. */
export async function send(origin: string, request: Request): Promise<void> {
  const response = await fetch(request);
  const text = await response.text();
  if (!response.ok) throw new Error(`${request.method} ${request.url.replace(origin, '')}: HTTP ${response.status} ${text.slice(0, 300)}`);
  if (response.headers.get('content-type')?.includes('json')) {
    const body = JSON.parse(text) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  }
}

export const graphqlRequest = (origin: string, query: string, variables: Record<string, unknown> = {}, token?: string) =>
  new Request(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });

export function apiAt(origin: string): Api {
  return {
    origin,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
      const response = await fetch(graphqlRequest(origin, query, variables, token));
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return body.data;
    },
  };
}

export async function login(api: Api, email: string, password: string): Promise<string> {
  const { login } = await api.gql<{ login: { accessToken: string } }>(
    `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email, password } },
  );
  return login.accessToken;
}
