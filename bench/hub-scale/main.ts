/**
 * `npm run bench:hub-scale`: every persona's most frequent queries on a hub the size of Hetero Space
 * Semarang (see data-set.ts), through the real api started as in production (built, demo data,
 * `NODE_ENV=production`), at 1 and 4 connections. Prints p50/p95/p99, requests per second, and the
 * SQL statements and SQL time per request (totals counted inside the api by sql-probe.mjs, divided by the run's requests),
 * and the api process's CPU per request.
 *
 * BENCH_SCALE (default 1), BENCH_HISTORY_YEARS (default 2), BENCH_SECONDS per run (default 8),
 * BENCH_CONNECTIONS (default 1,4), BENCH_ONLY (a pattern: only the queries whose name matches),
 * BENCH_API_FLAGS (more Node flags for the measured api, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`);
 * BENCH_BASELINE (another build, measured side by side) with BENCH_BASELINE_FLAGS (its api's flags
 * instead of BENCH_API_FLAGS): set BENCH_BASELINE to this checkout to compare Node flags side by side;
 * BENCH_KEEP=true keeps the database afterwards, to EXPLAIN what the table shows.
 * Target (issue 20): every p95 ≤ 50 ms at 4 connections.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-data.js';
import { freePort } from '../../test/support/processes.js';
import { leanSender } from '../lean-http.js';
import { SERVER, cpuMilliseconds, onServer, percentile, startApi, stop, underLoad } from '../support.js';
import { apiAt, graphqlRequest, login, send, sqlTotals } from './api.js';
import { type DataSet, buildDataSet, describeDataSet } from './data-set.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const HISTORY_YEARS = Number(process.env.BENCH_HISTORY_YEARS ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,4').split(',').map(Number);
const ONLY = new RegExp(process.env.BENCH_ONLY ?? '', 'i');
const flags = (text: string) => text.split(' ').filter(Boolean);
const API_FLAGS = flags(process.env.BENCH_API_FLAGS ?? '');
/** A data set kept by BENCH_KEEP: measured again without building it. */
const KEPT_DATABASE = process.env.BENCH_DATABASE;
/** Another build's checkout (e.g. `git worktree add` of an earlier commit, built, node_modules linked): measured side by side. */
const BASELINE = process.env.BENCH_BASELINE;
const BASELINE_FLAGS = process.env.BENCH_BASELINE_FLAGS === undefined ? API_FLAGS : flags(process.env.BENCH_BASELINE_FLAGS);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_P95_MS = 50;

/** The web app's own operations (with the fragments they use), by name, from its generated documents. */
function webAppOperations(): Map<string, string> {
  const source = readFileSync(new URL('../../apps/web/src/gql/gql.ts', import.meta.url), 'utf8');
  const block = source.split('type Documents = {')[1].split('};')[0];
  const documents = [...block.matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:/gm)].map((match) => JSON.parse(match[1]) as string);
  const fragments = new Map(documents.flatMap((doc) => [...doc.matchAll(/fragment (\w+) on/g)].map((m): [string, string] => [m[1], doc])));
  const withFragments = (doc: string, seen = new Set<string>()): string => {
    // Each fragment once, however many times the document spreads it.
    const used = [...new Set([...doc.matchAll(/\.\.\.(\w+)/g)].map((m) => m[1]))].filter((name) => !seen.has(name) && fragments.has(name));
    used.forEach((name) => seen.add(name));
    return [doc, ...used.map((name) => withFragments(fragments.get(name)!, seen))].join('\n');
  };
  return new Map(
    documents.flatMap((doc) => [...doc.matchAll(/^\s*query (\w+)/gm)].map((m): [string, string] => [m[1], withFragments(doc)])),
  );
}

interface Case {
  persona: 'trainee' | 'mentor' | 'coordinator' | 'public';
  name: string;
  /** A web-app operation name, a GraphQL document, or an HTTP path to GET. */
  operation?: string;
  query?: string;
  path?: string;
  variables?: Record<string, unknown>;
}

