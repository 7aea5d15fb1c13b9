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
import { MentorshipService, type StartupEntity, type StartupPeople } from '@sanggar/mentorship';
import { SchedulingService, type SessionEntity } from '@sanggar/scheduling';

/** Makes each request's batching loaders (one `= ANY($1)` query per relation and request, results in key order). */
@Injectable()
export class LoaderFactory {
  constructor(
    readonly identity: IdentityService,
    readonly hubs: HubsService,
    readonly curricula: CurriculaService,
    readonly cohorts: CohortsService,
    readonly scheduling: SchedulingService,
    readonly attendance: AttendanceService,
    readonly grading: GradingService,
    readonly progress: ProgressService,
    readonly certificates: CertificatesService,
    readonly issuance: CertificateIssuance,
    readonly mentorship: MentorshipService,
  ) {}

  /** A request's loaders (see Loaders). */
  create(caller: () => AuthUser): Loaders {
    return new Loaders(this, caller);
  }
}

/**
 * One request's batching loaders, made anew for each request (nothing is cached across callers) and
 * each on its first use: a request uses a few of the ~40, and making them all up front, each with
 * its cache map, made garbage collection a large part of a small query's CPU (the maps outlived
 * their requests into scavenges). `caller` is the authenticated user (the guard has run before any
 * field asks for a caller-scoped loader).
 */
export class Loaders {
  /**
   * Whether rows remembered between requests (CohortRows) may answer: not in a mutation, which
   * reads afresh what it may have just changed (set before any field runs).
   */
  remembering = true;

  // Each made by its getter on first use; all set here (to undefined) so every request's object has one shape.
  private hubByIdLoader?: DataLoader<string, HubEntity | undefined> = undefined;
  private roomByIdLoader?: DataLoader<string, RoomEntity | undefined> = undefined;
  private roomsByHubIdLoader?: DataLoader<string, RoomEntity[]> = undefined;
  private userByIdLoader?: DataLoader<string, ShownUser | undefined> = undefined;
  private hubIdsByUserIdLoader?: DataLoader<string, string[]> = undefined;
  private allHubIdsByUserIdLoader?: DataLoader<string, string[]> = undefined;
  private guardianConsentByUserIdLoader?: DataLoader<string, GuardianConsentEntity | undefined> = undefined;
  private curriculumByIdLoader?: DataLoader<string, CurriculumEntity | undefined> = undefined;
  private modulesByCurriculumIdLoader?: DataLoader<string, CurriculumModuleEntity[]> = undefined;
  private lessonsByModuleIdLoader?: DataLoader<string, LessonEntity[]> = undefined;
  private assignmentsByModuleIdLoader?: DataLoader<string, AssignmentEntity[]> = undefined;
  private criteriaByAssignmentIdLoader?: DataLoader<string, RubricCriterionEntity[]> = undefined;
  private cohortByIdLoader?: DataLoader<string, CohortEntity | undefined> = undefined;
  private visibleCohortByIdLoader?: DataLoader<string, CohortEntity | undefined> = undefined;
  private isMenteeOfCallerLoader?: DataLoader<string, boolean> = undefined;
  private mentorIdsByCohortIdLoader?: DataLoader<string, string[]> = undefined;
  private enrollmentPageLoader?: DataLoader<EnrollmentPageKey, EnrollmentPage> = undefined;
  private sessionByIdLoader?: DataLoader<string, SessionEntity | undefined> = undefined;
  private sessionsByCohortIdLoader?: DataLoader<string, SessionEntity[]> = undefined;
  private attendanceBySessionIdLoader?: DataLoader<string, AttendanceRecordRow[]> = undefined;
  private attendanceStatusBySessionIdLoader?: DataLoader<string, AttendanceStatusRow[]> = undefined;
  private enrollmentByIdLoader?: DataLoader<string, EnrollmentEntity | undefined> = undefined;
  private assignmentByIdLoader?: DataLoader<string, AssignmentEntity | undefined> = undefined;
  private criterionByIdLoader?: DataLoader<string, RubricCriterionEntity | undefined> = undefined;
  private submissionContentByIdLoader?: DataLoader<string, string | undefined> = undefined;
  private submissionsByEnrollmentIdLoader?: DataLoader<string, SubmissionEntity[]> = undefined;
  private gradesBySubmissionIdLoader?: DataLoader<string, GradeEntity[]> = undefined;
  private criterionScoresByGradeIdLoader?: DataLoader<string, CriterionScoreEntity[]> = undefined;
  private lessonCompletedAtLoader?: DataLoader<string, Date | null> = undefined;
  private progressByEnrollmentIdLoader?: DataLoader<string, ProgressWithSchedule | undefined> = undefined;
  private certificateByEnrollmentIdLoader?: DataLoader<string, ListedCertificate | undefined> = undefined;
  private gradingQueueOfCohortLoader?: DataLoader<{ id: string; hubId: string }, GradingQueueCounts | null, string> = undefined;
  private waitingGradingOfCohortLoader?: DataLoader<{ id: string; hubId: string }, WaitingCounts | null, string> = undefined;
  private batchByCohortIdLoader?: DataLoader<string, BatchState | undefined> = undefined;
  private startupByIdLoader?: DataLoader<string, StartupEntity | undefined> = undefined;
  private peopleByStartupIdLoader?: DataLoader<string, StartupPeople> = undefined;

