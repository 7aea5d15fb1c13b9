import { Check, Column, Entity, Exclusion, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RoomEntity } from '@sanggar/hubs';
import { UserEntity } from '@sanggar/identity';

export enum ReservationKind {
  SESSION = 'SESSION',
  OFFICE_HOUR = 'OFFICE_HOUR',
}

export const ROOM_OVERLAP = 'reservation_room_no_overlap';
export const MENTOR_OVERLAP = 'reservation_mentor_no_overlap';

/**
 * Time a room or a mentor is taken, by a scheduled cohort session or an office-hour slot (the id is
 * theirs). Both live in this one table so the database itself refuses any overlap between them:
 * no two reservations of one room, or of one mentor, share a moment ([start, end): back to back is fine).
 */
@Entity('reservation')
@Exclusion(ROOM_OVERLAP, `USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("room_id" IS NOT NULL)`)
@Exclusion(MENTOR_OVERLAP, `USING gist ("mentor_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("mentor_id" IS NOT NULL)`)
@Check('reservation_ends_after_start', '"ends_at" > "starts_at"')
@Check('reservation_kind_known', `"kind" IN ('SESSION', 'OFFICE_HOUR')`)
export class ReservationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ReservationKind;

  @Column({ type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<RoomEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  mentorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;
}