function cases(data: DataSet, mentorId: string): Case[] {
  const now = DateTime.now().setZone('Asia/Jakarta');
  const week = { from: now.startOf('week').toISO(), to: now.startOf('week').plus({ weeks: 1 }).toISO() };
  const big = data.bigCohortId;
  return [
    { persona: 'trainee', name: 'home', operation: 'TraineeHome', variables: week },
    { persona: 'trainee', name: 'my cohort: lessons with completedAt, sessions, my work', operation: 'CohortPage', variables: { id: big } },
    { persona: 'trainee', name: 'a lesson', operation: 'LessonPage', variables: { cohortId: big, id: data.lessonId } },
    { persona: 'trainee', name: 'my progress', operation: 'MyProgress' },
    {
      persona: 'trainee',
      name: 'my schedule (a month)',
      operation: 'MySchedule',
      variables: { from: week.from, to: now.plus({ months: 1 }).toISO() },
    },
    { persona: 'mentor', name: 'my cohorts', operation: 'TeachingCohorts', variables: { hubId: data.hubId } },
    { persona: 'mentor', name: 'my week', operation: 'TeachingWeek', variables: { ...week, mentorId } },
    { persona: 'mentor', name: 'register of a session (200)', operation: 'SessionRegister', variables: { id: data.heldSessionId } },
    {
      persona: 'mentor',
      name: 'attendance grid of my cohort (sessions × 200)',
      query: `query($id: ID!) { cohort(id: $id) { sessions(first: 30) { id startsAt status attendance(first: 200) { status trainee { id } } } } }`,
      variables: { id: big },
    },
    { persona: 'mentor', name: 'grading queue of my cohort', operation: 'GradingQueue', variables: { cohortId: big, status: 'SUBMITTED' } },
    {
      persona: 'coordinator',
      name: 'hub home',
      operation: 'HubHome',
      variables: {
        hubId: data.hubId,
        from: now.startOf('day').toISO(),
        to: now.endOf('day').toISO(),
        weekFrom: week.from,
        weekTo: week.to,
      },
    },
    { persona: 'coordinator', name: 'cohorts of the hub', operation: 'HubCohorts', variables: { hubId: data.hubId } },
    { persona: 'coordinator', name: 'roster (200)', operation: 'CohortRoster', variables: { id: big } },
    { persona: 'coordinator', name: 'progress, 100 of 200', operation: 'CohortProgress', variables: { id: big } },
    { persona: 'coordinator', name: 'progress of a cohort of 30', operation: 'CohortProgress', variables: { id: data.smallCohortId } },
    { persona: 'coordinator', name: 'progress.csv (200)', path: `/cohorts/${big}/progress.csv` },
    { persona: 'coordinator', name: 'manage a cohort', operation: 'ManageCohort', variables: { id: big } },
    { persona: 'coordinator', name: 'member directory, first page', operation: 'Members', variables: { hubId: data.hubId } },
    {
      persona: 'coordinator',
      name: 'member directory, search "ayu"',
      operation: 'Members',
      variables: { hubId: data.hubId, search: 'ayu' },
    },
    { persona: 'coordinator', name: 'a person', operation: 'PersonPage', variables: { id: data.personId } },
    { persona: 'coordinator', name: 'curricula', operation: 'HubCurricula', variables: { hubId: data.hubId } },
    {
      persona: 'coordinator',
      name: 'start-up directory (200, members + mentors)',
      query: `query($hubId: ID!) { startups(hubId: $hubId, first: 200) { id name sector members { id fullName } mentors { id fullName } } }`,
      variables: { hubId: data.hubId },
    },
    {
      persona: 'coordinator',
      name: 'mentor directory (200)',
      query: `query($hubId: ID!) { mentors(hubId: $hubId, first: 200) { expertise maxMentees activeMentees mentor { id fullName } } }`,
      variables: { hubId: data.hubId },
    },
    {
      persona: 'coordinator',
      name: 'suggest mentors for a start-up',
      query: `query($id: ID!) { suggestMentors(startupId: $id) { score reasons mentor { id fullName } } }`,
      variables: { id: data.startupId },
    },
    {
      persona: 'public',
      name: 'verify a certificate',
      query: `query($code: String!) { verifyCertificate(code: $code) { valid status holderName cohortName issuedAt } }`,
      variables: { code: data.verificationCode },
    },
  ];
}

type Persona = Exclude<Case['persona'], 'public'>;

/** A built api serving the data set as in production, with the probe that counts each request's SQL. */
interface Served {
  child: ChildProcess;
  origin: string;
  tokens: Record<Persona, string>;
}

async function serve(database: string, data: DataSet, directory?: string, apiFlags = API_FLAGS): Promise<Served> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const probe = new URL('./sql-probe.mjs', import.meta.url).pathname;
  const child = await startApi(database, port, { production: true, directory, nodeArguments: ['--import', probe, ...apiFlags] });
  const as = (email: string) => login(apiAt(origin), email, DEMO_PASSWORD);
  return {
    child,
    origin,
    tokens: { trainee: await as(data.trainee), mentor: await as(data.mentor), coordinator: await as(data.coordinator) },
  };
}

interface Run {
  latencies: number[];
  statements: number;
  sqlMilliseconds: number;
  seconds: number;
  cpuMilliseconds: number;
}

