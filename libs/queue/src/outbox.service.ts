import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '@sanggar/core';
import { type JobItem, jobOptions, queueOfJob } from './jobs.js';
import { OutboxEntity } from './outbox.entity.js';
import { Queues } from './queues.js';

const RELAY_BATCH = 200;
/** A published job is left to the normal flow this long after it was due before Redis is asked about it. */
const REDELIVER_GRACE = '10 seconds';
const REDELIVER_BATCH = 500;
/** BullMQ states in which a job will still run. */
const STILL_TO_RUN = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: Queues,
    private readonly clock: Clock,
  ) {}

  /** Records a job inside the caller's transaction; the same job id twice is one job. `runAt` delays it. */
  async add(manager: EntityManager, job: JobItem, jobId: string, runAt: Date | null = null): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEntity)
      .values({ jobName: job.name, jobId, data: job.data, runAt })
      .orIgnore()
      .execute();
  }

  /**
   * Moves pending outbox rows to BullMQ and returns how many it moved. Safe to run from several
   * processes at once (SKIP LOCKED) and to repeat: BullMQ keeps finished job ids, handlers are idempotent.
   */
  async relayPending(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pending = await manager
        .getRepository(OutboxEntity)
        .createQueryBuilder('o')
        .where('o.published_at IS NULL')
        .orderBy('o.id')
        .limit(RELAY_BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (pending.length === 0) return 0;
      const now = this.clock.now();
      for (const row of pending) {
        const delay = row.runAt ? Math.max(0, row.runAt.getTime() - now.getTime()) : undefined;
        const queue = queueOfJob[row.jobName];
        await this.queues.get(queue).add(row.jobName, row.data, { ...jobOptions[queue], jobId: row.jobId, delay });
      }
      await manager.update(
        OutboxEntity,
        pending.map((row) => row.id),
        { publishedAt: now },
      );
      this.logger.debug({ relayed: pending.length }, 'outbox relayed');
      return pending.length;
    });
  }

  /** The worker ran this job to its end (success, or a failure on its last attempt). */
  async finished(jobId: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET finished_at = now() WHERE job_id = $1 AND finished_at IS NULL`, [jobId]);
  }

  /**
   * Our Redis keeps nothing on disk: after a restart or FLUSHALL, published jobs are gone. Every
   * published, unfinished row that was due a while ago is checked against Redis: a job that will
   * still run is left alone, one Redis remembers as finished is recorded so, and one it lost (or
   * only half remembers after a flush mid-run) is published again. Returns how many were.
   */
  async redeliverLost(): Promise<number> {
    const overdue = await this.dataSource
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .where(
        `o.published_at IS NOT NULL AND o.finished_at IS NULL AND coalesce(o.run_at, o.published_at) < :now::timestamptz - :grace::interval`,
        {
          now: this.clock.now(),
          grace: REDELIVER_GRACE,
        },
      )
      .orderBy('o.id')
      .limit(REDELIVER_BATCH)
      .getMany();
    let redelivered = 0;
    for (const row of overdue) {
      const queueName = queueOfJob[row.jobName];
      const queue = this.queues.get(queueName);
      const existing = await queue.getJob(row.jobId);
      const state = existing ? await existing.getState() : 'missing';
      if (STILL_TO_RUN.has(state)) continue;
      if (state === 'completed' || state === 'failed') {
        await this.finished(row.jobId);
        continue;
      }
      await existing?.remove().catch(() => undefined);
      await queue.add(row.jobName, row.data, { ...jobOptions[queueName], jobId: row.jobId });
      redelivered++;
    }
    if (redelivered > 0) this.logger.warn({ redelivered }, 'published jobs that Redis had lost were published again');
    return redelivered;
  }
}
