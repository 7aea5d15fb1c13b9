import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '@sanggar/identity';

/**
 * A person's request for a copy of their data (UU PDP Art. 7 & 13). The worker builds the archive and
 * emails a link; the link works once and for 7 days, and the archive is deleted when it is downloaded
 * or expires.
 */
@Entity('data_export')
@Index('data_export_user', ['userId', 'requestedAt'])
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  /** The ZIP; null until built, and again once downloaded or expired. */
  @Column({ type: 'bytea', nullable: true, select: false })
  archive: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** sha256 of the secret in the emailed link; the secret itself is only in the email. */
  @Column({ type: 'bytea', nullable: true, select: false })
  secretHash: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  downloadedAt: Date | null;
}
