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
import { HubEntity } from '@sanggar/hubs';
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
