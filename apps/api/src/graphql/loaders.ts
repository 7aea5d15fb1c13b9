import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type AttendanceRecordRow, AttendanceService, type AttendanceStatusRow } from '@sanggar/attendance';
import { type BatchState, CertificateIssuance, CertificatesService, type ListedCertificate } from '@sanggar/certificates';
import { type CohortEntity, CohortsService, type EnrollmentEntity, type EnrollmentPage, type EnrollmentPageKey } from '@sanggar/cohorts';
import { type AuthUser, Role } from '@sanggar/core';
import {
  type AssignmentEntity,
  CurriculaService,
  type CurriculumEntity,
  type CurriculumModuleEntity,
  type LessonEntity,
  type RubricCriterionEntity,
} from '@sanggar/curricula';
import {
  type CriterionScoreEntity,
  type GradeEntity,
  type GradingQueueCounts,
  type WaitingCounts,
  GradingService,
  ProgressService,
  type ProgressWithSchedule,
  type SubmissionEntity,
} from '@sanggar/grading';
import { type HubEntity, HubsService, type RoomEntity } from '@sanggar/hubs';
import { type GuardianConsentEntity, IdentityService, type ShownUser } from '@sanggar/identity';
import { MentorshipService, type StartupEntity } from '@sanggar/mentorship';
import { SchedulingService, type SessionEntity } from '@sanggar/scheduling';

/** Makes each request's batching loaders (one `= ANY($1)` query per relation and request, results in key order). */
@Injectable()
export class LoaderFactory {
  constructor(
    private readonly identity: IdentityService,
    private readonly hubs: HubsService,
    private readonly curricula: CurriculaService,
    private readonly cohorts: CohortsService,
    private readonly scheduling: SchedulingService,
    private readonly attendance: AttendanceService,
    private readonly grading: GradingService,
    private readonly progress: ProgressService,
    private readonly certificates: CertificatesService,
    private readonly issuance: CertificateIssuance,
    private readonly mentorship: MentorshipService,
  ) {}

