import { DataSource } from 'typeorm';
import { dataSourceOptions, preparedRows } from '@sanggar/database';
import { createTestDatabase } from '../support/databases.js';

/** preparedRows: hot reads as named prepared statements, planned once per connection. */
describe('preparedRows', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const SQUARES = 'SELECT n, n * n AS square FROM generate_series(1, $1::int) AS n ORDER BY n';

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection: what one statement prepares, the next one sees.
    const options = dataSourceOptions(database.url);
    dataSource = await new DataSource({ ...options, extra: { ...options.extra, max: 1 } }).initialize();
    await dataSource.query('CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)');
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const preparedOnConnection = () =>
    dataSource.query<{ name: string; statement: string }[]>(`SELECT name, statement FROM pg_prepared_statements ORDER BY name`);

  it('answers as a plain query does, and leaves the statement prepared under a name made from its text', async () => {
    expect(await preparedRows(dataSource.manager, SQUARES, [3])).toEqual(await dataSource.query(SQUARES, [3]));
    expect(await preparedRows(dataSource.manager, SQUARES, [2])).toEqual([
      { n: 1, square: 1 },
      { n: 2, square: 4 },
    ]);
    const prepared = await preparedOnConnection();
    expect(prepared).toEqual([{ name: expect.stringMatching(/^sanggar_[0-9a-f]{24}$/), statement: SQUARES }]);
  });

  it('inside a transaction reads on that transaction’s connection, its own writes included', async () => {
    const seen = await dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO note (id, body) VALUES (1, 'belum disimpan')`);
      return preparedRows(manager, 'SELECT body FROM note WHERE id = $1', [1]);
    });
    expect(seen).toEqual([{ body: 'belum disimpan' }]);
  });

  it('gives PostgreSQL’s error for a bad value, as a plain query does', async () => {
    await expect(preparedRows(dataSource.manager, SQUARES, ['tiga'])).rejects.toMatchObject({ code: '22P02' });
    // The connection is still usable afterwards.
    expect(await preparedRows(dataSource.manager, SQUARES, [1])).toEqual([{ n: 1, square: 1 }]);
  });
});
