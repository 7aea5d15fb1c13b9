import pg from 'pg';
import { StartupError, withoutCredentials } from '@sanggar/core';

/** Postgres error codes the domain reacts to. */
export const PgError = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  CheckViolation: '23514',
  ExclusionViolation: '23P01',
  DeadlockDetected: '40P01',
  SerializationFailure: '40001',
  /** A value the column's type cannot read, e.g. a malformed uuid in an ID argument. */
  InvalidTextRepresentation: '22P02',
} as const;

/** The Postgres error code of a driver or TypeORM error, if any. */
export function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The constraint a Postgres error names, if any. */
export function pgConstraint(error: unknown): string | undefined {
  const e = error as { constraint?: unknown; driverError?: { constraint?: unknown } } | null;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return typeof name === 'string' ? name : undefined;
}

export class DatabaseUnreachableError extends StartupError {}

/** Creates the database named in the URL when it does not exist yet (connects to the `postgres` database to do so). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const reason = (error as { code?: string }).code ?? 'no answer';
    throw new DatabaseUnreachableError(
      `PostgreSQL is not reachable at ${withoutCredentials(url)} (${reason}). Start it — on our machines: ` +
        'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start; on a laptop: docker compose -f docker/compose.yml up -d postgres',
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`).catch((error: unknown) => {
        // Another process created it at the same moment: that is what we wanted.
        if ((error as { code?: string }).code !== '42P04') throw error;
      });
    }
  } finally {
    await client.end();
  }
}
