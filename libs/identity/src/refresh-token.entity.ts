import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * One refresh token. The client holds "<id>.<secret>"; only a SHA-256 of the secret is stored.
 * Every token of one login shares a family, so reuse of a spent token revokes them all.
 */
@Entity('refresh_token')
@Index('refresh_token_family', ['familyId'])
@Index('refresh_token_user', ['userId'])
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'bytea' })
  secretHash: Buffer;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When the whole login ends, however often it is refreshed (copied on each rotation). */
  @Column({ type: 'timestamptz' })
  familyExpiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
