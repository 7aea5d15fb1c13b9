import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { CurriculumModuleEntity } from './curriculum-module.entity.js';

/** Course material: Markdown stored as written (never rendered to HTML unsanitised), optionally a video link. */
@Entity('lesson')
@Unique('lesson_position_unique', ['moduleId', 'position'])
@Check('lesson_position_positive', '"position" >= 1')
@Check('lesson_content_length', 'char_length("content") BETWEEN 1 AND 100000')
@Check('lesson_duration_positive', '"duration_minutes" IS NULL OR "duration_minutes" > 0')
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => CurriculumModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module: Relation<CurriculumModuleEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  videoUrl: string | null;

  @Column({ type: 'int', nullable: true })
  durationMinutes: number | null;

  /** The item of the previous version this one was copied from by a revision (what changed is shown against it). */
  @Column({ type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @ManyToOne(() => LessonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'copied_from_id' })
  copiedFrom?: Relation<LessonEntity> | null;
}
