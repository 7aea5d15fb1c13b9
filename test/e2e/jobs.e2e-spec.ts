import { randomUUID } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ConfigModule, StartupError } from '@sanggar/core';
import { dataSourceOptions } from '@sanggar/database';
import { EmailOnceService } from '@sanggar/notifications';
import { HandlesJob, JobName, OutboxService, QueueModule, QueueName, Queues, REDIS } from '@sanggar/queue';
import { startWorker } from '../../apps/worker/src/bootstrap.js';
import { JobRunner } from '../../apps/worker/src/job-runner.js';
import { TestApp, clearRedisPrefix, eventually } from '../support/harness.js';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

/** An admin creates a trainee with a password: the account is ready, and a welcome email goes out. */
async function createTrainee(app: TestApp, input: { email: string; fullName: string; hubId: string }, admin?: { token: string }) {
  admin ??= await app.factory.admin();
  return app.gql<{ createUser: { id: string } }>(
    CREATE_USER,
    { input: { ...input, password: 'kata-sandi-kuat', role: 'TRAINEE' } },
    { token: admin.token },
  );
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

describe('jobs: outbox, relay and worker', () => {
  let app: TestApp;
  let hubId: string;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    hubId = (await app.factory.hub()).id;
  });
  afterAll(() => app.close());

  it('delivers the welcome email exactly once, even when the outbox is relayed again and the job runs again', async () => {
    const email = 'dimas@example.com';
    const registered = await createTrainee(app, { email, fullName: 'Dimas Saputra', hubId });
    expect(registered.errors).toBeUndefined();
    await eventually(() => expect(app.mail.to(email)).toHaveLength(1));
    // Emails outlast a mail-server outage of about two hours (other jobs give up after 5 attempts).
    const job = await app.get(Queues).get(QueueName.Notifications).getJob(`welcome-${registered.data!.createUser.id}`);
    expect(job?.opts.attempts).toBe(12);

    // A relay that crashed after publishing but before marking the row: the row is published again.
    const db = app.get(DataSource);
    const jobId = `welcome-${registered.data!.createUser.id}`;
    await db.query(`UPDATE outbox SET published_at = NULL WHERE job_id = $1`, [jobId]);
    await eventually(async () => {
      const [{ published }] = await db.query(
        `SELECT count(*)::int AS published FROM outbox WHERE published_at IS NOT NULL AND job_id = $1`,
        [jobId],
      );
      expect(published).toBe(1);
    });
    await settle();
    expect(app.mail.to(email)).toHaveLength(1);
  });

  it('sends one email when the same delivery is attempted five times at once', async () => {
    const emails = app.worker!.get(EmailOnceService);
    const build = async () => ({ to: 'wulan@example.com', subject: 'Tes', text: 'Halo', html: '<p>Halo</p>' });
    const sent = await Promise.all(Array.from({ length: 5 }, () => emails.send('test-once-1', 'test', build)));
    expect(sent.filter(Boolean)).toHaveLength(1);
    await eventually(() => expect(app.mail.to('wulan@example.com')).toHaveLength(1));
    await settle();
    expect(app.mail.to('wulan@example.com')).toHaveLength(1);
  });

  it('writes the outbox row in the same transaction as the user: when the outbox write fails, no user is left', async () => {
    const db = app.get(DataSource);
    const admin = await app.factory.admin();
    await db.query(
      `CREATE FUNCTION refuse_outbox() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$ LANGUAGE plpgsql`,
    );
    await db.query(`CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox()`);
    try {
      const failed = await createTrainee(app, { email: 'tika@example.com', fullName: 'Tika Anggraini', hubId }, admin);
      expect(failed.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.query(`DROP TRIGGER refuse_outbox ON outbox`);
      await db.query(`DROP FUNCTION refuse_outbox()`);
    }
    const [{ users }] = await db.query(`SELECT count(*)::int AS users FROM "user" WHERE email = 'tika@example.com'`);
    expect(users).toBe(0);
  });
});

