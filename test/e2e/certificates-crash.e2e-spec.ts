import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { TestApp, eventually } from '../support/harness.js';
import { freePort, printed, startProcess, terminate } from '../support/processes.js';
import { day } from '../support/time.js';
import { JOB_CONCURRENCY } from '../../apps/worker/src/job-runner.js';

const TRAINEES = 200;

const startWorkerProcess = (app: TestApp) => startProcess(app, 'worker');
const running = (worker: ChildProcess) => printed(worker, 'worker is running');

describe('processes: clean stops, and a worker killed in the middle of a certificate batch', () => {
  let app: TestApp;
  const processes: ChildProcess[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(async () => {
    for (const child of processes) if (child.exitCode === null) child.kill('SIGKILL');
    await app.close();
  });

  it('stops cleanly on SIGTERM: shutdown hooks close the queues and connections', async () => {
    const worker = startWorkerProcess(app);
    processes.push(worker);
    await running(worker);
    const { code, output } = await terminate(worker);
    expect(code).toBe(0);
    expect(output).toContain('Sanggar worker stopped.');
  }, 60_000);

  it('stops the api cleanly on SIGTERM: it stops listening, closes its connections and says so', async () => {
    const port = await freePort();
    const api = startProcess(app, 'api', { PORT: String(port) });
    processes.push(api);
    await printed(api, 'Sanggar is ready');
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    const { code, output } = await terminate(api);
    expect(code).toBe(0);
    expect(output).toContain('Sanggar api stopped.');
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
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
      startsOn: day(-33),
      endsOn: day(-6),
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
        await db.query<
          {
            n: number;
          }[]
        >(`SELECT count(*)::int AS n FROM certificate_batch_item WHERE batch_id = $1 AND status = 'ISSUED'`, [batchId])
      )[0].n;

    const first = startWorkerProcess(app);
    processes.push(first);
    await eventually(async () => expect(await issued()).toBeGreaterThanOrEqual(20), 60_000);
    const killed = new Promise<NodeJS.Signals | null>((resolve) => first.on('exit', (_code, signal) => resolve(signal)));
    first.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');
    const atKill = await issued();
    expect(atKill).toBeLessThan(TRAINEES);

    processes.push(startWorkerProcess(app));
    await eventually(async () => expect(await issued()).toBe(TRAINEES), 120_000);

    const [{ certificates, holders }] = await db.query(
      `SELECT count(*)::int AS certificates, count(DISTINCT c.enrollment_id)::int AS holders FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id WHERE e.cohort_id = $1`,
      [cohort.id],
    );
    expect({ certificates, holders }).toEqual({ certificates: TRAINEES, holders: TRAINEES });
    // One email per trainee. A send the SIGKILL cut off after the SMTP server took it may be repeated
    // (SMTP has no exactly-once), but only as the same message: same Message-ID, which mail systems fold.
    const emails = () => app.mail.messages.filter((mail) => mail.subject?.startsWith('Sertifikat Anda'));
    const distinct = () => new Set(emails().map((mail) => mail.messageId)).size;
    await eventually(() => expect(distinct()).toBe(TRAINEES), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(distinct()).toBe(TRAINEES);
    const recipients = new Map(emails().map((mail) => [mail.messageId, JSON.stringify(mail.to)]));
    expect(new Set(recipients.values()).size).toBe(TRAINEES);
    // At most the jobs that were running when the worker died are repeated.
    expect(emails().length - TRAINEES).toBeLessThanOrEqual(JOB_CONCURRENCY);
  }, 240_000);
});