/** How one case is sent to one api: a GraphQL request (a web-app operation or a document) or a GET. */
function requestOf(test: Case, served: Served, operations: Map<string, string>): () => Request {
  const token = test.persona === 'public' ? undefined : served.tokens[test.persona];
  const query = test.operation ? operations.get(test.operation) : test.query;
  if (test.operation && !query) throw new Error(`the web app has no operation ${test.operation}`);
  return () =>
    test.path
      ? new Request(`${served.origin}${test.path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
      : graphqlRequest(served.origin, query!, test.variables, token);
}

async function run(served: Served, make: () => Request, connections: number): Promise<Run> {
  const sqlBefore = await sqlTotals(served.origin);
  const cpuBefore = cpuMilliseconds(served.child);
  const sender = await leanSender(make(), connections);
  const { latencies, seconds } = await underLoad(sender.send, connections, SECONDS).finally(sender.close);
  const cpu = cpuMilliseconds(served.child) - cpuBefore;
  const sqlAfter = await sqlTotals(served.origin);
  return {
    latencies,
    statements: sqlAfter.statements - sqlBefore.statements,
    sqlMilliseconds: sqlAfter.milliseconds - sqlBefore.milliseconds,
    seconds,
    cpuMilliseconds: cpu,
  };
}

/** Several runs of the same case as one: their answers pooled. */
const pooled = (runs: Run[]): Run => ({
  latencies: runs.flatMap((r) => r.latencies).sort((a, b) => a - b),
  statements: runs.reduce((sum, r) => sum + r.statements, 0),
  sqlMilliseconds: runs.reduce((sum, r) => sum + r.sqlMilliseconds, 0),
  seconds: runs.reduce((sum, r) => sum + r.seconds, 0),
  cpuMilliseconds: runs.reduce((sum, r) => sum + r.cpuMilliseconds, 0),
});

const figures = ({ latencies, statements, sqlMilliseconds, seconds, cpuMilliseconds }: Run) => {
  const perRequest = (total: number) => (total / latencies.length).toFixed(1);
  return {
    requestsPerSecond: (latencies.length / seconds).toFixed(0),
    percentiles: [50, 95, 99].map((p) => percentile(latencies, p).toFixed(1)),
    p95: percentile(latencies, 95),
    statements: perRequest(statements),
    sqlMilliseconds: perRequest(sqlMilliseconds),
    apiCpu: perRequest(cpuMilliseconds),
  };
};

const answerOf = async (make: () => Request) => (await fetch(make())).text();

async function main() {
  const database = KEPT_DATABASE ?? `sanggar_bench_hub_${randomBytes(4).toString('hex')}`;
  let served: Served | undefined;
  let baseline: Served | undefined;
  try {
    const data = KEPT_DATABASE ? await describeKept(KEPT_DATABASE) : await build(database);
    served = await serve(database, data);
    // Side by side: both builds on the same data at once, in alternating rounds, so an hour's speed favours neither.
    if (BASELINE) baseline = await serve(database, data, BASELINE, BASELINE_FLAGS);
    const { me } = await apiAt(served.origin).gql<{ me: { id: string } }>('{ me { id } }', {}, served.tokens.mentor);
    const { verifyCertificate } = await apiAt(served.origin).gql<{ verifyCertificate: { valid: boolean } }>(
      'query($code: String!) { verifyCertificate(code: $code) { valid } }',
      { code: data.verificationCode },
    );
    if (!verifyCertificate.valid)
      throw new Error(`certificate ${data.verificationCode} does not verify: the verify case would measure a refusal`);

    const operations = webAppOperations();
    console.log(`\nPersona queries through the API (${SECONDS} s per run after warm-up; SQL per request counted inside the api)\n`);
    if (baseline) {
      const withFlags = (list: string[]) => (list.length ? ` (${list.join(' ')})` : '');
      console.log(
        `Side by side with the build in ${BASELINE}${withFlags(BASELINE_FLAGS)} (before → after${withFlags(API_FLAGS)}), ${ROUNDS} alternating rounds each, pooled:\n`,
      );
      console.log('| persona | query | conns | req/s | p95 ms | api CPU ms | SQL statements | same answer |');
      console.log('|---|---|---:|---|---|---|---|---|');
    } else {
      console.log('| persona | query | conns | req/s | p50 ms | p95 ms | p99 ms | SQL statements | SQL ms | api CPU ms |');
      console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    }
    const missed: string[] = [];
    for (const test of cases(data, me.id).filter((test) => ONLY.test(`${test.persona}: ${test.name}`))) {
      const make = requestOf(test, served, operations);
      for (let i = 0; i < 10; i++) await send(served.origin, make());
      if (baseline) {
        const makeBefore = requestOf(test, baseline, operations);
        for (let i = 0; i < 10; i++) await send(baseline.origin, makeBefore());
        const same = (await answerOf(makeBefore)) === (await answerOf(make)) ? 'yes' : '**NO**';
        for (const connections of CONNECTIONS) {
          const before: Run[] = [];
          const after: Run[] = [];
          for (let round = 0; round < ROUNDS; round++) {
            const order =
              round % 2
                ? ([
                    [after, served, make],
                    [before, baseline, makeBefore],
                  ] as const)
                : ([
                    [before, baseline, makeBefore],
                    [after, served, make],
                  ] as const);
            for (const [runs, api, request] of order) runs.push(await run(api, request, connections));
          }
          const [b, a] = [figures(pooled(before)), figures(pooled(after))];
          const change = (from: string, to: string) => `${from} → ${to}`;
          const cells = [
            change(b.requestsPerSecond, a.requestsPerSecond),
            change(b.percentiles[1], a.percentiles[1]),
            change(b.apiCpu, a.apiCpu),
            change(b.statements, a.statements),
            same,
          ];
          console.log(`| ${test.persona} | ${test.name} | ${connections} | ${cells.join(' | ')} |`);
        }
        continue;
      }
      for (const connections of CONNECTIONS) {
        const measured = figures(await run(served, make, connections));
        if (connections === 4 && measured.p95 > TARGET_P95_MS) missed.push(`${test.persona}: ${test.name}`);
        const cells = [measured.requestsPerSecond, ...measured.percentiles, measured.statements, measured.sqlMilliseconds, measured.apiCpu];
        console.log(`| ${test.persona} | ${test.name} | ${connections} | ${cells.join(' | ')} |`);
      }
    }
    if (CONNECTIONS.includes(4) && !baseline)
      console.log(
        missed.length
          ? `\nTarget p95 ≤ ${TARGET_P95_MS} ms at 4 connections NOT met by: ${missed.join('; ')}.`
          : `\nTarget p95 ≤ ${TARGET_P95_MS} ms at 4 connections: met by every query.`,
      );
  } finally {
    for (const api of [served, baseline]) if (api) await stop(api.child);
    if (KEPT_DATABASE || process.env.BENCH_KEEP === 'true') console.log(`\nThe data set is kept in database ${database}.`);
    else await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

/** Builds the data set through an api with the demo data (rules through the API, volume by COPY). */
async function build(database: string): Promise<DataSet> {
  await onServer(`CREATE DATABASE ${database}`);
  const port = await freePort();
  const api = await startApi(database, port);
  let data: DataSet;
  try {
    const started = performance.now();
    data = await buildDataSet(apiAt(`http://127.0.0.1:${port}`), `${SERVER}/${database}`, {
      scale: SCALE,
      historyYears: HISTORY_YEARS,
    });
    console.log(
      `\nData set built in ${((performance.now() - started) / 1000).toFixed(0)} s (scale ${SCALE}, ${HISTORY_YEARS} years of history):`,
    );
    printCounts(data);
  } finally {
    await stop(api);
  }
  const db = new pg.Client({ connectionString: `${SERVER}/${database}` });
  await db.connect();
  await vacuumed(db).finally(() => db.end());
  return data;
}

