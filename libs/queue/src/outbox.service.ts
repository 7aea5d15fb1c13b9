import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type JobItem, defaultJobOptions, queueOfJob } from './jobs.js';
import { OutboxEntity } from './outbox.entity.js';
import { Queues } from './queues.js';

const RELAY_BATCH = 200;

@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: Queues,
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
      for (const row of pending) {
        const delay = row.runAt ? Math.max(0, row.runAt.getTime() - Date.now()) : undefined;
        await this.queues.get(queueOfJob[row.jobName]).add(row.jobName, row.data, { ...defaultJobOptions, jobId: row.jobId, delay });
      }
      await manager.update(
        OutboxEntity,
        pending.map((row) => row.id),
        { publishedAt: () => 'now()' },
      );
      this.logger.debug({ relayed: pending.length }, 'outbox relayed');
      return pending.length;
    });
  }
}
