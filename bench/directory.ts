/**
 * `npm run bench:directory`: the member directory at the size of Hetero Space Semarang. Starts the
 * built api on a fresh database with the demo data, adds 13,000 members with Indonesian names to the
 * demo hub, and sends a coordinator's searches through the real API at 1 and 4 connections for a few
 * seconds each, printing p50/p95/p99 and requests per second. Target (the coordinator issue): p95 ≤ 50 ms.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Role } from '@sanggar/core';
import { DEMO_PASSWORD, demoLogins } from '../apps/api/src/seed/demo-data.js';
import { freePort } from '../test/support/processes.js';
import { SERVER, onServer, percentile, startApi, underLoad } from './support.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 13_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const TARGET_P95_MS = 50;

const FIRST = [
  'Ayu',
  'Bima',
  'Citra',
  'Dewi',
  'Eka',
  'Fajar',
  'Gita',
  'Hendra',
  'Indah',
  'Joko',
  'Kartika',
  'Laras',
  'Made',
  'Nur',
  'Putri',
  'Rizky',
  'Sekar',
  'Tri',
  'Wulan',
  'Yoga',
];
const LAST = [
  'Pratama',
  'Lestari',
  'Wibowo',
  'Saputra',
  'Anggraini',
  'Nugroho',
  'Kusuma',
  'Rahmawati',
  'Setiawan',
  'Hidayat',
  'Permata',
  'Santoso',
  'Maharani',
  'Purnomo',
  'Wijaya',
];

const QUERY = `query($hubId: ID!, $search: String, $role: Role, $after: String) {
  members(hubId: $hubId, search: $search, role: $role, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id fullName email role active } } } }`;

/** What a coordinator types: a first name, part of a surname, an email fragment, nothing (A to Z), a role, a next page. */
const SEARCHES: { name: string; variables: Record<string, unknown> }[] = [
  { name: 'everyone, A to Z (first page)', variables: {} },
  { name: 'first name "ayu"', variables: { search: 'ayu' } },
  { name: 'part of a surname "wibo"', variables: { search: 'wibo' } },
  { name: 'email fragment "1234@"', variables: { search: '1234@' } },
  { name: 'full name "laras maharani"', variables: { search: 'laras maharani' } },
  { name: 'mentors only', variables: { role: 'MENTOR' } },
];

async function seedMembers(database: string, hubId: string) {
  const client = new pg.Client({ connectionString: `${SERVER}/${database}` });
  await client.connect();
  await client.query(
    `WITH people AS (
       INSERT INTO "user" (email, full_name, role, locale, password_hash, email_verified_at)
       SELECT 'anggota-' || n || '@semarang.contoh.id', ($2::text[])[1 + n % array_length($2, 1)] || ' ' || ($3::text[])[1 + (n / 20) % array_length($3, 1)] || ' ' || n,
              CASE WHEN n % 50 = 0 THEN 'MENTOR' ELSE 'TRAINEE' END, 'id', 'not-a-login', now()
         FROM generate_series(1, $1::int) n RETURNING id)
     INSERT INTO hub_membership (user_id, hub_id, approved_at) SELECT id, $4, now() FROM people`,
    [MEMBERS, FIRST, LAST, hubId],
  );
  await client.query('ANALYZE');
  await client.end();
}

async function gql<T>(origin: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function main() {
  const database = `sanggar_bench_directory_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE ${database}`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let api: ChildProcess | undefined;
  try {
    api = await startApi(database, port);
    const coordinator = demoLogins().find((login) => login.role === Role.COORDINATOR)!;
    const { login } = await gql<{ login: { accessToken: string; user: { hubs: { id: string }[] } } }>(
      origin,
      `mutation($input: LoginInput!) { login(input: $input) { accessToken user { hubs { id } } } }`,
      { input: { email: coordinator.email, password: DEMO_PASSWORD } },
    );
    const hubId = login.user.hubs[0].id;
    await seedMembers(database, hubId);
    const token = login.accessToken;
    const { members } = await gql<{ members: { totalCount: number; pageInfo: { endCursor: string } } }>(origin, QUERY, { hubId }, token);
    const searches = [...SEARCHES, { name: 'next page (keyset)', variables: { after: members.pageInfo.endCursor } }];

    console.log(`\nMember directory of a hub with ${members.totalCount} members, through the API (${SECONDS} s per run after warm-up)\n`);
    console.log('| search | connections | requests/s | p50 (ms) | p95 (ms) | p99 (ms) |');
    console.log('|---|---:|---:|---:|---:|---:|');
    let worst = 0;
    for (const { name, variables } of searches) {
      const send = () => gql(origin, QUERY, { hubId, ...variables }, token);
      for (let i = 0; i < 20; i++) await send();
      for (const connections of [1, 4]) {
        const { latencies, seconds } = await underLoad(send, connections, SECONDS);
        const p95 = percentile(latencies, 95);
        worst = Math.max(worst, p95);
        const cells = [percentile(latencies, 50), p95, percentile(latencies, 99)].map((ms) => ms.toFixed(1));
        console.log(`| ${name} | ${connections} | ${(latencies.length / seconds).toFixed(0)} | ${cells.join(' | ')} |`);
      }
    }
    console.log(
      `\nTarget: p95 ≤ ${TARGET_P95_MS} ms — worst p95 here ${worst.toFixed(1)} ms (${worst <= TARGET_P95_MS ? 'met' : 'NOT met'}).`,
    );
  } finally {
    api?.kill('SIGTERM');
    await new Promise((resolve) => (api ? api.once('exit', resolve) : resolve(undefined)));
    await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

await main();
