import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CohortErrors } from '@sanggar/cohorts';
import { type AuthUser, Role, Roles } from '@sanggar/core';
import { CURRICULUM_LIMITS, CurriculaErrors } from '@sanggar/curricula';
import { GradingErrors, GradingService, SubmissionStatus, type WaitingCounts } from '@sanggar/grading';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { capped, upTo, FirstUpTo, PageArgs, firstOf } from '../graphql/lists.js';
import { CohortType, ENROLLMENT_REF_FIELDS, type EnrollmentRef, EnrollmentType, toEnrollmentType } from '../cohorts/cohort.type.js';
import {
  AssignmentType,
  LessonType,
  RubricCriterionType,
  toAssignmentType,
  toCriterionType,
  toLessonType,
} from '../curricula/curriculum.type.js';
import {
  type CallerContext,
  type GqlContext,
  userTypeById,
  type Loaders,
  mentorsOf,
  visibleCohort,
  zoneOfCohort,
  zoneOfHub,
} from '../graphql/context.js';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';
import { RowField, RowList } from '../graphql/row-fields.js';
import { asksOnly, asksOnlyId } from '../graphql/selection.js';
import { UserType } from '../identity/user.type.js';
import { GradeSubmissionInput, SubmitAssignmentInput } from './grading.inputs.js';
import {
  CriterionScoreType,
  GradeType,
  GradingQueueCountsType,
  ProgressType,
  SubmissionType,
  toGradeType,
  toSubmissionType,
} from './grading.type.js';

const GRADERS = [Role.ADMIN, Role.COORDINATOR, Role.MENTOR];

/** The zone a submission's times are written in: its cohort's hub's. */
async function zoneOfSubmission(loaders: Loaders, submission: SubmissionType): Promise<string> {
  if (submission.zone) return submission.zone;
  const enrollment = await loaders.enrollmentById.load(submission.enrollmentId);
  if (!enrollment) throw CohortErrors.enrollmentNotFound();
  return zoneOfCohort(loaders, enrollment.cohortId);
}
/** Histories grow with regrading and resubmission: the newest (grades) or oldest (attempts) first, up to these. */
const GRADE_HISTORY = { default: 5, max: 50 };
const SUBMISSION_HISTORY = { default: 20, max: 200 };

@Resolver(() => SubmissionType)
class SubmissionResolver {
  constructor(private readonly grading: GradingService) {}

  @Roles(...GRADERS)
  @Query(() => [SubmissionType], { description: 'The grading queue of a cohort, oldest first (mentors and coordinators)' })
  async submissions(
    @CurrentUser() caller: AuthUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args() page: PageArgs,
    @Context() { loaders }: GqlContext,
    @Args('status', { type: () => SubmissionStatus, nullable: true }) status?: SubmissionStatus,
  ): Promise<SubmissionType[]> {
    const cohort = await visibleCohort(loaders, cohortId);
    const submissions = await this.grading.submissionsOfCohort(caller, cohort, mentorsOf(loaders), status, page);
    const zone = await zoneOfHub(loaders, cohort.hubId);
    return submissions.map((submission) =>
      toSubmissionType(submission, zone, { id: submission.enrollmentId, cohortId: cohort.id, traineeId: submission.traineeId }),
    );
  }

