import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { TestApp } from './harness.js';

/** The real api or worker as its own process (TypeScript run through swc), so it can be signalled and killed like one. */
export function startProcess(app: TestApp, name: 'api' | 'worker', env: Record<string, string> = {}): ChildProcess {
  const { config } = app;
  return spawn(process.execPath, ['--import', '@swc-node/register/esm-register', `apps/${name}/src/main.ts`], {
    env: {
      PATH: process.env.PATH,
      // The shifted-clock run (scripts/test-shifted.sh) moves these processes' clocks too.
      ...pick(process.env, 'LD_PRELOAD', 'FAKETIME', 'FAKETIME_DONT_RESET'),
      NODE_ENV: 'test',
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      REDIS_PREFIX: config.REDIS_PREFIX,
      SMTP_URL: config.SMTP_URL,
      SANGGAR_KEY_DIR: config.SANGGAR_KEY_DIR,
      // The same secret as the in-process api, so the tests' access tokens work here too.
      JWT_SECRET: config.JWT_SECRET,
      PUBLIC_URL: config.PUBLIC_URL,
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const pick = (env: NodeJS.ProcessEnv, ...names: string[]) =>
  Object.fromEntries(names.filter((name) => env[name] !== undefined).map((name) => [name, env[name]!]));

/** Resolves once the process has printed `text`. */
export const printed = (child: ChildProcess, text: string) =>
  new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(text) && resolve()));

/** Sends SIGTERM and returns the exit code and everything printed from then on. */
export async function terminate(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return { code: await exited, output };
}

/** A port nobody listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The resident memory of a running process, in MiB (Linux). */
export async function residentMiB(child: ChildProcess): Promise<number> {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}
