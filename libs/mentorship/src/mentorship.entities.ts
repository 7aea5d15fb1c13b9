import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { HubEntity, RoomEntity } from '@sanggar/hubs';
import { UserEntity } from '@sanggar/identity';

/** What a mentor offers: expertise (creative-economy sub-sectors) and how many start-ups they can take at once. */
@Entity('mentor_profile')
@Check('mentor_profile_max_mentees_range', '"max_mentees" BETWEEN 0 AND 50')
export class MentorProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  mentorId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  bio: string | null;

  @Column({ type: 'varchar', length: 32, array: true, default: '{}' })
  expertise: string[];

  @Column({ type: 'int', default: 3 })
  maxMentees: number;
}

@Entity('startup')
@Unique('startup_hub_name_unique', ['hubId', 'name'])
export class StartupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id' })
  hub: Relation<HubEntity>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  sector: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A trainee belongs to at most one start-up: the trainee is the key. */
@Entity('startup_member')
@Index('startup_member_startup', ['startupId'])
export class StartupMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee: Relation<UserEntity>;

  @Column({ type: 'uuid' })
  startupId: string;

  @ManyToOne(() => StartupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id' })
  startup: Relation<StartupEntity>;
}

@Entity('startup_mentor')
@Index('startup_mentor_mentor', ['mentorId'])
export class StartupMentorEntity {
  @PrimaryColumn({ type: 'uuid' })
  startupId: string;

  @PrimaryColumn({ type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => StartupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id' })
  startup: Relation<StartupEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}

/** Time a mentor offers to start-ups. While offered it holds a reservation (same id) of the mentor and, if given, the room. */
@Entity('office_hour_slot')
@Index('office_hour_slot_mentor_start', ['mentorId', 'startsAt'])
@Check('office_hour_slot_length', `"ends_at" - "starts_at" BETWEEN interval '15 minutes' AND interval '120 minutes'`)
export class OfficeHourSlotEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor: Relation<UserEntity>;

  @Column({ type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<RoomEntity> | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Taken back by the mentor: kept for the bookings that refer to it, but no longer offered or reserved. */
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}

/**
 * A start-up's booking of a slot. Cancelling keeps the row (the calendars and emails refer to it);
 * the database allows one active booking per slot, which is what settles racing bookings.
 */
@Entity('office_hour_booking')
@Index('office_hour_booking_one_active', ['slotId'], { unique: true, where: '"cancelled_at" IS NULL' })
@Index('office_hour_booking_startup', ['startupId'])
@Check('office_hour_booking_agenda_length', 'char_length("agenda") BETWEEN 1 AND 1000')
export class OfficeHourBookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  slotId: string;

  @ManyToOne(() => OfficeHourSlotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id' })
  slot: Relation<OfficeHourSlotEntity>;

  @Column({ type: 'uuid' })
  startupId: string;

  @ManyToOne(() => StartupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id' })
  startup: Relation<StartupEntity>;

  @Column({ type: 'varchar', length: 1000 })
  agenda: string;

  @Column({ type: 'uuid' })
  bookedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'booked_by' })
  booker: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  bookedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cancelled_by' })
  canceller: Relation<UserEntity> | null;
}
