import { DataSource, type QueryRunner } from 'typeorm';
import { dataSourceOptions, pgTypes } from '@sanggar/database';
import { createTestDatabase } from '../support/databases.js';
import { at } from '../support/time.js';

/** The app's DataSource reads timestamptz with parseTimestamptz: the instants Postgres sends, in any session time zone. */
describe('timestamptz from Postgres', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  let session: QueryRunner;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    // One connection, so the time zone set below holds for the query after it.
    session = dataSource.createQueryRunner();
  });
  afterAll(async () => {
    await session.release();
    await dataSource.destroy();
    await database.drop();
  });

  it('gives the pool parseTimestamptz (pgTypes) for the values it reads', () => {
    const pool = (dataSource.driver as unknown as { master: { options: { types?: unknown } } }).master;
    expect(pool.options.types).toBe(pgTypes);
  });

  it.each(['UTC', 'Asia/Jakarta', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Africa/Monrovia'])(
    'reads each instant to the millisecond the server counts, written in %s (offsets of hours, minutes and seconds)',
    async (zone) => {
      await session.query(`SELECT set_config('TimeZone', $1, false)`, [zone]);
      // Before 1970 and the offsets of 1920 (Jakarta +07:07:12, Monrovia -00:44:30); sub-second fractions of 1 to 6 digits.
      const rows = (await session.query(
        `SELECT t AS instant, t::text AS text, floor(extract(epoch FROM t) * 1000)::bigint::text AS "epochMilliseconds"
           FROM (VALUES (now()), ('1920-03-01 08:00:00.5+00'::timestamptz), ('1970-01-01 00:00:00+00'), ('9999-12-31 00:00:00+00'),
                        ($1::timestamptz + interval '0.999999 s'), ($2::timestamptz + interval '0.057 s')) AS v(t)`,
        [at(26, '23:59:59'), at(194, '12:00')],
      )) as { instant: Date; text: string; epochMilliseconds: string }[];
      expect(rows.map((row) => [row.text, row.instant.getTime()])).toEqual(rows.map((row) => [row.text, Number(row.epochMilliseconds)]));
      expect(rows.every((row) => row.instant instanceof Date)).toBe(true);
    },
  );
});
