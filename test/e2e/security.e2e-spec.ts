import { randomBytes } from 'node:crypto';
import { serverAudits } from 'graphql-http';
import { DataSource } from 'typeorm';
import { TestApp, codes } from '../support/harness.js';

/** Sends a raw body and reports what came back, without assuming it is JSON. */
async function post(app: TestApp, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text };
}

describe('security: hostile requests, GraphQL over HTTP, leaks', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
    const hub = await app.factory.hub();
    await app.factory.room(hub.id);
  });
  afterAll(() => app.close());

  const hostile: { name: string; body: () => string; headers?: Record<string, string> }[] = [
    {
      name: 'deep nesting',
      body: () =>
        JSON.stringify({
          query: `{ hubs { rooms { hub { rooms { hub { rooms { hub { rooms { hub { rooms { hub { rooms { hub { rooms { hub { name } } } } } } } } } } } } } } } }`,
        }),
    },
    {
      name: '300 aliases',
      body: () => JSON.stringify({ query: `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: hubs { id }`).join(' ')} }` }),
    },
    {
      name: '5,000 __typename aliases',
      body: () => JSON.stringify({ query: `{ ${Array.from({ length: 5000 }, (_, i) => `t${i}: __typename`).join(' ')} }` }),
    },
    {
      name: '50 aliased logins',
      body: () =>
        JSON.stringify({
          query: `mutation { ${Array.from({ length: 50 }, (_, i) => `l${i}: login(input: {email: "admin@sanggar.id", password: "guess-${i}"}) { accessToken }`).join(' ')} }`,
        }),
    },
    {
      name: 'a huge string argument',
      body: () =>
        JSON.stringify({
          query: 'mutation($p: String!) { login(input: {email: "a@b.id", password: $p}) { accessToken } }',
          variables: { p: 'x'.repeat(200_000) },
        }),
    },
    { name: 'a body over the size limit', body: () => JSON.stringify({ query: `{ hubs { id } }`, padding: 'x'.repeat(2 * 1024 * 1024) }) },
    { name: 'a batched array of operations', body: () => JSON.stringify(Array.from({ length: 20 }, () => ({ query: '{ hubs { id } }' }))) },
    { name: 'many directives', body: () => JSON.stringify({ query: `{ hubs ${'@include(if: true) '.repeat(100)} { id } }` }) },
    { name: 'a fragment cycle', body: () => JSON.stringify({ query: `{ hubs { ...A } } fragment A on Hub { rooms { hub { ...A } } }` }) },
    {
      name: 'a costly wide query',
      body: () =>
        JSON.stringify({
          // Within the depth and alias limits, but every alias repeats a deep fragment.
          query: `{ ${Array.from({ length: 15 }, (_, i) => `h${i}: hubs { ...F ...F ...F ...F }`).join(' ')} }
            fragment F on Hub { rooms { hub { rooms { hub { rooms { hub { rooms { hub { rooms { hub { id } } } } } } } } } } }`,
        }),
    },
    { name: 'broken syntax', body: () => JSON.stringify({ query: '{ hubs { id ' }) },
    { name: 'not JSON at all', body: () => '{"query": ', headers: { 'content-type': 'application/json' } },
    { name: 'a field suggestion probe', body: () => JSON.stringify({ query: '{ hub { id } }' }) },
  ];

  it.each(hostile)('refuses $name with a 4xx or a GraphQL error, never a 5xx', async ({ body, headers }) => {
    const { status, text } = await post(app, body(), headers);
    expect(status).toBeLessThan(500);
    if (status === 200) {
      const parsed = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      expect(parsed.errors?.length).toBeGreaterThan(0);
      // Refused before execution: nothing ran, so there is no data.
      expect(parsed.data ?? null).toBeNull();
      expect(parsed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(text).not.toMatch(/Did you mean|at \w+ \(|node_modules|SELECT |\b(limit|maximum) (of )?\d+/i);
  });

  it('never ran the 50 aliased logins: no failed-login counter moved', async () => {
    await post(app, hostile[3].body());
    const valid = await app.gql(`{ hubs { id } }`);
    expect(valid.errors).toBeUndefined();
    const { REDIS_PREFIX } = app.config;
    const redis = new (await import('ioredis')).Redis(app.config.REDIS_URL);
    expect(await redis.keys(`${REDIS_PREFIX}:login-failures:*`)).toEqual([]);
    redis.disconnect();
  });

  it('passes every MUST of the GraphQL-over-HTTP audit', async () => {
    const results = await Promise.all(serverAudits({ url: `${app.url}/graphql` }).map((audit) => audit.fn()));
    const failedMusts = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok');
    expect(failedMusts.map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual([]);
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it('answers a database failure with INTERNAL_SERVER_ERROR and no internal detail', async () => {
    await app.get(DataSource).query('ALTER TABLE hub RENAME TO hub_broken');
    try {
      const response = await app.gql(`{ hubs { id name } }`, {}, { headers: { 'accept-language': 'en' } });
      expect(response.status).toBe(200);
      expect(codes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(response.errors?.[0].message).toBe('Something went wrong on the server. Please try again shortly');
      expect(response.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' });
      expect(JSON.stringify(response)).not.toMatch(/hub_broken|relation|SELECT|QueryFailed|stack|\.ts:/i);
    } finally {
      await app.get(DataSource).query('ALTER TABLE hub_broken RENAME TO hub');
    }
  });

  it('answers a malformed ID with BAD_USER_INPUT (in the caller’s language, Bahasa Indonesia here), whatever operation it reaches', async () => {
    const admin = await app.factory.admin();
    for (const operation of [
      `{ cohort(id: "abc") { id } }`,
      `{ suggestMentors(startupId: "abc") { score } }`,
      `mutation { cancelOfficeHourBooking(slotId: "1; DROP TABLE hub") { id } }`,
    ]) {
      const response = await app.gql(operation, {}, { token: admin.token });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0].message).toBe('Sebuah ID tidak dalam bentuk yang benar');
      expect(JSON.stringify(response)).not.toMatch(/uuid|syntax|SELECT|QueryFailed/i);
    }
  });

  it('reports database and Redis on /health', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });
});

describe('errors a client can act on', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('gives every error a reason from the documented ErrorReason enum', async () => {
    const reasons = (await app.gql<{ errorReasons: string[] }>('{ errorReasons }')).data!.errorReasons;
    expect(reasons).toEqual(expect.arrayContaining(['ALREADY_ENROLLED', 'ROOM_TAKEN', 'SLOT_TAKEN', 'CHECKIN_EXPIRED', 'RATE_LIMITED']));
    const hub = await app.factory.hub();
    const trainee = await app.factory.trainee(hub.id);
    const answers = [
      await app.gql('{ nope }'),
      await app.gql('{ me { id } }'),
      await app.gql('mutation { login(input: { email: "x@y.id", password: "salah-sekali" }) { accessToken } }'),
      await app.as(trainee).gql('query($id: ID!) { cohort(id: $id) { id } }', { id: '0b5e8a52-9c1d-4b8e-8f2a-3d6c7e9f1a2b' }),
      await app.as(trainee).gql('{ cohort(id: "abc") { id } }'),
      await app.as(trainee).gql('mutation { createHub(input: { name: "X", city: "Y" }) { id } }'),
      await app.gql('mutation { register(input: { email: "bad", password: "x", fullName: "A", hubId: "nope" }) }'),
    ];
    const given = answers.map((answer) => answer.errors?.[0].extensions.reason as string);
    expect(given).toEqual([
      'INVALID_QUERY',
      'LOGIN_REQUIRED',
      'BAD_CREDENTIALS',
      'COHORT_NOT_FOUND',
      'MALFORMED_ID',
      'NOT_ALLOWED',
      'INVALID_INPUT',
    ]);
    for (const reason of given) expect(reasons).toContain(reason);
  });

  it('says what is wrong with a value in one language, the caller’s, naming the field', async () => {
    const CREATE = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`;
    const input = {
      hubId: '0b5e8a52-9c1d-4b8e-8f2a-3d6c7e9f1a2b',
      curriculumId: '0b5e8a52-9c1d-4b8e-8f2a-3d6c7e9f1a2b',
      name: 'Angkatan',
      startsOn: '2027-01-04',
      endsOn: '2027-02-26',
      capacity: 20,
    };
    const answer = async (variables: Record<string, unknown>, language = 'id', query = CREATE) => {
      const { errors } = await app.gql(query, variables, { headers: { 'accept-language': language } });
      expect(errors).toHaveLength(1);
      const [{ message, extensions }] = errors!;
      return { message, code: extensions.code, fields: extensions.fields };
    };
    // A date that is not on the calendar is not a "format" error.
    expect(await answer({ input: { ...input, endsOn: '2027-02-30' } })).toEqual({
      message: 'Tanggal 2027-02-30 tidak ada di kalender',
      code: 'BAD_USER_INPUT',
      fields: { endsOn: 'Tanggal 2027-02-30 tidak ada di kalender' },
    });
    expect(await answer({ input: { ...input, startsOn: '4/1/2027' } }, 'en')).toEqual({
      message: 'A date must look like YYYY-MM-DD, e.g. 2026-12-01',
      code: 'BAD_USER_INPUT',
      fields: { startsOn: 'A date must look like YYYY-MM-DD, e.g. 2026-12-01' },
    });
    expect(await answer({ input: { ...input, capacity: 'dua puluh' } })).toEqual({
      message: 'Isian ini tidak dalam bentuk yang benar',
      code: 'BAD_USER_INPUT',
      fields: { capacity: 'Isian ini tidak dalam bentuk yang benar' },
    });
    const WEEK = `query($id: ID!, $from: DateTime!, $to: DateTime!) { hub(id: $id) { attendance(from: $from, to: $to) { sessions } } }`;
    expect(await answer({ id: input.hubId, from: '2027-02-29T00:00:00+07:00', to: '2027-03-01T00:00:00+07:00' }, 'en', WEEK)).toEqual({
      message: '2027-02-29 is not a date on the calendar',
      code: 'BAD_USER_INPUT',
      fields: { from: '2027-02-29 is not a date on the calendar' },
    });
    // A request the server cannot read at all: said plainly, GraphQL's own words kept for developers.
    const unreadable = await app.gql('{ nope }', {}, { headers: { 'accept-language': 'en' } });
    expect(unreadable.errors?.[0].message).toBe('The server cannot read this request; reload the page or update the app');
    expect(unreadable.errors?.[0].extensions.detail).toMatch(/Cannot query field "nope"/);
  });
});

describe('security: production settings', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({
      env: { NODE_ENV: 'production', JWT_SECRET: randomBytes(36).toString('base64url'), PUBLIC_URL: 'https://sanggar.example.id' },
    });
  });
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    const response = await app.gql(`{ __schema { types { name } } }`);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.data ?? null).toBeNull();
  });
});
