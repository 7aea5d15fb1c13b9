import { type ChildProcess, spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { TestApp, eventually } from '../support/harness.js';

const TRAINEES = 200;

/** The real worker as its own process (TypeScript run through swc), so it can be killed like one. */
function startWorkerProcess(app: TestApp): ChildProcess {
  const { config } = app;
  return spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/worker/src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      REDIS_PREFIX: config.REDIS_PREFIX,
      SMTP_URL: config.SMTP_URL,
      SANGGAR_KEY_DIR: config.SANGGAR_KEY_DIR,
      PUBLIC_URL: config.PUBLIC_URL,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const running = (worker: ChildProcess) =>
  new Promise<void>((resolve) => worker.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('worker is running') && resolve()));

describe('certificates: the worker is killed in the middle of a batch', () => {
  let app: TestApp;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await app.close();
  });

  it('stops cleanly on SIGTERM: shutdown hooks close the queues and connections', async () => {
    const worker = startWorkerProcess(app);
    workers.push(worker);
    await running(worker);
    let output = '';
    worker.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => worker.on('exit', (code) => resolve(code)));
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Sanggar worker stopped.');
  }, 60_000);

  it(`issues exactly one certificate and one email to each of ${TRAINEES} trainees after a SIGKILL and a restart`, async () => {
    const hub = await app.factory.hub();
    const coordinator = await app.factory.coordinator(hub.id);
    const curriculum = await app.factory.publishedCurriculum(hub.id, {
      rule: { minAttendanceRate: 0, minFinalScore: 0, requireAllAssignments: false },
      assignments: [{ passingScore: 0 }],
    });
    const cohort = await app.factory.cohort(hub.id, {
      curriculumId: curriculum.id,
      capacity: TRAINEES,
      startsOn: '2026-11-01',
      endsOn: '2026-11-27',
    });
    const db = app.get(DataSource);
    const trainees = await app.factory.trainees(hub.id, TRAINEES);
    await db.query(`INSERT INTO enrollment (cohort_id, trainee_id, status) SELECT $1, unnest($2::uuid[]), 'ENROLLED'`, [
      cohort.id,
      trainees,
    ]);
    await db.query(`UPDATE cohort SET status = 'RUNNING' WHERE id = $1`, [cohort.id]);
    const completed = await app.gql<{ completeCohort: { id: string } }>(
      `mutation($id: ID!) { completeCohort(id: $id) { id } }`,
      { id: cohort.id },
      { token: coordinator.token },
    );
    const batchId = completed.data!.completeCohort.id;
    const issued = async () =>
      (
        (await db.query(`SELECT count(*)::int AS n FROM certificate_batch_item WHERE batch_id = $1 AND status = 'ISSUED'`, [batchId])) as {
          n: number;
        }[]
      )[0].n;

    workers.push(startWorkerProcess(app));
    await eventually(async () => expect(await issued()).toBeGreaterThanOrEqual(20), 60_000);
    workers[0].kill('SIGKILL');
    const atKill = await issued();
    expect(atKill).toBeLessThan(TRAINEES);

    workers.push(startWorkerProcess(app));
    await eventually(async () => expect(await issued()).toBe(TRAINEES), 120_000);

    const [{ certificates, holders }] = await db.query(
      `SELECT count(*)::int AS certificates, count(DISTINCT c.enrollment_id)::int AS holders FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id WHERE e.cohort_id = $1`,
      [cohort.id],
    );
    expect({ certificates, holders }).toEqual({ certificates: TRAINEES, holders: TRAINEES });
    const emails = () => app.mail.messages.filter((mail) => mail.subject?.startsWith('Sertifikat Anda')).length;
    await eventually(() => expect(emails()).toBe(TRAINEES), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(emails()).toBe(TRAINEES);
  }, 240_000);
});
