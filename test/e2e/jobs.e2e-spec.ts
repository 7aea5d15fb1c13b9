import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ConfigModule, StartupError } from '@sanggar/core';
import { EmailOnceService } from '@sanggar/notifications';
import { HandlesJob, JobName, OutboxService, REDIS } from '@sanggar/queue';
import { JobRunner } from '../../apps/worker/src/job-runner.js';
import { TestApp, eventually } from '../support/harness.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`;
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
    const registered = await app.gql<{ register: { user: { id: string } } }>(REGISTER, {
      input: { email, password: 'kata-sandi-kuat', fullName: 'Dimas Saputra', hubId },
    });
    expect(registered.errors).toBeUndefined();
    await eventually(() => expect(app.mail.to(email)).toHaveLength(1));

    // A relay that crashed after publishing but before marking the row publishes it again.
    const db = app.get(DataSource);
    await db.query(`UPDATE outbox SET published_at = NULL WHERE job_id = $1`, [`welcome-${registered.data!.register.user.id}`]);
    expect(await app.worker!.get(OutboxService).relayPending()).toBeGreaterThanOrEqual(1);
    await settle();
    expect(app.mail.to(email)).toHaveLength(1);
    const [{ published }] = await db.query(`SELECT count(*)::int AS published FROM outbox WHERE published_at IS NOT NULL AND job_id = $1`, [
      `welcome-${registered.data!.register.user.id}`,
    ]);
    expect(published).toBe(1);
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
    await db.query(
      `CREATE FUNCTION refuse_outbox() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$ LANGUAGE plpgsql`,
    );
    await db.query(`CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox()`);
    try {
      const failed = await app.gql(REGISTER, {
        input: { email: 'tika@example.com', password: 'kata-sandi-kuat', fullName: 'Tika Anggraini', hubId },
      });
      expect(failed.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.query(`DROP TRIGGER refuse_outbox ON outbox`);
      await db.query(`DROP FUNCTION refuse_outbox()`);
    }
    const [{ users }] = await db.query(`SELECT count(*)::int AS users FROM "user" WHERE email = 'tika@example.com'`);
    expect(users).toBe(0);
  });
});

describe('jobs: the worker refuses to start with a job name it cannot handle', () => {
  const startRunner = async (providers: (new (...args: never[]) => unknown)[]) => {
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    @Module({
      imports: [DiscoveryModule, ConfigModule.forRoot()],
      providers: [{ provide: REDIS, useValue: redis }, JobRunner, ...providers],
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
