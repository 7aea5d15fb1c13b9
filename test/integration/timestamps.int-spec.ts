import pg from 'pg';
import { pgTypes } from '@sanggar/database';
import { createTestDatabase } from '../support/databases.js';

/** The api's pools read timestamptz with parseTimestamptz (pgTypes): the instants Postgres sends, in any session time zone. */
describe('timestamptz from Postgres', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url, types: pgTypes });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it.each(['UTC', 'Asia/Jakarta', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Africa/Monrovia'])(
    'reads each instant to the millisecond the server counts, written in %s (offsets of hours, minutes and seconds)',
    async (zone) => {
      await client.query(`SELECT set_config('TimeZone', $1, false)`, [zone]);
      const { rows } = await client.query<{ instant: Date; text: string; epochMilliseconds: string }>(
        `SELECT t AS instant, t::text AS text, floor(extract(epoch FROM t) * 1000)::bigint::text AS "epochMilliseconds"
           FROM (VALUES (now()), ('1920-03-01 08:00:00.5+00'::timestamptz), ('1970-01-01 00:00:00+00'), ('2026-12-31 23:59:59.999999+00'),
                        ('2027-06-15 12:00:00.057+00'), ('9999-12-31 00:00:00+00')) AS v(t)`,
      );
      expect(rows.map((row) => [row.text, row.instant.getTime()])).toEqual(rows.map((row) => [row.text, Number(row.epochMilliseconds)]));
    },
  );
});