  @Query(() => SubmissionType, { description: 'One submission: for its trainee, and for who grades in its cohort' })
  async submission(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<SubmissionType> {
    return toSubmissionType(await this.grading.getSubmission(caller, id));
  }

  @Roles(Role.TRAINEE)
  @Mutation(() => SubmissionType, { description: 'Enrolled trainee of a running cohort; again only after a resubmission was requested' })
  async submitAssignment(@CurrentUser() caller: AuthUser, @Args('input') input: SubmitAssignmentInput): Promise<SubmissionType> {
    return toSubmissionType(await this.grading.submitAssignment(caller, input));
  }

  @Roles(...GRADERS)
  @Mutation(() => SubmissionType, { description: 'Mentor of the cohort (or its coordinator); one score per rubric criterion' })
  async gradeSubmission(@CurrentUser() caller: AuthUser, @Args('input') input: GradeSubmissionInput): Promise<SubmissionType> {
    return toSubmissionType(await this.grading.gradeSubmission(caller, input));
  }

  @RowField(() => AssignmentType)
  async assignment(
    this: void,
    submission: SubmissionType,
    { loaders }: GqlContext,
    _first: unknown,
    info: GraphQLResolveInfo,
  ): Promise<AssignmentType | Pick<AssignmentType, 'id'>> {
    // A trainee's home marks which assignments have work by id: no assignment is read for that.
    // (submission.assignment_id references the assignment, ON DELETE RESTRICT.)
    if (asksOnlyId(info)) return { id: submission.assignmentId };
    const assignment = await loaders.assignmentById.load(submission.assignmentId);
    if (!assignment) throw GradingErrors.assignmentNotFound();
    return toAssignmentType(assignment);
  }

  @RowField(() => EnrollmentType)
  async enrollment(
    this: void,
    submission: SubmissionType,
    { loaders }: GqlContext,
    _first: unknown,
    info: GraphQLResolveInfo,
  ): Promise<EnrollmentType | EnrollmentRef> {
    // The grading queue names each trainee: its rows know whose enrollment it is (they were read through it).
    if (submission.enrollmentRef && asksOnly(info, ENROLLMENT_REF_FIELDS)) return submission.enrollmentRef;
    const enrollment = await loaders.enrollmentById.load(submission.enrollmentId);
    if (!enrollment) throw CohortErrors.enrollmentNotFound();
    return toEnrollmentType(enrollment);
  }

  @RowField(() => GradeType, { nullable: true, description: 'The newest grade' })
  async grade(this: void, submission: SubmissionType, { loaders }: GqlContext): Promise<GradeType | null> {
    const [newest] = await loaders.gradesBySubmissionId.load(submission.id);
    return newest ? toGradeType(newest, await zoneOfSubmission(loaders, submission)) : null;
  }

  @RowList(() => [GradeType], upTo(GRADE_HISTORY), { description: 'Every grade given, newest first: regrading keeps the history' })
  async grades(this: void, submission: SubmissionType, { loaders }: GqlContext, first: number): Promise<GradeType[]> {
    const zone = await zoneOfSubmission(loaders, submission);
    return firstOf(await loaders.gradesBySubmissionId.load(submission.id), first).map((grade) => toGradeType(grade, zone));
  }

  @RowField(() => String, { description: 'The submitted text (loaded only when asked for)' })
  async content(this: void, submission: SubmissionType, { loaders }: GqlContext): Promise<string> {
    const content = await loaders.submissionContentById.load(submission.id);
    if (content === undefined) throw GradingErrors.submissionNotFound();
    return content;
  }

  @RowField(() => DateTimeScalar)
  async submittedAt(this: void, submission: SubmissionType, { loaders }: GqlContext): Promise<string> {
    return inZone(submission.submittedAt, await zoneOfSubmission(loaders, submission));
  }
}

@Resolver(() => GradeType)
class GradeResolver {
  @RowList(() => [CriterionScoreType], capped(CURRICULUM_LIMITS.criteriaPerRubric), { description: 'one per rubric criterion' })
  async scores(this: void, grade: GradeType, { loaders }: GqlContext, first: number): Promise<CriterionScoreType[]> {
    return firstOf(await loaders.criterionScoresByGradeId.load(grade.id), first).map((score) => ({
      points: score.points,
      criterionId: score.criterionId,
    }));
  }

