import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { prepareDatabase } from '@sanggar/database';
import { createDataSource } from '../../tools/data-source.js';

const server = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

describe('migrations', () => {
  const name = `sanggar_test_empty_${randomBytes(4).toString('hex')}`;
  const url = `${server}/${name}`;

  afterAll(async () => {
    const client = new pg.Client({ connectionString: `${server}/postgres` });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });

  it('create, from nothing, exactly the schema the entities describe', async () => {
    expect(await prepareDatabase(url)).toBeGreaterThan(0);
    // Idempotent: a second start applies nothing.
    expect(await prepareDatabase(url)).toBe(0);

    const dataSource = await createDataSource(url).initialize();
    try {
      const drift = await dataSource.driver.createSchemaBuilder().log();
      expect(drift.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
