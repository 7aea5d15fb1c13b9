import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@sanggar/identity';
import type { JobItem } from '@sanggar/queue';

/** One row per email that must go out once; its key makes a repeated job a no-op. */
@Entity('email_delivery')
@Index('email_delivery_failed', ['createdAt'], { where: '"failed_at" IS NOT NULL' })
@Check('email_delivery_failed_has_job', '"failed_at" IS NULL OR ("retry_job" IS NOT NULL AND "recipient_id" IS NOT NULL)')
export class EmailDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set when every retry of its job failed: admins see it until it is sent again. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  /** The SMTP code or error class of the last attempt (never its message). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  error: string | null;

  /** Whom it was for, known once it failed. */
  @Column({ type: 'uuid', nullable: true })
  recipientId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: UserEntity;

  /** The job that sends it, queued again when an admin retries. */
  @Column({ type: 'jsonb', nullable: true })
  retryJob: JobItem | null;

  @Column({ type: 'int', default: 0 })
  retries: number;
}