  @RowField(() => UserType)
  async gradedBy(this: void, grade: GradeType, { loaders }: GqlContext): Promise<UserType> {
    return userTypeById(loaders, grade.gradedById);
  }
}

@Resolver(() => CriterionScoreType)
class CriterionScoreResolver {
  @RowField(() => RubricCriterionType)
  async criterion(this: void, score: CriterionScoreType, { loaders }: GqlContext): Promise<RubricCriterionType> {
    const criterion = await loaders.criterionById.load(score.criterionId);
    if (!criterion) throw CurriculaErrors.curriculumNotFound();
    return toCriterionType(criterion);
  }
}

@Resolver(() => EnrollmentType)
class EnrollmentProgressResolver {
  @RowField(() => ProgressType)
  async progress(this: void, enrollment: EnrollmentType, { loaders, locale }: GqlContext): Promise<ProgressType> {
    const progress = await loaders.progressByEnrollmentId.load(enrollment.id);
    if (!progress) throw CohortErrors.enrollmentNotFound();
    return { ...progress, unmetRequirements: progress.unmetRequirements.map((text) => text[locale]) };
  }

  @ResolveField(() => [SubmissionType], { description: 'Every attempt, oldest first (a trainee sees only their own enrollment)' })
  async submissions(
    @Parent() enrollment: EnrollmentType,
    @Context() { loaders }: GqlContext,
    @FirstUpTo(SUBMISSION_HISTORY) first: number,
    @Args('assignmentId', { type: () => ID, nullable: true, description: 'Only the attempts at this assignment' }) assignmentId?: string,
  ): Promise<SubmissionType[]> {
    const attempts = await loaders.submissionsByEnrollmentId.load(enrollment.id);
    const chosen = assignmentId ? attempts.filter((attempt) => attempt.assignmentId === assignmentId) : attempts;
    return firstOf(chosen, first).map((submission) => toSubmissionType(submission));
  }
}

const WAITING_FIELDS = new Set<string>(['waiting', 'resubmitted', '__typename'] satisfies (keyof WaitingCounts | '__typename')[]);

@Resolver(() => CohortType)
class CohortGradingResolver {
  @RowField(() => GradingQueueCountsType, { nullable: true, description: 'For its mentors and coordinators; null for anyone else' })
  gradingQueue(
    this: void,
    cohort: CohortType,
    { loaders }: GqlContext,
    _first: unknown,
    info: GraphQLResolveInfo,
  ): Promise<GradingQueueCountsType | WaitingCounts | null> {
    // A list that asks only what waits (the hub home's running cohorts) is counted from the waiting index alone.
    return asksOnly(info, WAITING_FIELDS) ? loaders.waitingGradingOfCohort.load(cohort) : loaders.gradingQueueOfCohort.load(cohort);
  }
}

@Resolver(() => LessonType)
class LessonProgressResolver {
  constructor(private readonly grading: GradingService) {}

  @Roles(Role.TRAINEE)
  @Mutation(() => LessonType, { description: 'Enrolled trainee of a running cohort; idempotent (the first time is kept)' })
  async completeLesson(
    @CurrentUser() caller: AuthUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('lessonId', { type: () => ID }) lessonId: string,
  ): Promise<LessonType> {
    return toLessonType(await this.grading.completeLesson(caller, cohortId, lessonId));
  }

  @RowField(() => DateTimeScalar, {
    nullable: true,
    description: 'For the calling trainee in that cohort; null when not done',
    args: { cohortId: { type: () => ID } },
  })
  async completedAt(
    this: void,
    lesson: LessonType,
    { loaders, user }: CallerContext,
    _first: unknown,
    _info: unknown,
    { cohortId }: { cohortId: string },
  ): Promise<string | null> {
    const completedAt = await loaders.lessonCompletedAt.load(`${user.id}:${cohortId}:${lesson.id}`);
    return completedAt && inZone(completedAt, await zoneOfCohort(loaders, cohortId));
  }
}

export const gradingResolvers = [
  SubmissionResolver,
  GradeResolver,
  CriterionScoreResolver,
  EnrollmentProgressResolver,
  CohortGradingResolver,
  LessonProgressResolver,
];
