import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { CohortEntity } from '@sanggar/cohorts';
import { RoomEntity } from '@sanggar/hubs';
import { UserEntity } from '@sanggar/identity';

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

/**
 * A cohort's session in a room. While SCHEDULED it holds a reservation (same id) of its room and
 * mentor, which is where overlaps with other sessions and office hours are refused.
 */
@Entity('session')
@Index('session_cohort_start', ['cohortId', 'startsAt'])
@Index('session_mentor_start', ['mentorId', 'startsAt'])
// "Sessions that ended between …" (a hub's attendance, marking absence) without reading the whole history.
@Index('session_end', ['endsAt'])
@Check('session_ends_after_start', '"ends_at" > "starts_at"')
@Check('session_at_most_12_hours', `"ends_at" - "starts_at" <= interval '12 hours'`)
@Check('session_status_known', `"status" IN ('SCHEDULED', 'CANCELLED')`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort: Relation<CohortEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'uuid' })
  roomId: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<RoomEntity>;

  @Column({ type: 'uuid', nullable: true })
  mentorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 16, default: SessionStatus.SCHEDULED })
  status: SessionStatus;

  /** Bumped on every change that calendars and the auto-absence job must notice (ICS SEQUENCE). */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
