import type { ChildProcess } from 'node:child_process';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { ExecutionBudget, REQUEST_LIMITS } from '../../apps/api/src/graphql/limits.js';
import type { Person } from '../support/factories.js';
import { TestApp } from '../support/harness.js';
import { freePort, printed, residentMiB, startProcess } from '../support/processes.js';
import { at, day } from '../support/time.js';

/** A depth-12 selection that goes round `cycle` (e.g. `sessions { cohort {`) until `leaf`. */
const cycle = (open: string[], leaf: string, depth: number) => {
  const fields = Array.from({ length: depth - 1 }, (_, i) => open[i % open.length]);
  return `${fields.map((field) => `${field} {`).join(' ')} ${leaf} ${'}'.repeat(fields.length)}`;
};

// The attacks of the hardening audit, as observed: each took the api down before.
const aliased = (selection: string) => Array.from({ length: 15 }, (_, i) => `a${i}: ${selection}`).join(' ');
const TRAINEE_CYCLE = (cohortId: string) => `{ ${aliased(`cohort(id: "${cohortId}") { ${cycle(['sessions', 'cohort'], 'id', 11)} }`)} }`;
const ANONYMOUS_ROOMS = `{ hubs { ${cycle(['rooms', 'hub'], 'id', 11)} } }`;
const MENTOR_ROSTERS = (cohortId: string) =>
  `query($n: Int) { ${aliased(
    `cohort(id: "${cohortId}") { enrollments(first: $n) { edges { node { cohort { enrollments(first: $n) { edges { node { id } } } } } } } }`,
  )} }`;

describe('limits: no request can exhaust the api', () => {
  let app: TestApp;
  let api: ChildProcess;
  let base: string;
  let trainee: Person;
  let mentor: Person;
  let cohortId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const hub = await app.factory.hub();
    for (let i = 0; i < 20; i++) await app.factory.room(hub.id);
    const cohort = await app.factory.cohort(hub.id, { capacity: 150, startsOn: day(-7), endsOn: day(56) });
    cohortId = cohort.id;
    const coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.mentor(hub.id);
    trainee = await app.factory.trainee(hub.id);
    await app.as(coordinator).gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, {
      c: cohort.id,
      m: mentor.user.id,
    });
    await app.factory.enroll(cohort.id, [trainee.user.id, ...(await app.factory.trainees(hub.id, 100))]);
    const room = await app.factory.room(hub.id, { capacity: 200 });
    for (let d = 1; d <= 9; d++) {
      await app.as(coordinator).gql(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
        input: { cohortId: cohort.id, title: `Sesi ${d}`, roomId: room.id, startsAt: at(d, '09:00'), endsAt: at(d, '11:00') },
      });
    }
    const port = await freePort();
    api = startProcess(app, 'api', { PORT: String(port) });
    await printed(api, 'Sanggar is ready');
    base = `http://127.0.0.1:${port}`;
  }, 120_000);
  afterAll(async () => {
    api?.kill('SIGKILL');
    await app.close();
  });

  const send = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
    return { status: response.status, body, ms: performance.now() - started };
  };

  /** Sends the request while /health is asked every 50 ms; returns the answer and the slowest /health. */
  async function whileWatchingHealth<T>(request: () => Promise<T>): Promise<{ answer: T; slowestHealthMs: number }> {
    let slowestHealthMs = 0;
    let running = true;
    const watch = (async () => {
      while (running) {
        const started = performance.now();
        expect((await fetch(`${base}/health`)).status).toBe(200);
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const answer = await request();
    running = false;
    await watch;
    return { answer, slowestHealthMs };
  }

  it.each([
    ['a trainee’s 15 aliases of the depth-12 cohort → sessions cycle', () => send(TRAINEE_CYCLE(cohortId), {}, trainee.token)],
    ['an anonymous hubs → rooms → hub cycle on a hub of 21 rooms', () => send(ANONYMOUS_ROOMS)],
    ['a mentor’s 15 aliases of nested rosters with first: $n = 100', () => send(MENTOR_ROSTERS(cohortId), { n: 100 }, mentor.token)],
    ['the same rosters relying on the default first', () => send(MENTOR_ROSTERS(cohortId), {}, mentor.token)],
  ])('refuses %s at once, and stays up', async (_, attack) => {
    const before = await residentMiB(api);
    const { answer, slowestHealthMs } = await whileWatchingHealth(attack);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' } })]);
    expect(answer.body.errors![0].message).toMatch(/terlalu besar/);
    expect(answer.ms).toBeLessThan(1000);
    expect(slowestHealthMs).toBeLessThan(1000);
    // The process stays small: a refused request allocates next to nothing.
    expect(await residentMiB(api)).toBeLessThan(Math.max(before + 50, 400));
  });

  it('answers the same questions asked within the limits', async () => {
    const roster = await send(
      `query($id: ID!) { cohort(id: $id) { enrollments(first: 100) { totalCount edges { node { trainee { fullName } } } } sessions { id room { name } } } }`,
      { id: cohortId },
      mentor.token,
    );
    expect(roster.body.errors).toBeUndefined();
    expect(roster.body.data).toMatchObject({ cohort: { enrollments: { totalCount: 101 }, sessions: expect.any(Array) } });
    const hubs = await send(`{ hubs { rooms { name } } }`);
    expect(hubs.body.errors).toBeUndefined();
  });

  it('refuses a first beyond a list’s cap, naming the argument', async () => {
    const refused = await send(`query($id: ID!) { cohort(id: $id) { sessions(first: 201) { id } } }`, { id: cohortId }, mentor.token);
    expect(refused.body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: { first: 'first: antara 0 dan 200' },
    });
    const paged = await send(`{ hubs(first: 500) { id } }`);
    expect(paged.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
  });

  it('makes the api’s own resolvers spend from the request’s budget: once it is spent, they fail with the limit’s reason', async () => {
    const { schema } = app.get(GraphQLSchemaHost);
    const spent = new ExecutionBudget();
    expect(() => spent.spend(REQUEST_LIMITS.values + 1)).toThrow();
    const resolvers = [
      schema.getQueryType()!.getFields().privacyNoticeVersion,
      (schema.getType('Cohort') as GraphQLObjectType).getFields().sessions,
    ];
    for (const field of resolvers) {
      let error: unknown;
      try {
        await field.resolve!(undefined, {}, { budget: spent }, {} as GraphQLResolveInfo);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toMatchObject({ details: { reason: 'ANSWER_TOO_LARGE' } });
    }
  });

  it('answers in compact JSON: indentation would make a large answer a third bigger', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${trainee.token}` },
      body: JSON.stringify({ query: 'query($id: ID!) { cohort(id: $id) { id sessions(first: 5) { id } } }', variables: { id: cohortId } }),
    });
    const text = await response.text();
    const answer = JSON.parse(text) as { data: { cohort: { id: string } } };
    expect(answer.data.cohort.id).toBe(cohortId);
    expect(text).toBe(JSON.stringify(answer));
  });
});