  constructor(
    private readonly from: LoaderFactory,
    private readonly caller: () => AuthUser,
  ) {}

  get hubById() {
    return (this.hubByIdLoader ??= new DataLoader((ids) => this.from.hubs.hubsByIds(ids)));
  }

  get roomById() {
    return (this.roomByIdLoader ??= new DataLoader((ids) => this.from.hubs.roomsByIds(ids)));
  }

  get roomsByHubId() {
    return (this.roomsByHubIdLoader ??= new DataLoader((ids) => this.from.hubs.roomsByHubIds(ids)));
  }

  get userById() {
    return (this.userByIdLoader ??= new DataLoader((ids) => this.from.identity.shownUsersByIds(ids)));
  }

  get hubIdsByUserId() {
    return (this.hubIdsByUserIdLoader ??= new DataLoader((ids) => this.from.identity.hubIdsByUserIds(ids)));
  }

  /** With memberships awaiting approval: the hub's coordinators see who is waiting. */
  get allHubIdsByUserId() {
    return (this.allHubIdsByUserIdLoader ??= new DataLoader((ids) => this.from.identity.hubIdsByUserIds(ids, { includePending: true })));
  }

  get guardianConsentByUserId() {
    return (this.guardianConsentByUserIdLoader ??= new DataLoader((ids) => this.from.identity.guardianConsentsByUserIds(ids)));
  }

  get curriculumById() {
    return (this.curriculumByIdLoader ??= new DataLoader((ids) => this.from.curricula.curriculaByIds(ids)));
  }

  get modulesByCurriculumId() {
    return (this.modulesByCurriculumIdLoader ??= new DataLoader((ids) => this.from.curricula.modulesByCurriculumIds(ids)));
  }

  get lessonsByModuleId() {
    return (this.lessonsByModuleIdLoader ??= new DataLoader((ids) => this.from.curricula.lessonsByModuleIds(ids)));
  }

  get assignmentsByModuleId() {
    return (this.assignmentsByModuleIdLoader ??= new DataLoader(async (ids) =>
      primeEach(this.assignmentById, await this.from.curricula.assignmentsByModuleIds(ids)),
    ));
  }

  get criteriaByAssignmentId() {
    return (this.criteriaByAssignmentIdLoader ??= new DataLoader((ids) => this.from.curricula.criteriaByAssignmentIds(ids)));
  }

  get cohortById() {
    return (this.cohortByIdLoader ??= new DataLoader((ids) => this.from.cohorts.cohortsByIds(ids, this.remembering)));
  }

  /** Cohorts as the caller may see them (cohort(id)'s rule), for every field that leads to one. */
  get visibleCohortById() {
    return (this.visibleCohortByIdLoader ??= new DataLoader((ids) =>
      this.from.cohorts.visibleCohortsByIds(this.caller(), ids, this.remembering),
    ));
  }

  /** For a mentor caller: is this trainee in a cohort they mentor (then they may see the email). */
  get isMenteeOfCaller() {
    return (this.isMenteeOfCallerLoader ??= new DataLoader((ids) => this.from.cohorts.menteesOf(this.caller().id, ids)));
  }

  get mentorIdsByCohortId() {
    return (this.mentorIdsByCohortIdLoader ??= new DataLoader((ids) => this.from.cohorts.mentorIdsByCohortIds(ids)));
  }

