import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the tests use; every test file gets its own database on it, cloned from the template global-setup.mjs migrated. */
const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const TEMPLATE_DATABASE = process.env.SANGGAR_TEST_TEMPLATE ?? 'sanggar_test_template';

const databaseUrl = (name: string) => `${TEST_SERVER_URL}/${name}`;

/** Runs statements on the server's maintenance database. */
async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database for one test file, and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sanggar_test_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return {
    url: databaseUrl(name),
    drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
