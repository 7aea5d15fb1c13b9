import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { CurriculumModuleEntity } from './curriculum-module.entity.js';

@Entity('assignment')
@Unique('assignment_position_unique', ['moduleId', 'position'])
@Check('assignment_weight_positive', '"weight" > 0')
@Check('assignment_passing_score_range', '"passing_score" BETWEEN 0 AND 100')
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => CurriculumModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module: Relation<CurriculumModuleEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  instructions: string | null;

  @Column({ type: 'double precision' })
  weight: number;

  @Column({ type: 'double precision' })
  passingScore: number;

  @Column({ type: 'int' })
  position: number;

  /** The item of the previous version this one was copied from by a revision (what changed is shown against it). */
  @Column({ type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'copied_from_id' })
  copiedFrom?: Relation<AssignmentEntity> | null;
}

@Entity('rubric_criterion')
@Unique('rubric_criterion_position_unique', ['assignmentId', 'position'])
@Check('rubric_criterion_max_points_range', '"max_points" BETWEEN 1 AND 100')
@Check('rubric_criterion_levels_list', `jsonb_typeof("levels") = 'array' AND jsonb_array_length("levels") <= 6`)
export class RubricCriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment: Relation<AssignmentEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'int' })
  maxPoints: number;

  /** What each level of work looks like and what it scores (0 to maxPoints), lowest first; none for points alone. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  levels: RubricLevel[];

  @Column({ type: 'int' })
  position: number;
}

export interface RubricLevel {
  title: string;
  points: number;
  description: string | null;
}
