import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobName } from './jobs.js';

/**
 * Jobs written in the same transaction as the state change that calls for them, then relayed to
 * BullMQ. A row stays unfinished until the worker has run (or given up on) its job, so a job that
 * Redis lost can be published again.
 */
@Entity('outbox')
@Index('outbox_pending', ['id'], { where: '"published_at" IS NULL' })
@Index('outbox_unfinished', ['id'], { where: '"published_at" IS NOT NULL AND "finished_at" IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  jobName: JobName;

  @Column({ type: 'varchar', length: 200, unique: true })
  jobId: string;

  @Column({ type: 'jsonb' })
  data: object;

  /** Not before this moment (a delayed job); null runs at once. */
  @Column({ type: 'timestamptz', nullable: true })
  runAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** When the worker finished the job: done, or failed its last attempt. */
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