  get enrollmentPage() {
    return (this.enrollmentPageLoader ??= new DataLoader(
      async (keys) => {
        const pages = await this.from.cohorts.enrollmentPages(keys);
        primeEach(
          this.enrollmentById,
          pages.map((page) => page.rows.map((row) => row.enrollment)),
        );
        primeEach(
          this.userById,
          pages.map((page) => page.rows.flatMap((row) => row.trainee ?? [])),
        );
        return pages;
      },
      { cache: false },
    ));
  }

  get sessionById() {
    return (this.sessionByIdLoader ??= new DataLoader((ids) => this.from.scheduling.sessionsByIds(ids)));
  }

  get sessionsByCohortId() {
    return (this.sessionsByCohortIdLoader ??= new DataLoader(async (ids) =>
      primeEach(this.sessionById, await this.from.scheduling.sessionsByCohortIds(ids)),
    ));
  }

  get attendanceBySessionId() {
    return (this.attendanceBySessionIdLoader ??= new DataLoader((ids) =>
      this.from.attendance.recordsBySessionIds(ids, ownRecordsOnly(this.caller())),
    ));
  }

  /** The same, only whose and which status, for a selection that asks no more (a grid). */
  get attendanceStatusBySessionId() {
    return (this.attendanceStatusBySessionIdLoader ??= new DataLoader((ids) =>
      this.from.attendance.statusesBySessionIds(ids, ownRecordsOnly(this.caller())),
    ));
  }

  get enrollmentById() {
    return (this.enrollmentByIdLoader ??= new DataLoader((ids) => this.from.cohorts.enrollmentsByIds(ids)));
  }

  get assignmentById() {
    return (this.assignmentByIdLoader ??= new DataLoader((ids) => this.from.curricula.assignmentsByIds(ids)));
  }

  get criterionById() {
    return (this.criterionByIdLoader ??= new DataLoader((ids) => this.from.curricula.criteriaByIds(ids)));
  }

  get submissionContentById() {
    return (this.submissionContentByIdLoader ??= new DataLoader((ids) => this.from.grading.contentsOf(ids)));
  }

  get submissionsByEnrollmentId() {
    return (this.submissionsByEnrollmentIdLoader ??= new DataLoader((ids) => this.from.grading.submissionsByEnrollmentIds(ids)));
  }

  get gradesBySubmissionId() {
    return (this.gradesBySubmissionIdLoader ??= new DataLoader((ids) => this.from.grading.gradesBySubmissionIds(ids)));
  }

  get criterionScoresByGradeId() {
    return (this.criterionScoresByGradeIdLoader ??= new DataLoader((ids) => this.from.grading.criterionScoresByGradeIds(ids)));
  }

  /** Keys: "traineeId:cohortId:lessonId". */
  get lessonCompletedAt() {
    return (this.lessonCompletedAtLoader ??= new DataLoader((keys) => this.from.grading.completionTimes(keys)));
  }

  get progressByEnrollmentId() {
    return (this.progressByEnrollmentIdLoader ??= new DataLoader((ids) =>
      this.from.progress.progressOf(ids, ownRecordsOnly(this.caller())),
    ));
  }

  get certificateByEnrollmentId() {
    return (this.certificateByEnrollmentIdLoader ??= new DataLoader((ids) =>
      this.from.certificates.currentCertificatesByEnrollmentIds(ids),
    ));
  }

  /** A cohort list's grading counts at once (null where the caller does not grade). */
  get gradingQueueOfCohort() {
    return (this.gradingQueueOfCohortLoader ??= new DataLoader(
      (cohorts) => this.from.grading.queueCountsOf(this.caller(), cohorts, (id) => this.mentorIdsByCohortId.load(id)),
      { cacheKeyFn: (cohort) => cohort.id },
    ));
  }

  /** Only what waits for a grade, for lists that ask no more (the hub home). */
  get waitingGradingOfCohort() {
    return (this.waitingGradingOfCohortLoader ??= new DataLoader(
      (cohorts) => this.from.grading.waitingCountsOf(this.caller(), cohorts, (id) => this.mentorIdsByCohortId.load(id)),
      { cacheKeyFn: (cohort) => cohort.id },
    ));
  }

  get batchByCohortId() {
    return (this.batchByCohortIdLoader ??= new DataLoader((ids) => this.from.issuance.batchesByCohortIds(ids)));
  }

  get startupById() {
    return (this.startupByIdLoader ??= new DataLoader((ids) => this.from.mentorship.startupsByIds(ids)));
  }

  get peopleByStartupId() {
    return (this.peopleByStartupIdLoader ??= new DataLoader((ids) => this.from.mentorship.peopleOf(ids)));
  }
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
