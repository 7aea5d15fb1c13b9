import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type CohortEntity, CohortStatus, CohortsService, type EnrollmentEntity, EnrollmentStatus } from '@sanggar/cohorts';
import { type AuthUser, Clock, Role, canManageHub, manyByKey, oneByKey, type ListWindow } from '@sanggar/core';
import { AssignmentEntity, LessonEntity, RubricCriterionEntity } from '@sanggar/curricula';
import { PgError, pgCode, preparedRows, rowsByIds, rowsByParentIds } from '@sanggar/database';
import { NotificationKind, Notifier } from '@sanggar/notifications';
import { CriterionScoreEntity, GradeEntity, LessonCompletionEntity, SubmissionEntity, SubmissionStatus } from './grading.entities.js';
import { GradingErrors } from './grading.errors.js';

export interface GradeInput {
  submissionId: string;
  scores: { criterionId: string; points: number }[];
  feedback?: string | null;
  requestResubmission?: boolean | null;
  /** How many grades the grader saw on the submission: another grade saved since is refused (GRADE_CHANGED). */
  seenGrades?: number | null;
}

/** Who mentors a cohort; the api answers from its per-request loader, so a screen asks once. */
export type MentorsOf = (cohortId: string) => Promise<readonly string[]>;

/** A cohort's grading queue in numbers, counting each trainee's newest attempt at each assignment. */
export interface GradingQueueCounts {
  waiting: number;
  resubmitted: number;
  resubmitRequested: number;
  graded: number;
}

/** A submission in its cohort's grading queue, with whose it is (the queue names each trainee). */
export type CohortSubmission = SubmissionEntity & { traineeId: string };

/** A cohort's submissions (only those of a status when $2 is given), oldest first, as plain rows with their trainee. */
const SUBMISSIONS_OF_COHORT = `SELECT s.id, s.enrollment_id AS "enrollmentId", s.assignment_id AS "assignmentId", s.attempt, s.status,
       s.submitted_at AS "submittedAt", e.trainee_id AS "traineeId"
  FROM submission s JOIN enrollment e ON e.id = s.enrollment_id
 WHERE e.cohort_id = $1 AND ($2::varchar IS NULL OR s.status = $2)
 ORDER BY s.submitted_at, s.id LIMIT $3 OFFSET $4`;

/** The part of the counts that waits for a grader. */
export type WaitingCounts = Pick<GradingQueueCounts, 'waiting' | 'resubmitted'>;

/** A cohort as the counts need it: its hub decides who grades there. */
type GradableCohort = { id: string; hubId: string };