  /**
   * Loaders made anew for each request, so nothing is cached across callers. `caller` is the
   * authenticated user (the guard has run before any field asks for a caller-scoped loader).
   */
  create(caller: () => AuthUser) {
    // By-id loaders that the list loaders below fill with what they read.
    const sessionById = new DataLoader<string, SessionEntity | undefined>((ids) => this.scheduling.sessionsByIds(ids));
    const enrollmentById = new DataLoader<string, EnrollmentEntity | undefined>((ids) => this.cohorts.enrollmentsByIds(ids));
    const assignmentById = new DataLoader<string, AssignmentEntity | undefined>((ids) => this.curricula.assignmentsByIds(ids));
    const mentorIdsByCohortId = new DataLoader<string, string[]>((ids) => this.cohorts.mentorIdsByCohortIds(ids));
    const userById = new DataLoader<string, ShownUser | undefined>((ids) => this.identity.shownUsersByIds(ids));
    return {
      hubById: new DataLoader<string, HubEntity | undefined>((ids) => this.hubs.hubsByIds(ids)),
      roomById: new DataLoader<string, RoomEntity | undefined>((ids) => this.hubs.roomsByIds(ids)),
      roomsByHubId: new DataLoader<string, RoomEntity[]>((ids) => this.hubs.roomsByHubIds(ids)),
      userById,
      hubIdsByUserId: new DataLoader<string, string[]>((ids) => this.identity.hubIdsByUserIds(ids)),
      /** With memberships awaiting approval: the hub's coordinators see who is waiting. */
      allHubIdsByUserId: new DataLoader<string, string[]>((ids) => this.identity.hubIdsByUserIds(ids, { includePending: true })),
      guardianConsentByUserId: new DataLoader<string, GuardianConsentEntity | undefined>((ids) =>
        this.identity.guardianConsentsByUserIds(ids),
      ),
      curriculumById: new DataLoader<string, CurriculumEntity | undefined>((ids) => this.curricula.curriculaByIds(ids)),
      modulesByCurriculumId: new DataLoader<string, CurriculumModuleEntity[]>((ids) => this.curricula.modulesByCurriculumIds(ids)),
      lessonsByModuleId: new DataLoader<string, LessonEntity[]>((ids) => this.curricula.lessonsByModuleIds(ids)),
      assignmentsByModuleId: new DataLoader<string, AssignmentEntity[]>(async (ids) =>
        primeEach(assignmentById, await this.curricula.assignmentsByModuleIds(ids)),
      ),
      criteriaByAssignmentId: new DataLoader<string, RubricCriterionEntity[]>((ids) => this.curricula.criteriaByAssignmentIds(ids)),
      cohortById: new DataLoader<string, CohortEntity | undefined>((ids) => this.cohorts.cohortsByIds(ids)),

      /** Cohorts as the caller may see them (cohort(id)'s rule), for every field that leads to one. */
      visibleCohortById: new DataLoader<string, CohortEntity | undefined>((ids) => this.cohorts.visibleCohortsByIds(caller(), ids)),
      /** For a mentor caller: is this trainee in a cohort they mentor (then they may see the email). */
      isMenteeOfCaller: new DataLoader<string, boolean>((ids) => this.cohorts.menteesOf(caller().id, ids)),
      mentorIdsByCohortId,
      enrollmentPage: new DataLoader<EnrollmentPageKey, EnrollmentPage>(
        async (keys) => {
          const pages = await this.cohorts.enrollmentPages(keys);
          primeEach(
            enrollmentById,
            pages.map((page) => page.rows.map((row) => row.enrollment)),
          );
          primeEach(
            userById,
            pages.map((page) => page.rows.flatMap((row) => row.trainee ?? [])),
          );
          return pages;
        },
        { cache: false },
      ),
      sessionById,
      sessionsByCohortId: new DataLoader<string, SessionEntity[]>(async (ids) =>
        primeEach(sessionById, await this.scheduling.sessionsByCohortIds(ids)),
      ),
      attendanceBySessionId: new DataLoader<string, AttendanceRecordRow[]>((ids) =>
        this.attendance.recordsBySessionIds(ids, ownRecordsOnly(caller())),
      ),
      /** The same, only whose and which status, for a selection that asks no more (a grid). */
      attendanceStatusBySessionId: new DataLoader<string, AttendanceStatusRow[]>((ids) =>
        this.attendance.statusesBySessionIds(ids, ownRecordsOnly(caller())),
      ),
      enrollmentById,
      assignmentById,
      criterionById: new DataLoader<string, RubricCriterionEntity | undefined>((ids) => this.curricula.criteriaByIds(ids)),
      submissionContentById: new DataLoader<string, string | undefined>((ids) => this.grading.contentsOf(ids)),
      submissionsByEnrollmentId: new DataLoader<string, SubmissionEntity[]>((ids) => this.grading.submissionsByEnrollmentIds(ids)),
      gradesBySubmissionId: new DataLoader<string, GradeEntity[]>((ids) => this.grading.gradesBySubmissionIds(ids)),
      criterionScoresByGradeId: new DataLoader<string, CriterionScoreEntity[]>((ids) => this.grading.criterionScoresByGradeIds(ids)),
      /** Keys: "traineeId:cohortId:lessonId". */
      lessonCompletedAt: new DataLoader<string, Date | null>((keys) => this.grading.completionTimes(keys)),
      progressByEnrollmentId: new DataLoader<string, ProgressWithSchedule | undefined>((ids) =>
        this.progress.progressOf(ids, ownRecordsOnly(caller())),
      ),
      certificateByEnrollmentId: new DataLoader<string, ListedCertificate | undefined>((ids) =>
        this.certificates.currentCertificatesByEnrollmentIds(ids),
      ),
      /** A cohort list's grading counts at once (null where the caller does not grade). */
      gradingQueueOfCohort: new DataLoader<{ id: string; hubId: string }, GradingQueueCounts | null, string>(
        (cohorts) => this.grading.queueCountsOf(caller(), cohorts, (id) => mentorIdsByCohortId.load(id)),
        { cacheKeyFn: (cohort) => cohort.id },
      ),
      /** Only what waits for a grade, for lists that ask no more (the hub home). */
      waitingGradingOfCohort: new DataLoader<{ id: string; hubId: string }, WaitingCounts | null, string>(
        (cohorts) => this.grading.waitingCountsOf(caller(), cohorts, (id) => mentorIdsByCohortId.load(id)),
        { cacheKeyFn: (cohort) => cohort.id },
      ),
      batchByCohortId: new DataLoader<string, BatchState | undefined>((ids) => this.issuance.batchesByCohortIds(ids)),
      startupById: new DataLoader<string, StartupEntity | undefined>((ids) => this.mentorship.startupsByIds(ids)),
      peopleByStartupId: new DataLoader<string, ShownStartupPeople>((ids) => this.shownPeopleOf(ids)),
    };
  }

  /**
   * The people of a directory page of start-ups in two statements, read straight into one map rather
   * than through userById: a page of 200 start-ups has about 1,200 people, and every DataLoader load
   * costs promises, cached or not.
   */
  private async shownPeopleOf(ids: readonly string[]): Promise<ShownStartupPeople[]> {
    const people = await this.mentorship.peopleOf(ids);
    const personIds = [...new Set(people.flatMap(({ memberIds, mentorIds }) => [...memberIds, ...mentorIds]))];
    const users = new Map<string, ShownUser>();
    for (const user of await this.identity.shownUsersByIds(personIds)) if (user) users.set(user.id, user);
    const shown = (userIds: string[]) => userIds.flatMap((id) => users.get(id) ?? []);
    return people.map(({ memberIds, mentorIds }) => ({ members: shown(memberIds), mentors: shown(mentorIds) }));
  }
}

export type Loaders = ReturnType<LoaderFactory['create']>;

/** A start-up's members and mentors as lists show them, in their order. */
export interface ShownStartupPeople {
  members: ShownUser[];
  mentors: ShownUser[];
}

/** A trainee reads only their own attendance records and progress: their cohort page then reads 30 rows, not the whole cohort's register. */
const ownRecordsOnly = (caller: AuthUser) => (caller.role === Role.TRAINEE ? caller.id : undefined);

/**
 * Answers later by-id loads of rows a list loader has just read (a session's zone, a submission's
 * assignment or enrollment) from those rows, instead of reading them again: a statement fewer each.
 */
function primeEach<T extends { id: string }>(byId: DataLoader<string, T | undefined>, lists: T[][]): T[][] {
  for (const list of lists) for (const item of list) byId.prime(item.id, item);
  return lists;
}
