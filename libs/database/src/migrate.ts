import { DataSource } from 'typeorm';
import { dataSourceOptions } from './options.js';
import { ensureDatabase } from './postgres.js';

/** Arbitrary constant: the advisory lock every Sanggar process takes while migrating. */
const MIGRATION_LOCK = 7_261_004_417;

/** Applies pending migrations; api and worker may start together, so they take turns under an advisory lock. */
export async function runMigrationsLocked(dataSource: DataSource): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.length;
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** Creates the database if needed and brings it to the latest migration, before any process uses it. */
export async function prepareDatabase(url: string): Promise<number> {
  await ensureDatabase(url);
  // Two connections: one holds the lock, the other runs the migrations.
  const dataSource = await new DataSource({ ...dataSourceOptions(url), extra: { max: 2 } }).initialize();
  try {
    return await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