/**
 * A live hub's tables have been vacuumed by autovacuum: with the visibility map set, index-only scans
 * (grading counts, attendance tallies) skip the heap. Right after the bulk load a VACUUM often marks
 * almost nothing (seen: 1 of session's 220 pages; something still running holds the horizon back),
 * so it runs again until at least 99 % of the pages are marked.
 */
async function vacuumed(db: pg.Client) {
  for (let attempt = 1; ; attempt++) {
    await db.query('VACUUM (ANALYZE)');
    const { rows } = await db.query<{ pages: number; marked: number }>(
      `SELECT sum(relpages)::int AS pages, sum(relallvisible)::int AS marked
         FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
    );
    const [{ pages, marked }] = rows;
    if (marked >= 0.99 * pages) return;
    if (attempt === 10)
      return console.warn(`Only ${marked} of ${pages} pages are marked all-visible: index-only scans will read the heap.`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

async function describeKept(database: string): Promise<DataSet> {
  const db = new pg.Client({ connectionString: `${SERVER}/${database}` });
  await db.connect();
  const data = await describeDataSet(db).finally(() => db.end());
  console.log(`\nThe data set kept in ${database}:`);
  printCounts(data);
  return data;
}

const printCounts = (data: DataSet) =>
  console.log(
    Object.entries(data.counts)
      .map(([table, count]) => `${table} ${count.toLocaleString('en')}`)
      .join(' · '),
  );

await main();
