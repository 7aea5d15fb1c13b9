import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

export enum AccountTokenPurpose {
  /** Proves a self-registered person reads the address they gave. */
  VerifyEmail = 'VERIFY_EMAIL',
  ResetPassword = 'RESET_PASSWORD',
  /** A person created by a coordinator chooses their own password. */
  Invitation = 'INVITATION',
}

/**
 * A single-use link we emailed. The link holds "<id>.<secret>"; only a SHA-256 of the secret is stored,
 * and the secret is an HMAC of the id, so the mail job can write the same link again after a crash.
 */
@Entity('account_token')
@Index('account_token_user', ['userId'])
@Check('account_token_purpose_known', `"purpose" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'INVITATION')`)
export class AccountTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  purpose: AccountTokenPurpose;

  @Column({ type: 'bytea' })
  secretHash: Buffer;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