@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /** Idempotent: the first completion is kept. */
  async completeLesson(user: AuthUser, cohortId: string, lessonId: string): Promise<LessonEntity> {
    const { cohort, enrollment } = await this.activeEnrollment(user, cohortId);
    const lesson = await this.dataSource
      .getRepository(LessonEntity)
      .createQueryBuilder('l')
      .innerJoin('curriculum_module', 'm', 'm.id = l.module_id')
      .where('l.id = :lessonId AND m.curriculum_id = :curriculumId', { lessonId, curriculumId: cohort.curriculumId })
      .getOne();
    if (!lesson) throw GradingErrors.lessonNotFound();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(LessonCompletionEntity)
      .values({ enrollmentId: enrollment.id, lessonId, completedAt: this.clock.now() })
      .orIgnore()
      .execute();
    return lesson;
  }

  /** The first attempt, or a new one after the mentor asked for a resubmission; never two at once. */
  async submitAssignment(user: AuthUser, input: { cohortId: string; assignmentId: string; content: string }): Promise<SubmissionEntity> {
    const { cohort, enrollment } = await this.activeEnrollment(user, input.cohortId);
    const inCurriculum = await this.dataSource
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin('curriculum_module', 'm', 'm.id = a.module_id')
      .where('a.id = :id AND m.curriculum_id = :curriculumId', { id: input.assignmentId, curriculumId: cohort.curriculumId })
      .getExists();
    if (!inCurriculum) throw GradingErrors.assignmentNotFound();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const latest = await manager.findOne(SubmissionEntity, {
          where: { enrollmentId: enrollment.id, assignmentId: input.assignmentId },
          order: { attempt: 'DESC' },
          lock: { mode: 'pessimistic_write' },
        });
        if (latest && latest.status !== SubmissionStatus.RESUBMIT_REQUESTED) throw GradingErrors.alreadySubmitted(latest.status);
        return manager.save(SubmissionEntity, {
          enrollmentId: enrollment.id,
          assignmentId: input.assignmentId,
          attempt: (latest?.attempt ?? 0) + 1,
          content: input.content,
          status: SubmissionStatus.SUBMITTED,
          submittedAt: this.clock.now(),
        });
      });
    } catch (error) {
      // Two first attempts at the same moment: the unique attempt number lets one through.
      if (pgCode(error) === PgError.UniqueViolation) throw GradingErrors.alreadySubmitted(SubmissionStatus.SUBMITTED);
      throw error;
    }
  }

  /** One score per rubric criterion; score = points / max points × 100. Regrading adds a grade, keeping the old one. */
  async gradeSubmission(user: AuthUser, input: GradeInput): Promise<SubmissionEntity> {
    const submission = await this.dataSource.getRepository(SubmissionEntity).findOneBy({ id: input.submissionId });
    if (!submission) throw GradingErrors.submissionNotFound();
    await this.requireGrader(user, submission.enrollmentId);
    const criteria = await this.dataSource
      .getRepository(RubricCriterionEntity)
      .find({ where: { assignmentId: submission.assignmentId }, order: { position: 'ASC' } });
    const score = scoreAgainstRubric(criteria, input.scores);
    const status = input.requestResubmission ? SubmissionStatus.RESUBMIT_REQUESTED : SubmissionStatus.GRADED;

    await this.dataSource.transaction(async (manager) => {
      const newest = await manager.findOne(SubmissionEntity, {
        where: { enrollmentId: submission.enrollmentId, assignmentId: submission.assignmentId },
        order: { attempt: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (newest?.id !== submission.id) throw GradingErrors.newerAttempt();
      if (input.seenGrades != null && (await manager.countBy(GradeEntity, { submissionId: submission.id })) !== input.seenGrades) {
        throw GradingErrors.gradeChanged();
      }
      const grade = await manager.save(GradeEntity, {
        submissionId: submission.id,
        score,
        feedback: input.feedback?.trim() || null,
        resubmissionRequested: status === SubmissionStatus.RESUBMIT_REQUESTED,
        gradedBy: user.id,
      });
      await manager.insert(
        CriterionScoreEntity,
        input.scores.map((entry) => ({ gradeId: grade.id, criterionId: entry.criterionId, points: entry.points })),
      );
      await manager.update(SubmissionEntity, { id: submission.id }, { status });
      await this.tellTrainee(manager, submission, status, score, grade.feedback);
    });
    return this.dataSource.getRepository(SubmissionEntity).findOneByOrFail({ id: submission.id });
  }

  /** The trainee hears of the grade or the request to resubmit (a correction within the email delay replaces it). */
  private async tellTrainee(
    manager: EntityManager,
    submission: SubmissionEntity,
    status: SubmissionStatus,
    score: number,
    feedback: string | null,
  ): Promise<void> {
    const [about] = await manager.query<{ traineeId: string; cohortId: string; assignmentTitle: string }[]>(
      `SELECT e.trainee_id AS "traineeId", e.cohort_id AS "cohortId", a.title AS "assignmentTitle"
         FROM enrollment e, assignment a WHERE e.id = $1 AND a.id = $2`,
      [submission.enrollmentId, submission.assignmentId],
    );
    const kind = status === SubmissionStatus.RESUBMIT_REQUESTED ? NotificationKind.RESUBMISSION_REQUESTED : NotificationKind.GRADED;
    const { traineeId, cohortId, assignmentTitle } = about;
    await this.notifier.notify(
      manager,
      { kind, params: { submissionId: submission.id, cohortId, assignmentId: submission.assignmentId, assignmentTitle, score, feedback } },
      [traineeId],
      { topic: `submission:${submission.id}` },
    );
  }

  /** The grading queue of a cohort (as the caller may see it), oldest first, for its mentors and coordinators. */
  async submissionsOfCohort(
    user: AuthUser,
    cohort: CohortEntity,
    mentorsOf: MentorsOf,
    status: SubmissionStatus | null | undefined,
    window: ListWindow,
  ): Promise<CohortSubmission[]> {
    await this.requireGraderOf(user, cohort, mentorsOf);
    return preparedRows<CohortSubmission>(this.dataSource.manager, SUBMISSIONS_OF_COHORT, [
      cohort.id,
      status ?? null,
      window.first,
      window.offset,
    ]);
  }

  /** One submission, for its trainee or for who grades in its cohort; NOT_FOUND for anyone else. */
  async getSubmission(user: AuthUser, id: string): Promise<SubmissionEntity> {
    const submission = await this.dataSource.getRepository(SubmissionEntity).findOneBy({ id });
    if (!submission) throw GradingErrors.submissionNotFound();
    if (user.role === Role.TRAINEE) {
      const [enrollment] = await this.cohorts.enrollmentsByIds([submission.enrollmentId]);
      if (enrollment?.traineeId !== user.id) throw GradingErrors.submissionNotFound();
    } else {
      await this.requireGrader(user, submission.enrollmentId);
    }
    return submission;
  }

  /**
   * How much of each cohort's grading is waiting, asked again, or done, for a list of cohorts (as the
   * caller already sees them) in one statement, two for a mentor; null for a cohort the caller does
   * not grade. Only each assignment's latest attempt counts.
   */
  queueCountsOf(user: AuthUser, cohorts: readonly GradableCohort[], mentorsOf: MentorsOf): Promise<(GradingQueueCounts | null)[]> {
    return this.countsOfGraded(user, cohorts, mentorsOf, { waiting: 0, resubmitted: 0, resubmitRequested: 0, graded: 0 }, (cohortIds) =>
      preparedRows(
        this.dataSource.manager,
        `SELECT e.cohort_id,
                count(*) FILTER (WHERE s.status = $2 AND s.attempt = 1)::int AS waiting,
                count(*) FILTER (WHERE s.status = $2 AND s.attempt > 1)::int AS resubmitted,
                count(*) FILTER (WHERE s.status = $3)::int AS "resubmitRequested",
                count(*) FILTER (WHERE s.status = $4)::int AS graded
           FROM enrollment e
          CROSS JOIN LATERAL (SELECT DISTINCT ON (assignment_id) status, attempt FROM submission
                               WHERE enrollment_id = e.id ORDER BY assignment_id DESC, attempt DESC) s
          WHERE e.cohort_id = ANY($1::uuid[])
          GROUP BY e.cohort_id`,
        [cohortIds, SubmissionStatus.SUBMITTED, SubmissionStatus.RESUBMIT_REQUESTED, SubmissionStatus.GRADED],
      ),
    );
  }

  /**
   * Only what waits for a grade (the hub home's question), as queueCountsOf answers it but from the
   * small index of submissions waiting: a SUBMITTED attempt is always its assignment's latest (a new
   * attempt needs the one before sent back, and only the latest is graded), so no attempt is sorted.
   * The status is written as that partial index's predicate is, not passed: only then can a generic
   * plan use the index, and PostgreSQL keeps one instead of planning again on every call.
   */
  waitingCountsOf(user: AuthUser, cohorts: readonly GradableCohort[], mentorsOf: MentorsOf): Promise<(WaitingCounts | null)[]> {
    return this.countsOfGraded(user, cohorts, mentorsOf, { waiting: 0, resubmitted: 0 }, (cohortIds) =>
      preparedRows(
        this.dataSource.manager,
        `SELECT e.cohort_id, count(*) FILTER (WHERE s.attempt = 1)::int AS waiting, count(*) FILTER (WHERE s.attempt > 1)::int AS resubmitted
           FROM enrollment e
           JOIN submission s ON s.enrollment_id = e.id AND s.status = 'SUBMITTED'
          WHERE e.cohort_id = ANY($1::uuid[])
          GROUP BY e.cohort_id`,
        [cohortIds],
      ),
    );
  }

  /** Counts for the cohorts the caller grades (null for the others, none read): `count` reads them by cohort id. */
  private async countsOfGraded<Counts>(
    user: AuthUser,
    cohorts: readonly GradableCohort[],
    mentorsOf: MentorsOf,
    none: Counts,
    count: (cohortIds: string[]) => Promise<(Counts & { cohort_id: string })[]>,
  ): Promise<(Counts | null)[]> {
    const grades = await Promise.all(cohorts.map((cohort) => gradesIn(user, cohort, mentorsOf)));
    const graded = cohorts.filter((_, n) => grades[n]).map((cohort) => cohort.id);
    if (!graded.length) return cohorts.map(() => null);
    const counted = new Map((await count(graded)).map(({ cohort_id, ...counts }) => [cohort_id, counts as Counts]));
    return cohorts.map((cohort, n) => (grades[n] ? (counted.get(cohort.id) ?? none) : null));
  }

  /** The caller grades in the cohort of this enrollment: its hub's coordinator or one of its mentors (else NOT_FOUND / FORBIDDEN). */
  private async requireGrader(user: AuthUser, enrollmentId: string): Promise<void> {
    const [enrollment] = await this.cohorts.enrollmentsByIds([enrollmentId]);
    const cohort = enrollment && (await this.cohorts.getCohort(user, enrollment.cohortId).catch(() => undefined));
    if (!cohort || user.role === Role.TRAINEE) throw GradingErrors.submissionNotFound();
    await this.requireGraderOf(user, cohort);
  }

  /** FORBIDDEN unless the caller grades in the cohort; its mentors as the caller has them, else read here. */
  private async requireGraderOf(
    user: AuthUser,
    cohort: CohortEntity,
    mentorsOf: MentorsOf = async (cohortId) => (await this.cohorts.mentorIdsByCohortIds([cohortId]))[0],
  ): Promise<void> {
    if (!(await gradesIn(user, cohort, mentorsOf))) throw GradingErrors.notTheirCohort();
  }

  /** The caller's ENROLLED place in a RUNNING cohort. */
  private async activeEnrollment(user: AuthUser, cohortId: string): Promise<{ cohort: CohortEntity; enrollment: EnrollmentEntity }> {
    const cohort = await this.cohorts.getCohort(user, cohortId);
    const enrollment = await this.cohorts.enrollmentOf(cohortId, user.id);
    if (enrollment?.status !== EnrollmentStatus.ENROLLED) throw GradingErrors.notEnrolled();
    if (cohort.status !== CohortStatus.RUNNING) throw GradingErrors.notRunning();
    return { cohort, enrollment };
  }

  // Batch loaders (DataLoader shape: results in the order of the keys).

  /** Batch loader: each submission's text (left out of every other read of submissions). */
  async contentsOf(ids: readonly string[]): Promise<(string | undefined)[]> {
    const rows = await this.dataSource.query<{ id: string; content: string }[]>(
      `SELECT id, content FROM submission WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return oneByKey(ids, rows, (row) => row.id).map((row) => row?.content);
  }

  submissionsByIds(ids: readonly string[]): Promise<(SubmissionEntity | undefined)[]> {
    return rowsByIds(this.dataSource.getRepository(SubmissionEntity), ids);
  }

  submissionsByEnrollmentIds(ids: readonly string[]): Promise<SubmissionEntity[][]> {
    return rowsByParentIds(this.dataSource.getRepository(SubmissionEntity), 'enrollmentId', ids, { submittedAt: 'ASC', attempt: 'ASC' });
  }

  criterionScoresByGradeIds(ids: readonly string[]): Promise<CriterionScoreEntity[][]> {
    return rowsByParentIds(this.dataSource.getRepository(CriterionScoreEntity), 'gradeId', ids);
  }

  /** Every grade of each submission, newest first: the history a regrade keeps. */
  async gradesBySubmissionIds(ids: readonly string[]): Promise<GradeEntity[][]> {
    // Through TypeORM: a score is numeric, read through a transformer (not a plain value).
    const rows = await this.dataSource
      .getRepository(GradeEntity)
      .find({ where: { submissionId: In([...ids]) }, order: { gradedAt: 'DESC' } });
    return manyByKey(ids, rows, (row) => row.submissionId);
  }

  /** When a trainee completed a lesson in a cohort (keys: "traineeId:cohortId:lessonId"), or null. */
  async completionTimes(keys: readonly string[]): Promise<(Date | null)[]> {
    const parts = keys.map((key) => key.split(':'));
    // The three columns as arrays, so both joins use their keys (a concatenated key can use no index);
    // prepared: its cached plan saves 0.55 ms of planning for 0.15 ms of work on every lesson page.
    const rows = await preparedRows<{ key: string; completed_at: Date }>(
      this.dataSource.manager,
      `SELECT k.trainee_id || ':' || k.cohort_id || ':' || k.lesson_id AS key, lc.completed_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS k (trainee_id, cohort_id, lesson_id)
         JOIN enrollment e ON e.trainee_id = k.trainee_id AND e.cohort_id = k.cohort_id
         JOIN lesson_completion lc ON lc.enrollment_id = e.id AND lc.lesson_id = k.lesson_id`,
      [parts.map((part) => part[0]), parts.map((part) => part[1]), parts.map((part) => part[2])],
    );
    return oneByKey(keys, rows, (row) => row.key).map((row) => row?.completed_at ?? null);
  }
}

/** Checks the points against the rubric (every criterion exactly once, 0..max) and gives the score, rounded to 2 decimals. */
export function scoreAgainstRubric(
  criteria: { id: string; title: string; maxPoints: number }[],
  scores: { criterionId: string; points: number }[],
): number {
  const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const seen = new Set<string>();
  scores.forEach((entry, index) => {
    const criterion = byId.get(entry.criterionId);
    if (!criterion) throw GradingErrors.unknownCriterion(index);
    if (seen.has(criterion.id)) throw GradingErrors.duplicateCriterion(index, criterion.title);
    seen.add(criterion.id);
    if (!Number.isInteger(entry.points) || entry.points < 0 || entry.points > criterion.maxPoints)
      throw GradingErrors.pointsOutOfRange(index, criterion.title, criterion.maxPoints);
  });
  const missing = criteria.filter((criterion) => !seen.has(criterion.id));
  if (missing.length > 0) throw GradingErrors.missingCriteria(missing.map((criterion) => criterion.title));
  const earned = scores.reduce((sum, entry) => sum + entry.points, 0);
  const possible = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  return Math.round((earned / possible) * 10_000) / 100;
}

/** Who grades in a cohort: its hub's coordinators (and admins) and its mentors. */
async function gradesIn(user: AuthUser, cohort: { id: string; hubId: string }, mentorsOf: MentorsOf): Promise<boolean> {
  if (canManageHub(user, cohort.hubId)) return true;
  return user.role === Role.MENTOR && (await mentorsOf(cohort.id)).includes(user.id);
}
