import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type GradeEntity, type SubmissionEntity, SubmissionStatus } from '@sanggar/grading';
import type { EnrollmentRef } from '../cohorts/cohort.type.js';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';

registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });

@ObjectType('Submission')
export class SubmissionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1, 2, ... a resubmission is a new attempt; older attempts stay' })
  attempt: number;

  @Field(() => SubmissionStatus)
  status: SubmissionStatus;

  /** Written through SubmissionResolver.submittedAt, in the cohort's hub's zone. */
  submittedAt: Date;

  enrollmentId: string;
  assignmentId: string;
  /** The hub's zone when the list already knows it (one cohort's queue): saves three lookups per submission. */
  zone?: string;
  /** Whose enrollment it is, when the list already knows (one cohort's queue): naming the trainee reads no enrollment. */
  enrollmentRef?: EnrollmentRef;
}

export const toSubmissionType = (submission: SubmissionEntity, zone?: string, enrollmentRef?: EnrollmentRef): SubmissionType => ({
  id: submission.id,
  attempt: submission.attempt,
  status: submission.status,
  submittedAt: submission.submittedAt,
  enrollmentId: submission.enrollmentId,
  assignmentId: submission.assignmentId,
  zone,
  enrollmentRef,
});

@ObjectType('Grade')
export class GradeType {
  @Field(() => Float, { description: '0..100 = sum(points) / sum(maxPoints) * 100' })
  score: number;

  @Field(() => String, { nullable: true })
  feedback: string | null;

  @Field(() => DateTimeScalar)
  gradedAt: string;

  id: string;
  gradedById: string;
}

/** A grade, its time written in `zone` (its cohort's hub's). */
export const toGradeType = (grade: GradeEntity, zone: string): GradeType => ({
  id: grade.id,
  score: grade.score,
  feedback: grade.feedback,
  gradedAt: inZone(grade.gradedAt, zone),
  gradedById: grade.gradedBy,
});

@ObjectType('CriterionScore')
export class CriterionScoreType {
  @Field(() => Int)
  points: number;

  criterionId: string;
}

@ObjectType('Progress')
export class ProgressType {
  @Field(() => Float, { description: '0..1 over counted sessions so far' })
  attendanceRate: number;

  @Field(() => Float, { description: '0..100 over graded assignments, weighted; ungraded or missing count as 0' })
  finalScore: number;

  @Field(() => Int)
  assignmentsPassed: number;

  @Field(() => Int)
  assignmentsTotal: number;

  @Field(() => Int, { description: 'course material followed (informational, not a completion clause)' })
  lessonsCompleted: number;

  @Field(() => Int)
  lessonsTotal: number;

  @Field(() => Boolean, { description: 'meets the curriculum’s completion rule right now' })
  eligible: boolean;

  @Field(() => [String], { description: 'one sentence per unmet clause, in the reader’s language; empty when eligible' })
  unmetRequirements: string[];
}

@ObjectType('GradingQueueCounts', { description: 'Each trainee’s newest attempt at each assignment, by where it stands' })
export class GradingQueueCountsType {
  @Field(() => Int, { description: 'First attempts waiting for a grade' })
  waiting: number;

  @Field(() => Int, { description: 'Resubmissions waiting for a grade' })
  resubmitted: number;

  @Field(() => Int, { description: 'Sent back: waiting for the trainee' })
  resubmitRequested: number;

  @Field(() => Int)
  graded: number;
}
