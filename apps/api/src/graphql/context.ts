import DataLoader from 'dataloader';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AttendanceRecordEntity, AttendanceService } from '@sanggar/attendance';
import type { BatchState, CertificateEntity, CertificatesService } from '@sanggar/certificates';
import {
  type CohortEntity,
  CohortErrors,
  type CohortsService,
  type EnrollmentEntity,
  type EnrollmentPage,
  type EnrollmentPageKey,
} from '@sanggar/cohorts';
import { type AuthUser, type Locale, localeFromAcceptLanguage } from '@sanggar/core';
import type {
  AssignmentEntity,
  CurriculaService,
  CurriculumEntity,
  CurriculumModuleEntity,
  LessonEntity,
  RubricCriterionEntity,
} from '@sanggar/curricula';
import type {
  CriterionScoreEntity,
  GradeEntity,
  GradingService,
  ProgressService,
  ProgressWithSchedule,
  SubmissionEntity,
} from '@sanggar/grading';
import { type HubEntity, HubErrors, type HubsService, type RoomEntity } from '@sanggar/hubs';
import type { IdentityService, UserEntity } from '@sanggar/identity';
import type { MentorshipService, StartupEntity } from '@sanggar/mentorship';
import type { SchedulingService, SessionEntity } from '@sanggar/scheduling';
import type { LoggedRequest } from '../http/hardening.js';

/** The services the per-request loaders batch through. */
export interface LoaderServices {
  identity: IdentityService;
  hubs: HubsService;
  curricula: CurriculaService;
  cohorts: CohortsService;
  scheduling: SchedulingService;
  attendance: AttendanceService;
  grading: GradingService;
  progress: ProgressService;
  certificates: CertificatesService;
  mentorship: MentorshipService;
}

/**
 * Batching loaders, made anew for each request so nothing is cached across callers. `caller` is the
 * authenticated user (the guard has run before any field asks for a caller-scoped loader).
 */
