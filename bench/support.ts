import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { NODE_FLAGS } from '../scripts/node-flags.mjs';

/** Shared by the benchmarks: the database server, and the built api started with the demo data as `npm start` does (or as in production). */
export const SERVER = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

export const onServer = async (sql: string) => {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};

export interface ApiOptions {
  /** Node flags for the api process (a preloaded probe, a heap setting). */
  nodeArguments?: string[];
  /** Started as in production (no demo seeding, a random JWT secret): measure on data seeded by an earlier start. */
  production?: boolean;
  /** The checkout whose build runs (another commit's worktree, to compare side by side); this one by default. */
  directory?: string;
}

export async function startApi(database: string, port: number, options: ApiOptions = {}): Promise<ChildProcess> {
  const api = spawn(process.execPath, [...NODE_FLAGS, ...(options.nodeArguments ?? []), 'dist/apps/api/main.js'], {
    cwd: options.directory,
    env: {
      ...process.env,
      ...(options.production
        ? { NODE_ENV: 'production', SANGGAR_DEMO: 'false', JWT_SECRET: randomBytes(48).toString('base64') }
        : { NODE_ENV: 'development', SANGGAR_DEMO: 'true' }),
      // Another build (options.directory) signs and verifies with this checkout's keys: the same certificates verify.
      SANGGAR_KEY_DIR: resolve(process.env.SANGGAR_KEY_DIR ?? 'var/keys'),
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: `${SERVER}/${database}`,
      REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    api.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Sanggar is ready') && resolve());
    api.on('exit', (code) => reject(new Error(`the api stopped (${code}); run npm run build first`)));
  });
  // From here on the api logs only warnings and errors (LOG_LEVEL=warn): show them beside the results.
  api.stdout.removeAllListeners('data').pipe(process.stderr);
  return api;
}

/** The p-th percentile of latencies sorted ascending. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Sends back to back on `connections` at once for `seconds`: each answer's latency (sorted) and what `send` returned. */
export async function underLoad<T>(send: () => Promise<T>, connections: number, seconds: number) {
  const latencies: number[] = [];
  const results: T[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const sent = performance.now();
        results.push(await send());
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), results, seconds: (performance.now() - started) / 1000 };
}

const CLOCK_TICKS_PER_SECOND = 100; // Linux's USER_HZ, the unit of /proc/<pid>/stat times

/**
 * CPU a process has used so far, in ms (Linux /proc; NaN elsewhere). Per request it is steadier
 * than latency on a shared machine, and it is what limits requests per second on two cores.
 */
export function cpuMilliseconds(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const [userTicks, systemTicks] = [Number(fields[11]), Number(fields[12])];
    return ((userTicks + systemTicks) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
