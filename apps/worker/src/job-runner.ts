import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig, StartupError } from '@sanggar/core';
import { JOB_HANDLER, type JobHandler, JobName, type JobPayloads, OutboxService, QueueName, REDIS, queueOfJob } from '@sanggar/queue';

/** How long in-flight jobs get to finish on shutdown before they are left to BullMQ's stall recovery. */
const SHUTDOWN_DEADLINE_MS = 10_000;
/** Jobs each worker process runs at once, per queue. */
export const JOB_CONCURRENCY = 10;

/** Finds one handler per job name and runs a BullMQ worker per queue that dispatches to them. */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly outbox: OutboxService,
  ) {}

  onApplicationBootstrap(): void {
    this.collectHandlers();
    for (const queue of Object.values(QueueName)) {
      const worker = new Worker(queue, (job) => this.run(job), {
        connection: this.redis,
        prefix: this.config.REDIS_PREFIX,
        concurrency: JOB_CONCURRENCY,
        // Jobs take milliseconds: a worker that died (kill -9, lost machine) hands its jobs back within ~15 s.
        lockDuration: 10_000,
        stalledInterval: 5_000,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(
          { queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, errorType: error.constructor.name },
          'job failed',
        ),
      );
      worker.on('error', (error) => this.logger.error({ queue, errorType: error.constructor.name }, 'worker error'));
      this.workers.push(worker);
    }
  }

  /** Refuses to start when a job name has no handler, or more than one. */
  private collectHandlers(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler<JobName> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, wrapper.metatype);
      if (!name) continue;
      if (this.handlers.has(name)) throw new StartupError(`Worker: job "${name}" has two handlers`);
      this.handlers.set(name, instance);
    }
    const missing = Object.values(JobName).filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new StartupError(`Worker: no handler for job ${missing.map((m) => `"${m}"`).join(', ')}`);
  }

  private async run(job: Job): Promise<void> {
    const name = job.name as JobName;
    const handler = this.handlers.get(name);
    if (!handler || queueOfJob[name] !== (job.queueName as QueueName))
      throw new Error(`no handler for job ${job.name} on ${job.queueName}`);
    const data = job.data as JobPayloads[JobName];
    try {
      await handler.handle(data);
    } catch (error) {
      // attemptsMade counts the attempts that failed before this one.
      if (job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw error;
      await handler.exhausted?.(data, error as Error);
      await this.outbox.finished(job.id!);
      throw error;
    }
    await this.outbox.finished(job.id!);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker) => {
        const closed = worker.close();
        const timer = setTimeout(() => void worker.close(true), SHUTDOWN_DEADLINE_MS);
        await closed;
        clearTimeout(timer);
      }),
    );
  }
}
