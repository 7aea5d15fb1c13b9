import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CurriculumEntity } from '@sanggar/curricula';
import { HubEntity } from '@sanggar/hubs';
import { UserEntity } from '@sanggar/identity';

export enum CohortStatus {
  PLANNED = 'PLANNED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** One run of a published curriculum version (pinned at creation) in a hub. */
@Entity('cohort')
@Index('cohort_hub', ['hubId', 'startsOn'])
@Check('cohort_status_known', `"status" IN ('PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED')`)
@Check('cohort_dates_ordered', '"starts_on" <= "ends_on"')
@Check('cohort_capacity_positive', '"capacity" >= 1')
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id' })
  hub: Relation<HubEntity>;

  @Column({ type: 'uuid' })
  curriculumId: string;

  @ManyToOne(() => CurriculumEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'curriculum_id' })
  curriculum: Relation<CurriculumEntity>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Calendar dates in the hub's time zone (YYYY-MM-DD). */
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'varchar', length: 16, default: CohortStatus.PLANNED })
  status: CohortStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('cohort_mentor')
@Index('cohort_mentor_mentor', ['mentorId'])
export class CohortMentorEntity {
  @PrimaryColumn({ type: 'uuid' })
  cohortId: string;

  @PrimaryColumn({ type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort: Relation<CohortEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}