describe('jobs: last attempts and jobs Redis lost', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  const finishedAt = async (jobId: string) =>
    (await app.get(DataSource).query<{ finished_at: Date | null }[]>(`SELECT finished_at FROM outbox WHERE job_id = $1`, [jobId]))[0]
      .finished_at;

  it('gives a job that failed its last attempt to its handler’s exhausted hook, once, and records it finished', async () => {
    const calls: string[] = [];
    // The runner wants a handler for every job name; the welcome email's always fails.
    const handlers = Object.values(JobName).map((name) => {
      class Handler {
        async handle(): Promise<void> {
          calls.push('handle');
          if (name === JobName.SendWelcomeEmail) throw new Error('mail server down');
        }
        async exhausted(_data: unknown, error: Error): Promise<void> {
          calls.push(`exhausted: ${error.message}`);
        }
      }
      HandlesJob(name)(Handler);
      return Handler;
    });
    const redis = new Redis(app.config.REDIS_URL, { maxRetriesPerRequest: null });
    @Module({
      imports: [
        DiscoveryModule,
        ConfigModule.forRoot(app.config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(app.config.DATABASE_URL), autoLoadEntities: true }),
        QueueModule.forRoot(redis),
      ],
      providers: [JobRunner, ...handlers],
    })
    class RunnerModule {}
    const runner = await NestFactory.createApplicationContext(RunnerModule, { logger: false });
    try {
      const jobId = `welcome-${randomUUID()}`;
      const data = { userId: randomUUID() };
      await app
        .get(DataSource)
        .query(`INSERT INTO outbox (job_name, job_id, data, published_at) VALUES ($1, $2, $3, now())`, [
          JobName.SendWelcomeEmail,
          jobId,
          data,
        ]);
      await app.get(Queues).get(QueueName.Notifications).add(JobName.SendWelcomeEmail, data, { jobId, attempts: 3 });
      await eventually(() => expect(calls).toEqual(['handle', 'handle', 'handle', 'exhausted: mail server down']));
      // The runner records the job finished just after the hook returns.
      await eventually(async () => expect(await finishedAt(jobId)).toBeInstanceOf(Date));
    } finally {
      await runner.close();
      redis.disconnect();
    }
  });

  it('publishes again a job that Redis lost (our Redis keeps nothing on disk), and it runs once', async () => {
    const registered = await createTrainee(app, {
      email: 'yoga@example.com',
      fullName: 'Yoga Firmansyah',
      hubId: (await app.factory.hub()).id,
    });
    const jobId = `welcome-${registered.data!.createUser.id}`;
    // No worker yet: the job is published to Redis, then Redis forgets everything, as a restart or FLUSHALL would.
    expect(await app.get(OutboxService).relayPending()).toBeGreaterThanOrEqual(1);
    await clearRedisPrefix(app.config);
    // As if the flush had happened a minute ago (the grace for jobs still in the normal flow is 10 s).
    await app.get(DataSource).query(`UPDATE outbox SET published_at = now() - interval '1 minute' WHERE job_id = $1`, [jobId]);

    const worker = await startWorker(app.config);
    try {
      await eventually(() => expect(app.mail.to('yoga@example.com')).toHaveLength(1));
      await eventually(async () => expect(await finishedAt(jobId)).toBeInstanceOf(Date));
      expect(await worker.get(OutboxService).redeliverLost()).toBe(0);
      await settle();
      expect(app.mail.to('yoga@example.com')).toHaveLength(1);
    } finally {
      await worker.close();
    }
  });
});

describe('jobs: the worker refuses to start with a job name it cannot handle', () => {
  const startRunner = async (providers: (new (...args: never[]) => unknown)[]) => {
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    @Module({
      imports: [DiscoveryModule, ConfigModule.forRoot()],
      // The runner refuses to start before it would ever touch the outbox.
      providers: [{ provide: REDIS, useValue: redis }, { provide: OutboxService, useValue: null }, JobRunner, ...providers],
    })
    class RunnerOnlyModule {}
    try {
      const context = await NestFactory.createApplicationContext(RunnerOnlyModule, { logger: false, abortOnError: false });
      await context.close();
    } finally {
      redis.disconnect();
    }
  };

  it('when a job name has no handler', async () => {
    const everyJob = Object.values(JobName)
      .map((name) => `"${name}"`)
      .join(', ');
    await expect(startRunner([])).rejects.toThrow(new StartupError(`Worker: no handler for job ${everyJob}`));
  });

  it('when a job name has two handlers', async () => {
    @Injectable()
    @HandlesJob(JobName.SendWelcomeEmail)
    class First {
      async handle() {}
    }
    @Injectable()
    @HandlesJob(JobName.SendWelcomeEmail)
    class Second {
      async handle() {}
    }
    await expect(startRunner([First, Second])).rejects.toThrow(`Worker: job "${JobName.SendWelcomeEmail}" has two handlers`);
  });
});
