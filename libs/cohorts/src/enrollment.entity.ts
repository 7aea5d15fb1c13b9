import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { UserEntity } from '@sanggar/identity';
import { CohortEntity } from './cohort.entity.js';

export enum EnrollmentStatus {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  WITHDRAWN = 'WITHDRAWN',
  COMPLETED = 'COMPLETED',
}

/** A trainee's place in a cohort. One row per trainee and cohort; withdrawing keeps the row. */
@Entity('enrollment')
@Unique('enrollment_cohort_trainee_unique', ['cohortId', 'traineeId'])
@Index('enrollment_cohort_order', ['cohortId', 'createdAt', 'id'])
@Index('enrollment_trainee', ['traineeId'])
// A cohort's seats read from the index alone, for the hub's weekly attendance (created by migration: INCLUDE).
@Index('enrollment_cohort_seats', { synchronize: false })
@Check('enrollment_status_known', `"status" IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED')`)
@Check('enrollment_seated_when_in', `"status" NOT IN ('ENROLLED', 'COMPLETED') OR "seated_at" IS NOT NULL`)
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort: Relation<CohortEntity>;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trainee_id' })
  trainee: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  status: EnrollmentStatus;

  /** When the trainee last asked for a seat: the waitlist is served oldest first. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  /**
   * When the trainee got their seat (enrolled, or promoted from the waitlist); null while never seated.
   * Sessions that started before it count toward attendance only where a record was entered.
   */
  @Column({ type: 'timestamptz', nullable: true, default: () => 'now()' })
  seatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * Moves (by trigger) whenever anything its progress is counted from changes: this row, its attendance,
   * its cohort's sessions, its submissions, grades and lessons done. A kept progress snapshot holds
   * only while the stamp it was counted at is current. Never read nor written by the api itself.
   */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  progressStamp: string;
}
