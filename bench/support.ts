import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Shared by the benchmarks: the database server, and the built api started with the demo data as `npm start` does. */
export const SERVER = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

export const onServer = async (sql: string) => {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};

export async function startApi(database: string, port: number): Promise<ChildProcess> {
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      SANGGAR_DEMO: 'true',
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
  return api;
}
