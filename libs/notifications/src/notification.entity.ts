import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '@sanggar/identity';
import type { NotificationCategory, NotificationKind, NotificationParams } from './notification-kinds.js';

/** Where a notification's email stands. */
export enum EmailState {
  /** Waiting for its job (a short delay lets an undo, such as a cancel right after scheduling, take it back). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Not sent on purpose: the person turned this kind off, left, or the event no longer holds. */
  SKIPPED = 'SKIPPED',
  /** Every retry failed; an admin can try again. */
  FAILED = 'FAILED',
}

/**
 * Something that happened which one person should hear about: shown in the app's list and, unless
 * they turned the kind off, emailed once. `topic` names what it is about (a session, an enrollment) so
 * a later event about the same thing can replace one not yet emailed; `dedupeKey` makes an event
 * recorded twice (a job run again) one notification.
 */
@Entity('notification')
@Unique('notification_once', ['userId', 'dedupeKey'])
@Index('notification_inbox', ['userId', 'createdAt'])
@Index('notification_topic', ['topic', 'userId'])
@Index('notification_failed', ['emailState'], { where: `"email_state" = 'FAILED'` })
@Check('notification_email_state_known', `"email_state" IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED')`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 100 })
  topic: string;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  /** What the texts say, as it was when the event happened (a name changed later does not rewrite history). */
  @Column({ type: 'jsonb' })
  params: NotificationParams;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'varchar', length: 16 })
  emailState: EmailState;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  /** Why the last attempt failed, as an error class or SMTP code (never the message: it may quote addresses). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  emailError: string | null;

  /** Bumped by an admin's retry, so the retry is a new job. */
  @Column({ type: 'int', default: 0 })
  emailRetries: number;
}

/** A category of email a person turned off (security and account emails have none: always sent). */
@Entity('notification_opt_out')
export class NotificationOptOutEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  category: NotificationCategory;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
