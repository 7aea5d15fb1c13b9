// Before any test file runs: drops databases that crashed runs left behind, rebuilds the template
// database from the migrations (each file then clones it in milliseconds), and builds the web app
// when its sources are newer than dist/web (the browser tests drive what the api serves).
// Plain JavaScript: Jest loads global setup without the TypeScript transform or path aliases.
import { execFileSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

const server = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const template = 'sanggar_test_template';

export default async function globalSetup() {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    const stale = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'sanggar\\_test\\_%'`);
    for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  execFileSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'tools/migrate.ts', `${server}/${template}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  await buildWebAppIfStale();
  // Test files (in worker processes started after this) clone it.
  process.env.SANGGAR_TEST_TEMPLATE = template;
  process.env.TEST_DATABASE_SERVER = server;
}

async function newestChange(path) {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  return Math.max(info.mtimeMs, ...(await Promise.all(entries.map((entry) => newestChange(join(path, entry))))));
}

async function buildWebAppIfStale() {
  const built = await stat('dist/web/index.html').then(
    (info) => info.mtimeMs,
    () => 0,
  );
  if (built > (await newestChange('apps/web'))) return;
  execFileSync('npm', ['run', '--silent', 'build:web'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
