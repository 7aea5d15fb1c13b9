import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { UserEntity } from '@sanggar/identity';
import { SessionEntity } from '@sanggar/scheduling';

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  LATE = 'LATE',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}

export enum AttendanceSource {
  MANUAL = 'MANUAL',
  CHECKIN = 'CHECKIN',
  AUTO = 'AUTO',
}

/** One record per trainee and session: recording again updates it. */
@Entity('attendance_record')
@Unique('attendance_session_trainee_unique', ['sessionId', 'traineeId'])
@Index('attendance_trainee', ['traineeId'])
// A session's records in order of recording, read from the index alone (created by migration: INCLUDE).
@Index('attendance_in_recording_order', { synchronize: false })
@Check('attendance_status_known', `"status" IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')`)
@Check('attendance_source_known', `"source" IN ('MANUAL', 'CHECKIN', 'AUTO')`)
@Check('attendance_excused_has_note', `"status" <> 'EXCUSED' OR "note" IS NOT NULL`)
export class AttendanceRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<SessionEntity>;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trainee_id' })
  trainee: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  status: AttendanceStatus;

  @Column({ type: 'varchar', length: 16 })
  source: AttendanceSource;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Who wrote it (a mentor or coordinator); null for check-ins and automatic records. */
  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}

/** A record as read for lists: its columns only, without the relations. */
export type AttendanceRecordRow = Omit<AttendanceRecordEntity, 'session' | 'trainee'>;
