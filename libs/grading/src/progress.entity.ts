import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { EnrollmentEntity } from '@sanggar/cohorts';

/**
 * An enrollment's progress facts as last counted, kept so the roster, the report and a trainee's own
 * pages do not count attendance and grades again while nothing changed. It holds while the
 * enrollment's progress stamp is the one it was counted at, and while the clock stays between the
 * session ends around the moment it was counted (a session ending turns "scheduled" into "held").
 */
@Entity('enrollment_progress')
export class EnrollmentProgressEntity {
  @PrimaryColumn({ type: 'uuid' })
  enrollmentId: string;

  @OneToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment: Relation<EnrollmentEntity>;

  @Column({ type: 'bigint' })
  stamp: string;

  /** The last session end at or before the moment counted (-infinity when none). */
  @Column({ type: 'timestamptz' })
  validFrom: Date;

  /** The first session end after the moment counted (infinity when none). */
  @Column({ type: 'timestamptz' })
  validUntil: Date;

  @Column({ type: 'jsonb' })
  facts: object;
}
