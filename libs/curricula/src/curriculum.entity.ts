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
import { HubEntity } from '@sanggar/hubs';

export enum CurriculumStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** One version of a curriculum. Versions of the same curriculum share a lineage; a PUBLISHED one never changes. */
@Entity('curriculum')
@Unique('curriculum_lineage_version_unique', ['lineageId', 'version'])
@Index('curriculum_one_draft_per_lineage', ['lineageId'], { unique: true, where: `"status" = 'DRAFT'` })
@Index('curriculum_hub', ['hubId'])
@Check('curriculum_status_known', `"status" IN ('DRAFT', 'PUBLISHED')`)
@Check('curriculum_min_attendance_rate_range', '"min_attendance_rate" BETWEEN 0 AND 1')
@Check('curriculum_min_final_score_range', '"min_final_score" BETWEEN 0 AND 100')
@Check('curriculum_version_positive', '"version" >= 1')
@Check('curriculum_published_at_set', `("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)`)
export class CurriculumEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id' })
  hub: Relation<HubEntity>;

  /** The id shared by every version; the id of version 1. */
  @Column({ type: 'uuid' })
  lineageId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: CurriculumStatus;

  @Column({ type: 'double precision' })
  minAttendanceRate: number;

  @Column({ type: 'double precision' })
  minFinalScore: number;

  @Column({ type: 'boolean' })
  requireAllAssignments: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
