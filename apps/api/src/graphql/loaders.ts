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

  /**
   * The people of a directory page of start-ups in two statements, read straight into one map rather
   * than through userById: a page of 200 start-ups has about 1,200 people, and every DataLoader load
   * costs promises, cached or not.
   */
  async shownPeopleOf(ids: readonly string[]): Promise<ShownStartupPeople[]> {
    const people = await this.mentorship.peopleOf(ids);
    const personIds = [...new Set(people.flatMap(({ memberIds, mentorIds }) => [...memberIds, ...mentorIds]))];
    const users = new Map<string, ShownUser>();
    for (const user of await this.identity.shownUsersByIds(personIds)) if (user) users.set(user.id, user);
    const shown = (userIds: string[]) => userIds.flatMap((id) => users.get(id) ?? []);
    return people.map(({ memberIds, mentorIds }) => ({ members: shown(memberIds), mentors: shown(mentorIds) }));
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
  private readonly made: Record<string, unknown> = {};

  constructor(
    private readonly from: LoaderFactory,
    private readonly caller: () => AuthUser,
  ) {}

  private lazy<T>(name: string, make: () => T): T {
    return (this.made[name] ??= make()) as T;
  }

  get hubById() {
    return this.lazy('hubById', () => new DataLoader<string, HubEntity | undefined>((ids) => this.from.hubs.hubsByIds(ids)));
  }

  get roomById() {
    return this.lazy('roomById', () => new DataLoader<string, RoomEntity | undefined>((ids) => this.from.hubs.roomsByIds(ids)));
  }

  get roomsByHubId() {
    return this.lazy('roomsByHubId', () => new DataLoader<string, RoomEntity[]>((ids) => this.from.hubs.roomsByHubIds(ids)));
  }

  get userById() {
    return this.lazy('userById', () => new DataLoader<string, ShownUser | undefined>((ids) => this.from.identity.shownUsersByIds(ids)));
  }

  get hubIdsByUserId() {
    return this.lazy('hubIdsByUserId', () => new DataLoader<string, string[]>((ids) => this.from.identity.hubIdsByUserIds(ids)));
  }

  /** With memberships awaiting approval: the hub's coordinators see who is waiting. */
  get allHubIdsByUserId() {
    return this.lazy(
      'allHubIdsByUserId',
      () => new DataLoader<string, string[]>((ids) => this.from.identity.hubIdsByUserIds(ids, { includePending: true })),
    );
  }

  get guardianConsentByUserId() {
    return this.lazy(
      'guardianConsentByUserId',
      () => new DataLoader<string, GuardianConsentEntity | undefined>((ids) => this.from.identity.guardianConsentsByUserIds(ids)),
    );
  }

  get curriculumById() {
    return this.lazy(
      'curriculumById',
      () => new DataLoader<string, CurriculumEntity | undefined>((ids) => this.from.curricula.curriculaByIds(ids)),
    );
  }

  get modulesByCurriculumId() {
    return this.lazy(
      'modulesByCurriculumId',
      () => new DataLoader<string, CurriculumModuleEntity[]>((ids) => this.from.curricula.modulesByCurriculumIds(ids)),
    );
  }

  get lessonsByModuleId() {
    return this.lazy(
      'lessonsByModuleId',
      () => new DataLoader<string, LessonEntity[]>((ids) => this.from.curricula.lessonsByModuleIds(ids)),
    );
  }

  get assignmentsByModuleId() {
    return this.lazy(
      'assignmentsByModuleId',
      () =>
        new DataLoader<string, AssignmentEntity[]>(async (ids) =>
          primeEach(this.assignmentById, await this.from.curricula.assignmentsByModuleIds(ids)),
        ),
    );
  }

  get criteriaByAssignmentId() {
    return this.lazy(
      'criteriaByAssignmentId',
      () => new DataLoader<string, RubricCriterionEntity[]>((ids) => this.from.curricula.criteriaByAssignmentIds(ids)),
    );
  }

  get cohortById() {
    return this.lazy('cohortById', () => new DataLoader<string, CohortEntity | undefined>((ids) => this.from.cohorts.cohortsByIds(ids)));
  }

  /** Cohorts as the caller may see them (cohort(id)'s rule), for every field that leads to one. */
  get visibleCohortById() {
    return this.lazy(
      'visibleCohortById',
      () => new DataLoader<string, CohortEntity | undefined>((ids) => this.from.cohorts.visibleCohortsByIds(this.caller(), ids)),
    );
  }

  /** For a mentor caller: is this trainee in a cohort they mentor (then they may see the email). */
  get isMenteeOfCaller() {
    return this.lazy(
      'isMenteeOfCaller',
      () => new DataLoader<string, boolean>((ids) => this.from.cohorts.menteesOf(this.caller().id, ids)),
    );
  }

  get mentorIdsByCohortId() {
    return this.lazy('mentorIdsByCohortId', () => new DataLoader<string, string[]>((ids) => this.from.cohorts.mentorIdsByCohortIds(ids)));
  }

  get enrollmentPage() {
    return this.lazy(
      'enrollmentPage',
      () =>
        new DataLoader<EnrollmentPageKey, EnrollmentPage>(
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
        ),
    );
  }

  get sessionById() {
    return this.lazy(
      'sessionById',
      () => new DataLoader<string, SessionEntity | undefined>((ids) => this.from.scheduling.sessionsByIds(ids)),
    );
  }

  get sessionsByCohortId() {
    return this.lazy(
      'sessionsByCohortId',
      () =>
        new DataLoader<string, SessionEntity[]>(async (ids) =>
          primeEach(this.sessionById, await this.from.scheduling.sessionsByCohortIds(ids)),
        ),
    );
  }

  get attendanceBySessionId() {
    return this.lazy(
      'attendanceBySessionId',
      () =>
        new DataLoader<string, AttendanceRecordRow[]>((ids) =>
          this.from.attendance.recordsBySessionIds(ids, ownRecordsOnly(this.caller())),
        ),
    );
  }

  /** The same, only whose and which status, for a selection that asks no more (a grid). */
  get attendanceStatusBySessionId() {
    return this.lazy(
      'attendanceStatusBySessionId',
      () =>
        new DataLoader<string, AttendanceStatusRow[]>((ids) =>
          this.from.attendance.statusesBySessionIds(ids, ownRecordsOnly(this.caller())),
        ),
    );
  }

  get enrollmentById() {
    return this.lazy(
      'enrollmentById',
      () => new DataLoader<string, EnrollmentEntity | undefined>((ids) => this.from.cohorts.enrollmentsByIds(ids)),
    );
  }

  get assignmentById() {
    return this.lazy(
      'assignmentById',
      () => new DataLoader<string, AssignmentEntity | undefined>((ids) => this.from.curricula.assignmentsByIds(ids)),
    );
  }

  get criterionById() {
    return this.lazy(
      'criterionById',
      () => new DataLoader<string, RubricCriterionEntity | undefined>((ids) => this.from.curricula.criteriaByIds(ids)),
    );
  }

  get submissionContentById() {
    return this.lazy('submissionContentById', () => new DataLoader<string, string | undefined>((ids) => this.from.grading.contentsOf(ids)));
  }

  get submissionsByEnrollmentId() {
    return this.lazy(
      'submissionsByEnrollmentId',
      () => new DataLoader<string, SubmissionEntity[]>((ids) => this.from.grading.submissionsByEnrollmentIds(ids)),
    );
  }

  get gradesBySubmissionId() {
    return this.lazy(
      'gradesBySubmissionId',
      () => new DataLoader<string, GradeEntity[]>((ids) => this.from.grading.gradesBySubmissionIds(ids)),
    );
  }

  get criterionScoresByGradeId() {
    return this.lazy(
      'criterionScoresByGradeId',
      () => new DataLoader<string, CriterionScoreEntity[]>((ids) => this.from.grading.criterionScoresByGradeIds(ids)),
    );
  }

  /** Keys: "traineeId:cohortId:lessonId". */
  get lessonCompletedAt() {
    return this.lazy('lessonCompletedAt', () => new DataLoader<string, Date | null>((keys) => this.from.grading.completionTimes(keys)));
  }

  get progressByEnrollmentId() {
    return this.lazy(
      'progressByEnrollmentId',
      () =>
        new DataLoader<string, ProgressWithSchedule | undefined>((ids) =>
          this.from.progress.progressOf(ids, ownRecordsOnly(this.caller())),
        ),
    );
  }

  get certificateByEnrollmentId() {
    return this.lazy(
      'certificateByEnrollmentId',
      () => new DataLoader<string, ListedCertificate | undefined>((ids) => this.from.certificates.currentCertificatesByEnrollmentIds(ids)),
    );
  }

  /** A cohort list's grading counts at once (null where the caller does not grade). */
  get gradingQueueOfCohort() {
    return this.lazy(
      'gradingQueueOfCohort',
      () =>
        new DataLoader<{ id: string; hubId: string }, GradingQueueCounts | null, string>(
          (cohorts) => this.from.grading.queueCountsOf(this.caller(), cohorts, (id) => this.mentorIdsByCohortId.load(id)),
          { cacheKeyFn: (cohort) => cohort.id },
        ),
    );
  }

  /** Only what waits for a grade, for lists that ask no more (the hub home). */
  get waitingGradingOfCohort() {
    return this.lazy(
      'waitingGradingOfCohort',
      () =>
        new DataLoader<{ id: string; hubId: string }, WaitingCounts | null, string>(
          (cohorts) => this.from.grading.waitingCountsOf(this.caller(), cohorts, (id) => this.mentorIdsByCohortId.load(id)),
          { cacheKeyFn: (cohort) => cohort.id },
        ),
    );
  }

  get batchByCohortId() {
    return this.lazy(
      'batchByCohortId',
      () => new DataLoader<string, BatchState | undefined>((ids) => this.from.issuance.batchesByCohortIds(ids)),
    );
  }

  get startupById() {
    return this.lazy(
      'startupById',
      () => new DataLoader<string, StartupEntity | undefined>((ids) => this.from.mentorship.startupsByIds(ids)),
    );
  }

  get peopleByStartupId() {
    return this.lazy('peopleByStartupId', () => new DataLoader<string, ShownStartupPeople>((ids) => this.from.shownPeopleOf(ids)));
  }
}

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
