import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { EnrollmentEntity } from '@sanggar/cohorts';
import { AssignmentEntity, LessonEntity, RubricCriterionEntity } from '@sanggar/curricula';
import { UserEntity } from '@sanggar/identity';

export enum SubmissionStatus {
  SUBMITTED = 'SUBMITTED',
  GRADED = 'GRADED',
  RESUBMIT_REQUESTED = 'RESUBMIT_REQUESTED',
}

/** A lesson a trainee marked done in a cohort; the first time is kept. */
@Entity('lesson_completion')
export class LessonCompletionEntity {
  @PrimaryColumn({ type: 'uuid' })
  enrollmentId: string;

  @PrimaryColumn({ type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment: Relation<EnrollmentEntity>;

  @ManyToOne(() => LessonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lesson_id' })
  lesson: Relation<LessonEntity>;

  @Column({ type: 'timestamptz' })
  completedAt: Date;
}

/** One attempt at an assignment. A resubmission is a new row; older attempts stay. */
@Entity('submission')
@Unique('submission_attempt_unique', ['enrollmentId', 'assignmentId', 'attempt'])
@Index('submission_queue', ['status', 'submittedAt'])
// Each assignment's latest attempt with its status, read from the index alone (created by migration: INCLUDE).
@Index('submission_latest_attempt', { synchronize: false })
// The attempts waiting for a grade, by enrollment (created by migration: partial, INCLUDE).
@Index('submission_waiting', { synchronize: false })
@Check('submission_status_known', `"status" IN ('SUBMITTED', 'GRADED', 'RESUBMIT_REQUESTED')`)
@Check('submission_attempt_positive', '"attempt" >= 1')
@Check('submission_content_length', 'char_length("content") BETWEEN 1 AND 20000')
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment: Relation<EnrollmentEntity>;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment: Relation<AssignmentEntity>;

  @Column({ type: 'int' })
  attempt: number;

  /** Up to 20,000 characters: loaded only when asked for (GradingService.contentsOf), never with a list. */
  @Column({ type: 'text', select: false })
  content: string;

  @Column({ type: 'varchar', length: 24 })
  status: SubmissionStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;
}

/** A grade given to a submission; regrading adds a row, so the history stays. The newest one counts. */
@Entity('grade')
@Index('grade_submission', ['submissionId', 'gradedAt'])
@Check('grade_score_range', '"score" BETWEEN 0 AND 100')
export class GradeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id' })
  submission: Relation<SubmissionEntity>;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  score: number;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ type: 'boolean' })
  resubmissionRequested: boolean;

  @Column({ type: 'uuid' })
  gradedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graded_by' })
  grader: Relation<UserEntity>;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  gradedAt: Date;
}

@Entity('criterion_score')
@Check('criterion_score_points_non_negative', '"points" >= 0')
export class CriterionScoreEntity {
  @PrimaryColumn({ type: 'uuid' })
  gradeId: string;

  @PrimaryColumn({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => GradeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grade_id' })
  grade: Relation<GradeEntity>;

  @ManyToOne(() => RubricCriterionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id' })
  criterion: Relation<RubricCriterionEntity>;

  @Column({ type: 'int' })
  points: number;
}