export function createLoaders(
  { identity, hubs, curricula, cohorts, scheduling, attendance, grading, progress, certificates, mentorship }: LoaderServices,
  caller: () => AuthUser,
) {
  return {
    hubById: new DataLoader<string, HubEntity | undefined>((ids) => hubs.hubsByIds(ids)),
    roomById: new DataLoader<string, RoomEntity | undefined>((ids) => hubs.roomsByIds(ids)),
    roomsByHubId: new DataLoader<string, RoomEntity[]>((ids) => hubs.roomsByHubIds(ids)),
    userById: new DataLoader<string, UserEntity | undefined>((ids) => identity.usersByIds(ids)),
    hubIdsByUserId: new DataLoader<string, string[]>((ids) => identity.hubIdsByUserIds(ids)),
    /** With memberships awaiting approval: the hub's coordinators see who is waiting. */
    allHubIdsByUserId: new DataLoader<string, string[]>((ids) => identity.hubIdsByUserIds(ids, { includePending: true })),
    curriculumById: new DataLoader<string, CurriculumEntity | undefined>((ids) => curricula.curriculaByIds(ids)),
    modulesByCurriculumId: new DataLoader<string, CurriculumModuleEntity[]>((ids) => curricula.modulesByCurriculumIds(ids)),
    lessonsByModuleId: new DataLoader<string, LessonEntity[]>((ids) => curricula.lessonsByModuleIds(ids)),
    assignmentsByModuleId: new DataLoader<string, AssignmentEntity[]>((ids) => curricula.assignmentsByModuleIds(ids)),
    criteriaByAssignmentId: new DataLoader<string, RubricCriterionEntity[]>((ids) => curricula.criteriaByAssignmentIds(ids)),
    cohortById: new DataLoader<string, CohortEntity | undefined>((ids) => cohorts.cohortsByIds(ids)),

    /** Cohorts as the caller may see them (cohort(id)'s rule), for every field that leads to one. */
    visibleCohortById: new DataLoader<string, CohortEntity | undefined>((ids) => cohorts.visibleCohortsByIds(caller(), ids)),
    /** For a mentor caller: is this trainee in a cohort they mentor (then they may see the email). */
    isMenteeOfCaller: new DataLoader<string, boolean>((ids) => cohorts.menteesOf(caller().id, ids)),
    mentorIdsByCohortId: new DataLoader<string, string[]>((ids) => cohorts.mentorIdsByCohortIds(ids)),
    enrollmentPage: new DataLoader<EnrollmentPageKey, EnrollmentPage>((keys) => cohorts.enrollmentPages(keys), { cache: false }),
    sessionById: new DataLoader<string, SessionEntity | undefined>((ids) => scheduling.sessionsByIds(ids)),
    sessionsByCohortId: new DataLoader<string, SessionEntity[]>((ids) => scheduling.sessionsByCohortIds(ids)),
    attendanceBySessionId: new DataLoader<string, AttendanceRecordEntity[]>((ids) => attendance.recordsBySessionIds(ids)),
    enrollmentById: new DataLoader<string, EnrollmentEntity | undefined>((ids) => cohorts.enrollmentsByIds(ids)),
    assignmentById: new DataLoader<string, AssignmentEntity | undefined>((ids) => curricula.assignmentsByIds(ids)),
    criterionById: new DataLoader<string, RubricCriterionEntity | undefined>((ids) => curricula.criteriaByIds(ids)),
    submissionsByEnrollmentId: new DataLoader<string, SubmissionEntity[]>((ids) => grading.submissionsByEnrollmentIds(ids)),
    gradesBySubmissionId: new DataLoader<string, GradeEntity[]>((ids) => grading.gradesBySubmissionIds(ids)),
    criterionScoresByGradeId: new DataLoader<string, CriterionScoreEntity[]>((ids) => grading.criterionScoresByGradeIds(ids)),
    /** Keys: "traineeId:cohortId:lessonId". */
    lessonCompletedAt: new DataLoader<string, Date | null>((keys) => grading.completionTimes(keys)),
    progressByEnrollmentId: new DataLoader<string, ProgressWithSchedule | undefined>((ids) => progress.progressOf(ids)),
    certificateByEnrollmentId: new DataLoader<string, CertificateEntity | undefined>((ids) =>
      certificates.currentCertificatesByEnrollmentIds(ids),
    ),
    batchByCohortId: new DataLoader<string, BatchState | undefined>((ids) => certificates.batchesByCohortIds(ids)),
    startupById: new DataLoader<string, StartupEntity | undefined>((ids) => mentorship.startupsByIds(ids)),
    memberIdsByStartupId: new DataLoader<string, string[]>((ids) => mentorship.membersOf(ids)),
    mentorIdsByStartupId: new DataLoader<string, string[]>((ids) => mentorship.mentorIdsOf(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GqlContext {
  req: FastifyRequest;
  reply: FastifyReply;
  loaders: Loaders;
  /** The caller's language: their profile once known, else the Accept-Language header. */
  locale: Locale;
  /** Set by the auth guard: the caller, loaded once per request and shared by every field. */
  userPromise?: Promise<AuthUser>;
  user?: AuthUser;
}

export function createContext(services: LoaderServices, { req, reply }: { req: FastifyRequest; reply: FastifyReply }): GqlContext {
  // The request object, unlike this context, is the one the guard sees: the caller is kept on it.
  const caller = () => {
    const user = (req as LoggedRequest).caller;
    if (!user) throw new Error('a caller-scoped loader ran before the guard');
    return user;
  };
  return { req, reply, locale: localeFromAcceptLanguage(req.headers['accept-language']), loaders: createLoaders(services, caller) };
}

/** Loads users by id, skipping any that no longer exist. */
export async function loadUsers(loaders: Loaders, ids: string[]): Promise<UserEntity[]> {
  const users = await loaders.userById.loadMany(ids);
  return users.filter((user): user is UserEntity => user !== undefined && !(user instanceof Error));
}

/** The time zone of a hub, in which every instant about it is written (see DateTimeScalar). */
export async function zoneOfHub(loaders: Loaders, hubId: string): Promise<string> {
  const hub = await loaders.hubById.load(hubId);
  if (!hub) throw HubErrors.hubNotFound();
  return hub.timezone;
}

/** The time zone of a cohort's hub. */
export async function zoneOfCohort(loaders: Loaders, cohortId: string): Promise<string> {
  const cohort = await loaders.cohortById.load(cohortId);
  if (!cohort) throw CohortErrors.cohortNotFound();
  return zoneOfHub(loaders, cohort.hubId);
}
