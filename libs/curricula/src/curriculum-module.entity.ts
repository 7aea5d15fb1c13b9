import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { CurriculumEntity } from './curriculum.entity.js';

@Entity('curriculum_module')
@Unique('curriculum_module_position_unique', ['curriculumId', 'position'])
@Check('curriculum_module_position_positive', '"position" >= 1')
export class CurriculumModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  curriculumId: string;

  @ManyToOne(() => CurriculumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'curriculum_id' })
  curriculum: Relation<CurriculumEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'int' })
  position: number;

  /** The item of the previous version this one was copied from by a revision (what changed is shown against it). */
  @Column({ type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @ManyToOne(() => CurriculumModuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'copied_from_id' })
  copiedFrom?: Relation<CurriculumModuleEntity> | null;
}
