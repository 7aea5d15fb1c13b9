import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@sanggar/database';
import { createTestDatabase } from '../support/databases.js';

/** What every connection of the app's pool sets for its session (dataSourceOptions), over the server's defaults. */
describe('the pool’s session settings', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('plans for data held in memory and never compiles a statement with JIT, whatever the server’s defaults', async () => {
    const settings = await dataSource.query<{ name: string; setting: string; server_default: string }[]>(
      `SELECT name, setting, boot_val AS server_default FROM pg_settings WHERE name IN ('random_page_cost', 'jit') ORDER BY name`,
    );
    expect(settings).toEqual([
      { name: 'jit', setting: 'off', server_default: 'on' },
      { name: 'random_page_cost', setting: '1.1', server_default: '4' },
    ]);
  });
});
