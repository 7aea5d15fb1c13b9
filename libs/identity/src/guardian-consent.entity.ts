import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * A parent's or guardian's consent for a trainee who may be under 18 (UU PDP Art. 25), as a coordinator
 * recorded it: who gave it and on which day. Required before such a trainee is enrolled.
 */
@Entity('guardian_consent')
export class GuardianConsentEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 200 })
  guardianName: string;

  /** The day the guardian consented (as written on the form they signed). */
  @Column({ type: 'date' })
  consentedOn: string;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
