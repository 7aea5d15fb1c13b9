import { DataSource } from 'typeorm';
import { OutboxFinished1795868108526 } from '../../libs/database/src/migrations/1795868108526-OutboxFinished.js';
import { TestApp } from '../support/harness.js';

/** The migration that brought outbox redelivery counts the jobs already due as run, and keeps watching those ahead. */
describe('migration OutboxFinished', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('marks published jobs that were due as finished, and leaves delayed ones and unpublished ones unfinished', async () => {
    const runner = app.get(DataSource).createQueryRunner();
    const migration = new OutboxFinished1795868108526();
    try {
      await migration.down(runner);
      const add = (jobId: string, runAt: string | null, published: boolean) =>
        runner.query(
          `INSERT INTO outbox (job_name, job_id, data, run_at, published_at) VALUES ('mark-absent', $1, '{}', $2, CASE WHEN $3 THEN now() END)`,
          [jobId, runAt, published],
        );
      await add('due', null, true);
      await add('ahead', '2099-01-01T00:00:00Z', true);
      await add('unpublished', null, false);
      await migration.up(runner);
      const rows = (await runner.query(
        `SELECT job_id AS "jobId", finished_at IS NOT NULL AS finished FROM outbox WHERE job_id IN ('due', 'ahead', 'unpublished') ORDER BY job_id`,
      )) as { jobId: string; finished: boolean }[];
      expect(rows).toEqual([
        { jobId: 'ahead', finished: false },
        { jobId: 'due', finished: true },
        { jobId: 'unpublished', finished: false },
      ]);
    } finally {
      await runner.release();
    }
  });
});
