/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddAssignmentInput = {
  instructions?: string | null | undefined;
  moduleId: string | number;
  /** 0..100 */
  passingScore: number;
  rubric: Array<RubricCriterionInput>;
  title: string;
  /** relative weight in the final score; > 0 */
  weight: number;
};

export type AddLessonInput = {
  /** Markdown, up to 100,000 characters */
  content: string;
  durationMinutes?: number | null | undefined;
  moduleId: string | number;
  title: string;
  videoUrl?: string | null | undefined;
};

export type AddModuleInput = {
  curriculumId: string | number;
  title: string;
};

export type AttendanceEntryInput = {
  note?: string | null | undefined;
  status: AttendanceStatus;
  traineeId: string | number;
};

export type AttendanceSource =
  | 'AUTO'
  | 'CHECKIN'
  | 'MANUAL';

export type AttendanceStatus =
  | 'ABSENT'
  | 'EXCUSED'
  | 'LATE'
  | 'PRESENT';

export type AuditAction =
  | 'CERTIFICATE_REISSUED'
  | 'COHORT_CERTIFICATES_DOWNLOADED'
  | 'COHORT_REPORT_DOWNLOADED'
  | 'DATA_EXPORT_DOWNLOADED'
  | 'DATA_EXPORT_REQUESTED'
  | 'GUARDIAN_CONSENT_RECORDED'
  | 'MEMBERS_LISTED'
  | 'NAME_CORRECTED'
  | 'PERSON_DEACTIVATED'
  | 'PERSON_ERASED'
  | 'PERSON_REACTIVATED'
  | 'PROFILE_CORRECTED';

export type BatchStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type BookOfficeHourInput = {
  /** What the start-up wants to discuss, 1 to 1000 characters */
  agenda: string;
  slotId: string | number;
  startupId: string | number;
};

export type BookingKind =
  | 'OFFICE_HOUR'
  | 'SESSION';

export type CertificateStatus =
  | 'REVOKED'
  | 'SUPERSEDED'
  | 'VALID';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** What a planned session would share: the room or the mentor */
export type ClashWith =
  | 'MENTOR'
  | 'ROOM';

export type CohortStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PLANNED'
  | 'RUNNING';

export type CompletionRuleInput = {
  minAttendanceRate: number;
  minFinalScore: number;
  requireAllAssignments: boolean;
};

export type CreateCohortInput = {
  capacity: number;
  curriculumId: string | number;
  endsOn: string;
  hubId: string | number;
  name: string;
  startsOn: string;
};

export type CreateCurriculumInput = {
  completionRule: CompletionRuleInput;
  description?: string | null | undefined;
  hubId: string | number;
  title: string;
};

export type CreateHubInput = {
  city: string;
  name: string;
  /** IANA time zone; Asia/Jakarta when omitted */
  timezone?: string | null | undefined;
};

export type CreateRoomInput = {
  capacity: number;
  hubId: string | number;
  name: string;
};

export type CriterionScoreInput = {
  criterionId: string | number;
  points: number;
};

export type CurriculumChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type CurriculumField =
  | 'COMPLETION_RULE'
  | 'CONTENT'
  | 'DESCRIPTION'
  | 'DURATION'
  | 'INSTRUCTIONS'
  | 'ORDER'
  | 'PASSING_SCORE'
  | 'RUBRIC'
  | 'TITLE'
  | 'VIDEO'
  | 'WEIGHT';

export type CurriculumItem =
  | 'ASSIGNMENT'
  | 'LESSON'
  | 'MODULE';

export type CurriculumItemKind =
  | 'ASSIGNMENT'
  | 'CURRICULUM'
  | 'LESSON'
  | 'MODULE';

export type CurriculumStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type DataExportStatus =
  | 'DOWNLOADED'
  | 'EXPIRED'
  | 'PREPARING'
  | 'READY';

/** Up to 200 trainees, by id and/or email */
export type EnrollManyInput = {
  cohortId: string | number;
  /** Pasted email addresses, any case */
  emails?: Array<string> | null | undefined;
  /** Trainees picked from the member directory */
  traineeIds?: Array<string | number> | null | undefined;
};

export type EnrollmentOutcomeKind =
  | 'ALREADY_IN'
  | 'ENROLLED'
  | 'GUARDIAN_CONSENT_NEEDED'
  | 'NOT_A_TRAINEE'
  | 'UNKNOWN'
  | 'WAITLISTED';

export type EnrollmentStatus =
  | 'COMPLETED'
  | 'ENROLLED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type ErasePersonInput = {
  /** The person’s current email, typed again: the second confirmation */
  confirmEmail: string;
  reason: ErasureReason;
  userId: string | number;
};

export type ErasureReason =
  | 'ACCOUNT_CREATED_IN_ERROR'
  | 'DUPLICATE_ACCOUNT'
  | 'GUARDIAN_REQUEST'
  | 'HOLDER_REQUEST';

export type GradeSubmissionInput = {
  feedback?: string | null | undefined;
  requestResubmission?: boolean | null | undefined;
  scores: Array<CriterionScoreInput>;
  /** How many grades the submission had when the grader opened it: a grade saved since is refused (GRADE_CHANGED) */
  seenGrades?: number | null | undefined;
  submissionId: string | number;
};

/** One person to invite: the account is created, the email invites them to choose a password */
export type InvitePersonInput = {
  email: string;
  fullName: string;
  locale?: Locale | null | undefined;
  role: Role;
};

/** Up to 200 people for one hub */
export type InviteUsersInput = {
  hubId: string | number;
  people: Array<InvitePersonInput>;
};

export type Locale =
  | 'en'
  | 'id';

export type LoginInput = {
  email: string;
  password: string;
};

export type NotificationCategory =
  | 'CERTIFICATES'
  | 'ENROLLMENT'
  | 'GRADES'
  | 'GRADING_DIGEST'
  | 'SESSION_CHANGES'
  | 'SESSION_REMINDERS';

/** Splits [startsAt, endsAt) into slots of slotMinutes; never overlaps the mentor’s sessions or other slots */
export type PublishOfficeHoursInput = {
  endsAt: string;
  /** Also reserves the room for these slots */
  roomId?: string | number | null | undefined;
  slotMinutes: number;
  startsAt: string;
  /** The same hours every week for this many weeks, 1 to 16 */
  weeks?: number | null | undefined;
};

/** Upsert: recording the same trainee twice for a session updates the one record */
export type RecordAttendanceInput = {
  entries: Array<AttendanceEntryInput>;
  /** The session’s registerVersion when the register was opened: a register changed since is refused (REGISTER_CHANGED) */
  expectedVersion?: string | null | undefined;
  sessionId: string | number;
};

/** A parent’s or guardian’s consent, from the form they signed */
export type RecordGuardianConsentInput = {
  /** The day they consented (not in the future) */
  consentedOn: string;
  guardianName: string;
  userId: string | number;
};

export type RegisterInput = {
  /** The person ticked that they read and accept the privacy notice (privacyNoticeVersion) */
  acceptPrivacyNotice?: boolean | null | undefined;
  email: string;
  fullName: string;
  hubId: string | number;
  locale?: Locale | null | undefined;
  password: string;
};

export type ReportFormat =
  | 'CSV'
  | 'XLSX';

/** Moves a session to another time (and room); its calendar entries and absence job follow */
export type RescheduleSessionInput = {
  endsAt: string;
  id: string | number;
  roomId?: string | number | null | undefined;
  startsAt: string;
};

/** From the link of a reset or invitation email */
export type ResetPasswordInput = {
  newPassword: string;
  token: string;
};

export type Role =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'MENTOR'
  | 'TRAINEE';

export type RubricCriterionInput = {
  /** Up to 6 levels; without them the grader gives points alone */
  levels?: Array<RubricLevelInput> | null | undefined;
  maxPoints: number;
  title: string;
};

/** One level of work on a criterion: what it looks like and what it scores */
export type RubricLevelInput = {
  /** What work at this level shows, up to 300 characters */
  description?: string | null | undefined;
  /** 0 to the criterion’s maxPoints; each level of a criterion scores differently */
  points: number;
  /** e.g. "Sangat baik", 1 to 60 characters */
  title: string;
};

export type ScheduleRecurringInput = {
  cohortId: string | number;
  durationMinutes: number;
  fromDate: string;
  mentorId?: string | number | null | undefined;
  roomId: string | number;
  /** Dates of the range left out (a holiday, a clash) */
  skipDates?: Array<string> | null | undefined;
  /** HH:mm in the hub time zone */
  startTime: string;
  title: string;
  untilDate: string;
  weekdays: Array<Weekday>;
};

export type SessionStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type SetNotificationPreferenceInput = {
  category: NotificationCategory;
  email: boolean;
};

export type SubmissionStatus =
  | 'GRADED'
  | 'RESUBMIT_REQUESTED'
  | 'SUBMITTED';

export type SubmitAssignmentInput = {
  assignmentId: string | number;
  cohortId: string | number;
  content: string;
};

/** The fields given change; a rubric given replaces the whole rubric */
export type UpdateAssignmentInput = {
  instructions?: string | null | undefined;
  /** 0..100 */
  passingScore?: number | null | undefined;
  rubric?: Array<RubricCriterionInput> | null | undefined;
  title?: string | null | undefined;
  /** relative weight in the final score; > 0 */
  weight?: number | null | undefined;
};

/** The fields given change; the start date only before the cohort starts */
export type UpdateCohortInput = {
  capacity?: number | null | undefined;
  endsOn?: string | null | undefined;
  name?: string | null | undefined;
  startsOn?: string | null | undefined;
};

/** The fields given change; the others stay */
export type UpdateCurriculumInput = {
  completionRule?: CompletionRuleInput | null | undefined;
  description?: string | null | undefined;
  title?: string | null | undefined;
};

/** What is given changes; the rest stays */
export type UpdateHubInput = {
  city?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  signupApproval?: boolean | null | undefined;
  /** IANA time zone, e.g. Asia/Makassar */
  timezone?: string | null | undefined;
};

/** The fields given change; the others stay */
export type UpdateLessonInput = {
  /** Markdown, up to 100,000 characters */
  content?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  title?: string | null | undefined;
  videoUrl?: string | null | undefined;
};

export type UpdateMentorProfileInput = {
  bio?: string | null | undefined;
  expertise: Array<string>;
  maxMentees: number;
};

export type UpdateModuleInput = {
  title: string;
};

/** What is given changes; the rest stays */
export type UpdateMyProfileInput = {
  /** Optional; someone who may be under 18 needs a guardian’s consent to enroll */
  birthYear?: number | null | undefined;
  fullName?: string | null | undefined;
  /** The language of screens, emails and errors */
  locale?: Locale | null | undefined;
};

/** The fields given change */
export type UpdateRoomInput = {
  capacity?: number | null | undefined;
  name?: string | null | undefined;
};

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

export type ErasePersonMutationVariables = Exact<{
  input: ErasePersonInput;
}>;


export type ErasePersonMutation = { erasePerson: { id: string, fullName: string } };

export type FailedEmailsQueryVariables = Exact<{
  first: number;
}>;


export type FailedEmailsQuery = { failedEmails: Array<{ id: string, subject: string, recipientName: string, recipientEmail: string, createdAt: string, error: string | null }> };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ category: NotificationCategory, email: boolean }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: Array<{ category: NotificationCategory }> };

export type MyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataQuery = { me: { id: string, birthYear: number | null }, myDataExports: Array<{ id: string, status: DataExportStatus, requestedAt: string, expiresAt: string | null }> };

export type SaveBirthYearMutationVariables = Exact<{
  birthYear: number;
}>;


export type SaveBirthYearMutation = { updateMyProfile: { id: string } };

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestDataExportMutation = { requestDataExport: { id: string } };

export type AcceptPrivacyNoticeMutationVariables = Exact<{
  version: string;
}>;


export type AcceptPrivacyNoticeMutation = { acceptPrivacyNotice: { id: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { accessToken: string, refreshToken: string } };

export type RecordGuardianConsentMutationVariables = Exact<{
  input: RecordGuardianConsentInput;
}>;


export type RecordGuardianConsentMutation = { recordGuardianConsent: { id: string } };

export type HubHomeCohortFragment = { id: string, name: string, status: CohortStatus, capacity: number, startsOn: string, endsOn: string, enrollments: { totalCount: number } };

export type HubHomeQueryVariables = Exact<{
  hubId: string | number;
  from: string;
  to: string;
  weekFrom: string;
  weekTo: string;
}>;


export type HubHomeQuery = { roomSchedule: Array<{ id: string, kind: BookingKind, roomId: string, title: string | null, cohortName: string | null, mentorName: string | null, startsAt: string, endsAt: string }>, hub: { attendance: { sessions: number, seated: number, attended: number, excused: number }, rooms: Array<{ id: string, name: string }> }, running: Array<{ id: string, name: string, status: CohortStatus, capacity: number, startsOn: string, endsOn: string, gradingQueue: { waiting: number, resubmitted: number } | null, enrollments: { totalCount: number } }>, planned: Array<{ id: string, name: string, status: CohortStatus, capacity: number, startsOn: string, endsOn: string, enrollments: { totalCount: number } }>, completed: Array<{ id: string, name: string, certificateBatch: { status: BatchStatus, total: number, issued: number, ineligible: number, failed: number } | null }>, pendingMembers: Array<{ id: string }> };

export type InviteUsersMutationVariables = Exact<{
  input: InviteUsersInput;
}>;


export type InviteUsersMutation = { inviteUsers: Array<{ email: string, user: { id: string } | null }> };

export type CorrectNameMutationVariables = Exact<{
  id: string | number;
  fullName: string;
}>;


export type CorrectNameMutation = { updateUser: { id: string, fullName: string } };

export type EnrollManyMutationVariables = Exact<{
  input: EnrollManyInput;
}>;


export type EnrollManyMutation = { enrollMany: Array<{ email: string | null, traineeId: string | null, outcome: EnrollmentOutcomeKind }> };

export type PdfArchiveUrlQueryVariables = Exact<{
  id: string | number;
}>;


export type PdfArchiveUrlQuery = { cohort: { certificateBatch: { pdfArchiveUrl: string | null } | null } };

export type UpdateCohortMutationVariables = Exact<{
  id: string | number;
  input: UpdateCohortInput;
}>;


export type UpdateCohortMutation = { updateCohort: { id: string } };

export type StartCohortMutationVariables = Exact<{
  id: string | number;
}>;


export type StartCohortMutation = { startCohort: { id: string } };

export type CompleteCohortMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteCohortMutation = { completeCohort: { id: string } };

export type CancelCohortMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelCohortMutation = { cancelCohort: { id: string } };

export type AssignMentorMutationVariables = Exact<{
  cohortId: string | number;
  mentorId: string | number;
}>;


export type AssignMentorMutation = { assignMentor: { id: string } };

export type UnassignMentorMutationVariables = Exact<{
  cohortId: string | number;
  mentorId: string | number;
}>;


export type UnassignMentorMutation = { unassignMentor: { id: string } };

export type CohortProgressQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CohortProgressQuery = { cohort: { enrollments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: EnrollmentStatus, trainee: { fullName: string }, progress: { attendanceRate: number, finalScore: number, assignmentsPassed: number, assignmentsTotal: number, eligible: boolean, unmetRequirements: Array<string> } } }> } } };

export type ProgressReportUrlQueryVariables = Exact<{
  id: string | number;
  format: ReportFormat;
}>;


export type ProgressReportUrlQuery = { cohort: { progressReportUrl: string } };

export type CohortRosterQueryVariables = Exact<{
  id: string | number;
  status?: EnrollmentStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type CohortRosterQuery = { cohort: { enrollments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: EnrollmentStatus, trainee: { id: string, fullName: string, email: string | null }, progress: { attendanceRate: number, finalScore: number, eligible: boolean }, certificate: { id: string, status: CertificateStatus, verificationCode: string, pdfUrl: string } | null } }> } } };

export type WithdrawTraineeMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawTraineeMutation = { withdrawEnrollment: { id: string } };

export type RevokeCertificateMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeCertificateMutation = { revokeCertificate: { id: string } };

export type ReissueCertificateMutationVariables = Exact<{
  id: string | number;
}>;


export type ReissueCertificateMutation = { reissueCertificate: { id: string } };

export type ManageCohortQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageCohortQuery = { cohort: { id: string, name: string, status: CohortStatus, capacity: number, startsOn: string, endsOn: string, hub: { id: string }, curriculum: { title: string, version: number }, mentors: Array<{ id: string, fullName: string }>, seated: { totalCount: number, edges: Array<{ node: { trainee: { id: string } } }> }, waitlisted: { totalCount: number }, certificateBatch: { id: string, status: BatchStatus, total: number, issued: number, ineligible: number, failed: number, errors: Array<string> } | null } };

export type EditedAssignmentQueryVariables = Exact<{
  curriculumId: string | number;
  id: string | number;
}>;


export type EditedAssignmentQuery = { curriculum: { assignment: { id: string, title: string, instructions: string | null, weight: number, passingScore: number, rubric: Array<{ title: string, maxPoints: number, levels: Array<{ title: string, points: number, description: string | null }> }> } } };

export type AddAssignmentMutationVariables = Exact<{
  input: AddAssignmentInput;
}>;


export type AddAssignmentMutation = { addAssignment: { id: string } };

export type UpdateAssignmentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAssignmentInput;
}>;


export type UpdateAssignmentMutation = { updateAssignment: { id: string } };

export type UpdateCurriculumMutationVariables = Exact<{
  id: string | number;
  input: UpdateCurriculumInput;
}>;


export type UpdateCurriculumMutation = { updateCurriculum: { id: string } };

export type CurriculumChangesQueryVariables = Exact<{
  id: string | number;
}>;


export type CurriculumChangesQuery = { curriculum: { changesSincePrevious: Array<{ kind: CurriculumChangeKind, item: CurriculumItemKind, title: string, moduleTitle: string | null, fields: Array<CurriculumField> }> } };

export type EditedLessonQueryVariables = Exact<{
  curriculumId: string | number;
  id: string | number;
}>;


export type EditedLessonQuery = { curriculum: { lesson: { id: string, title: string, content: string, videoUrl: string | null, durationMinutes: number | null } } };

export type AddLessonMutationVariables = Exact<{
  input: AddLessonInput;
}>;


export type AddLessonMutation = { addLesson: { id: string } };

export type UpdateLessonMutationVariables = Exact<{
  id: string | number;
  input: UpdateLessonInput;
}>;


export type UpdateLessonMutation = { updateLesson: { id: string } };

export type UpdateModuleMutationVariables = Exact<{
  id: string | number;
  input: UpdateModuleInput;
}>;


export type UpdateModuleMutation = { updateModule: { id: string } };

export type CurriculumEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type CurriculumEditorQuery = { curriculum: { id: string, title: string, description: string | null, version: number, status: CurriculumStatus, completionRule: { minAttendanceRate: number, minFinalScore: number, requireAllAssignments: boolean }, modules: Array<{ id: string, title: string, lessons: Array<{ id: string, title: string, durationMinutes: number | null }>, assignments: Array<{ id: string, title: string, weight: number, passingScore: number }> }> } };

export type MoveCurriculumItemMutationVariables = Exact<{
  item: CurriculumItem;
  id: string | number;
  position: number;
}>;


export type MoveCurriculumItemMutation = { moveCurriculumItem: { id: string } };

export type RemoveCurriculumItemMutationVariables = Exact<{
  item: CurriculumItem;
  id: string | number;
}>;


export type RemoveCurriculumItemMutation = { removeCurriculumItem: { id: string } };

export type PreviewSeriesQueryVariables = Exact<{
  input: ScheduleRecurringInput;
}>;


export type PreviewSeriesQuery = { previewRecurringSessions: { roomName: string, roomCapacity: number, seated: number, sessions: Array<{ startsAt: string, endsAt: string, outsideCohort: boolean, clashes: Array<{ with: ClashWith, title: string | null, startsAt: string, endsAt: string }> }> } };

export type SaveSeriesMutationVariables = Exact<{
  input: ScheduleRecurringInput;
}>;


export type SaveSeriesMutation = { scheduleRecurringSessions: Array<{ id: string }> };

export type CreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRoomMutation = { createRoom: { id: string } };

export type UpdateRoomMutationVariables = Exact<{
  id: string | number;
  input: UpdateRoomInput;
}>;


export type UpdateRoomMutation = { updateRoom: { id: string } };

export type RescheduleFromCalendarMutationVariables = Exact<{
  input: RescheduleSessionInput;
}>;


export type RescheduleFromCalendarMutation = { rescheduleSession: { id: string } };

export type CancelFromCalendarMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelFromCalendarMutation = { cancelSession: { id: string } };

export type HubScheduleQueryVariables = Exact<{
  hubId: string | number;
  from: string;
  to: string;
}>;


export type HubScheduleQuery = { roomSchedule: Array<{ id: string, kind: BookingKind, roomId: string, title: string | null, cohortId: string | null, cohortName: string | null, mentorName: string | null, startsAt: string, endsAt: string }>, hub: { id: string, timezone: string, rooms: Array<{ id: string, name: string, capacity: number }> }, cohorts: Array<{ id: string, name: string, status: CohortStatus, startsOn: string, endsOn: string, mentors: Array<{ id: string, fullName: string }> }> };

export type AssignmentBriefFragment = { id: string, title: string, instructions: string | null, passingScore: number, rubric: Array<{ id: string, title: string, maxPoints: number, levels: Array<{ title: string, points: number, description: string | null }> }> };

export type GradeDetailsFragment = { score: number, feedback: string | null, gradedAt: string, gradedBy: { fullName: string }, scores: Array<{ points: number, criterion: { id: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { privacyNoticeVersion: string, me: { id: string, fullName: string, role: Role, locale: Locale, privacyNoticeAccepted: boolean | null, hubs: Array<{ id: string, name: string, timezone: string }> } };

export type ChosenHubQueryVariables = Exact<{
  id: string | number;
}>;


export type ChosenHubQuery = { hub: { id: string, name: string, timezone: string } };

export type MembersQueryVariables = Exact<{
  hubId: string | number;
  search?: string | null | undefined;
  role?: Role | null | undefined;
  after?: string | null | undefined;
}>;


export type MembersQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fullName: string, email: string | null, role: Role, active: boolean | null } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type SessionInListFragment = { id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string } } };

export type SeatedPageFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { trainee: { id: string, fullName: string } } }> };

export type SlotInListFragment = { id: string, startsAt: string, endsAt: string, agenda: string | null, bookedBy: { name: string } | null };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, fullName: string, locale: Locale } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type AuditLogQueryVariables = Exact<{
  personId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  before?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: string, action: AuditAction, count: number | null, reason: ErasureReason | null, actor: { id: string, fullName: string } | null, subject: { id: string, fullName: string } | null }> };

export type RetryEmailMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryEmailMutation = { retryEmail: boolean };

export type AdminHubsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminHubsQuery = { hubs: Array<{ id: string, name: string, city: string, timezone: string }> };

export type CreateHubMutationVariables = Exact<{
  input: CreateHubInput;
}>;


export type CreateHubMutation = { createHub: { id: string } };

export type MyCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCertificatesQuery = { myCertificates: Array<{ id: string, status: CertificateStatus, holderName: string, curriculumTitle: string, cohortName: string, hubName: string, issuedAt: string, finalScore: number, attendanceRate: number, verificationCode: string, verifyUrl: string, pdfUrl: string, credentialUrl: string }> };

export type CheckInSessionsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CheckInSessionsQuery = { mySchedule: Array<{ id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string } } }> };

export type CheckInMutationVariables = Exact<{
  sessionId: string | number;
  code: string;
}>;


export type CheckInMutation = { checkIn: { id: string, status: AttendanceStatus } };

export type AssignmentPageQueryVariables = Exact<{
  cohortId: string | number;
  id: string | number;
}>;


export type AssignmentPageQuery = { assignment: { weight: number, id: string, title: string, instructions: string | null, passingScore: number, rubric: Array<{ id: string, title: string, maxPoints: number, levels: Array<{ title: string, points: number, description: string | null }> }> }, cohort: { name: string, status: CohortStatus, hub: { timezone: string }, enrollments: { edges: Array<{ node: { submissions: Array<{ id: string, attempt: number, status: SubmissionStatus, content: string, submittedAt: string, grade: { score: number, feedback: string | null, gradedAt: string, gradedBy: { fullName: string }, scores: Array<{ points: number, criterion: { id: string } }> } | null }> } }> } } };

export type SubmitAssignmentMutationVariables = Exact<{
  input: SubmitAssignmentInput;
}>;


export type SubmitAssignmentMutation = { submitAssignment: { id: string } };

export type CohortPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CohortPageQuery = { cohort: { id: string, name: string, startsOn: string, endsOn: string, hub: { name: string, timezone: string }, mentors: Array<{ id: string, fullName: string }>, curriculum: { title: string, modules: Array<{ id: string, title: string, lessons: Array<{ id: string, title: string, durationMinutes: number | null, completedAt: string | null }>, assignments: Array<{ id: string, title: string }> }> }, sessions: Array<{ id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, attendance: Array<{ status: AttendanceStatus }> }>, enrollments: { edges: Array<{ node: { submissions: Array<{ status: SubmissionStatus, attempt: number, assignment: { id: string }, grade: { score: number } | null }> } }> } } };

export type LessonPageQueryVariables = Exact<{
  cohortId: string | number;
  id: string | number;
}>;


export type LessonPageQuery = { lesson: { id: string, title: string, content: string, videoUrl: string | null, durationMinutes: number | null, completedAt: string | null }, cohort: { name: string, hub: { timezone: string }, curriculum: { modules: Array<{ lessons: Array<{ id: string, title: string }> }> } } };

export type CompleteLessonMutationVariables = Exact<{
  cohortId: string | number;
  lessonId: string | number;
}>;


export type CompleteLessonMutation = { completeLesson: { id: string, completedAt: string | null } };

export type HubCohortsQueryVariables = Exact<{
  hubId: string | number;
}>;


export type HubCohortsQuery = { cohorts: Array<{ id: string, name: string, status: CohortStatus, capacity: number, startsOn: string, endsOn: string, curriculum: { title: string, version: number } }>, curricula: Array<{ id: string, title: string, version: number, status: CurriculumStatus }> };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort: { id: string } };

export type AddModuleMutationVariables = Exact<{
  input: AddModuleInput;
}>;


export type AddModuleMutation = { addModule: { id: string } };

export type PublishCurriculumMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishCurriculumMutation = { publishCurriculum: { id: string } };

export type ReviseCurriculumMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviseCurriculumMutation = { reviseCurriculum: { id: string } };

export type HubCurriculaQueryVariables = Exact<{
  hubId: string | number;
}>;


export type HubCurriculaQuery = { curricula: Array<{ id: string, title: string, version: number, status: CurriculumStatus }> };

export type CreateCurriculumMutationVariables = Exact<{
  input: CreateCurriculumInput;
}>;


export type CreateCurriculumMutation = { createCurriculum: { id: string } };

export type PersonPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPageQuery = { person: { id: string, fullName: string, email: string | null, role: Role, active: boolean | null, erased: boolean, birthYear: number | null, needsGuardianConsent: boolean | null, guardianConsent: { guardianName: string, consentedOn: string } | null, enrollments: Array<{ id: string, status: EnrollmentStatus, cohort: { id: string, name: string }, certificate: { id: string, status: CertificateStatus, holderName: string, pdfUrl: string } | null }> } };

export type DeactivatePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivatePersonMutation = { deactivateUser: { id: string } };

export type ReactivatePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivatePersonMutation = { reactivateUser: { id: string } };

export type ReissueWithNameMutationVariables = Exact<{
  id: string | number;
}>;


export type ReissueWithNameMutation = { reissueCertificate: { id: string } };

export type HubSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type HubSettingsQuery = { hub: { id: string, name: string, city: string, timezone: string, signupApproval: boolean } };

export type UpdateHubSettingsMutationVariables = Exact<{
  input: UpdateHubInput;
}>;


export type UpdateHubSettingsMutation = { updateHub: { id: string } };

export type TraineeHomeQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TraineeHomeQuery = { myEnrollments: Array<{ id: string, status: EnrollmentStatus, cohort: { id: string, name: string, hub: { timezone: string }, curriculum: { title: string, modules: Array<{ assignments: Array<{ id: string, title: string }> }> } }, progress: { attendanceRate: number, finalScore: number, eligible: boolean, lessonsCompleted: number, lessonsTotal: number }, submissions: Array<{ status: SubmissionStatus, assignment: { id: string } }> }>, mySchedule: Array<{ id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string } } }> };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
  before?: string | number | null | undefined;
}>;


export type MyNotificationsQuery = { notifications: Array<{ id: string, title: string, paragraphs: Array<string>, link: string, linkLabel: string, createdAt: string, readAt: string | null }> };

export type MyProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProgressQuery = { myEnrollments: Array<{ id: string, status: EnrollmentStatus, cohort: { id: string, name: string, curriculum: { title: string, completionRule: { minAttendanceRate: number, minFinalScore: number, requireAllAssignments: boolean } } }, progress: { attendanceRate: number, finalScore: number, assignmentsPassed: number, assignmentsTotal: number, lessonsCompleted: number, lessonsTotal: number, eligible: boolean, unmetRequirements: Array<string> } }> };

export type RoomScreenQueryVariables = Exact<{
  id: string | number;
}>;


export type RoomScreenQuery = { session: { id: string, title: string, room: { name: string }, cohort: { name: string } } };

export type OpenCheckInMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenCheckInMutation = { openCheckIn: { code: string, nextCodeInSeconds: number, checkedIn: number } };

export type MyScheduleQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MyScheduleQuery = { hasCalendarFeed: boolean, mySchedule: Array<{ id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string } } }> };

export type RenewCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RenewCalendarFeedMutation = { revokeCalendarFeed: string };

export type MyStartupQueryVariables = Exact<{
  hubId: string | number;
}>;


export type MyStartupQuery = { startups: Array<{ id: string, name: string, sector: string, members: Array<{ id: string, fullName: string }>, mentors: Array<{ id: string, fullName: string }> }> };

export type MentorSlotsQueryVariables = Exact<{
  mentorId: string | number;
  from: string;
  to: string;
}>;


export type MentorSlotsQuery = { officeHours: Array<{ id: string, startsAt: string, endsAt: string, agenda: string | null, room: { name: string } | null, bookedBy: { id: string } | null }> };

export type BookOfficeHourMutationVariables = Exact<{
  input: BookOfficeHourInput;
}>;


export type BookOfficeHourMutation = { bookOfficeHour: { id: string } };

export type CancelOfficeHourMutationVariables = Exact<{
  slotId: string | number;
}>;


export type CancelOfficeHourMutation = { cancelOfficeHourBooking: { id: string } };

export type GradingQueueQueryVariables = Exact<{
  cohortId: string | number;
  status: SubmissionStatus;
}>;


export type GradingQueueQuery = { cohort: { id: string, name: string, hub: { timezone: string }, gradingQueue: { waiting: number, resubmitted: number, resubmitRequested: number, graded: number } | null }, submissions: Array<{ id: string, attempt: number, submittedAt: string, assignment: { title: string }, enrollment: { trainee: { fullName: string } } }> };

export type MyOfficeHoursQueryVariables = Exact<{
  mentorId: string | number;
  from: string;
  to: string;
}>;


export type MyOfficeHoursQuery = { officeHours: Array<{ id: string, startsAt: string, endsAt: string, agenda: string | null, bookedBy: { name: string } | null }> };

export type PublishOfficeHoursMutationVariables = Exact<{
  input: PublishOfficeHoursInput;
}>;


export type PublishOfficeHoursMutation = { publishOfficeHours: Array<{ id: string }> };

export type WithdrawOfficeHourSlotMutationVariables = Exact<{
  slotId: string | number;
}>;


export type WithdrawOfficeHourSlotMutation = { withdrawOfficeHourSlot: { id: string } };

export type MyMentorProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMentorProfileQuery = { myMentorProfile: { bio: string | null, expertise: Array<string>, maxMentees: number, activeMentees: number } };

export type UpdateMentorProfileMutationVariables = Exact<{
  input: UpdateMentorProfileInput;
}>;


export type UpdateMentorProfileMutation = { updateMentorProfile: { bio: string | null, expertise: Array<string>, maxMentees: number, activeMentees: number } };

export type SessionRegisterQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionRegisterQuery = { session: { id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, registerVersion: string, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string }, enrollments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { trainee: { id: string, fullName: string } } }> } }, attendance: Array<{ status: AttendanceStatus, source: AttendanceSource, note: string | null, recordedAt: string, recordedBy: { fullName: string } | null, trainee: { id: string } }> } };

export type MoreSeatedQueryVariables = Exact<{
  cohortId: string | number;
  after: string;
}>;


export type MoreSeatedQuery = { cohort: { enrollments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { trainee: { id: string, fullName: string } } }> } } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: Array<{ status: AttendanceStatus }> };

export type GradeSubmissionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type GradeSubmissionPageQuery = { submission: { id: string, attempt: number, status: SubmissionStatus, content: string, submittedAt: string, assignment: { id: string, title: string, instructions: string | null, passingScore: number, rubric: Array<{ id: string, title: string, maxPoints: number, levels: Array<{ title: string, points: number, description: string | null }> }> }, enrollment: { cohort: { id: string, name: string, hub: { timezone: string } }, trainee: { fullName: string }, submissions: Array<{ id: string, attempt: number, status: SubmissionStatus, submittedAt: string, assignment: { id: string } }> }, grades: Array<{ score: number, feedback: string | null, gradedAt: string, gradedBy: { fullName: string }, scores: Array<{ points: number, criterion: { id: string } }> }> } };

export type GradeSubmissionMutationVariables = Exact<{
  input: GradeSubmissionInput;
}>;


export type GradeSubmissionMutation = { gradeSubmission: { id: string, status: SubmissionStatus } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string } };

export type PrivacyNoticeVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyNoticeVersionQuery = { privacyNoticeVersion: string };

export type SignUpHubsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpHubsQuery = { hubs: Array<{ id: string, name: string, city: string }> };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { accessToken: string, refreshToken: string } };

export type TeachingWeekQueryVariables = Exact<{
  from: string;
  to: string;
  mentorId: string | number;
}>;


export type TeachingWeekQuery = { mySchedule: Array<{ id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string } } }>, officeHours: Array<{ id: string, startsAt: string, endsAt: string, agenda: string | null, bookedBy: { name: string } | null }> };

export type TeachingCohortsQueryVariables = Exact<{
  hubId: string | number;
}>;


export type TeachingCohortsQuery = { cohorts: Array<{ id: string, name: string, hub: { name: string }, enrollments: { totalCount: number }, gradingQueue: { waiting: number, resubmitted: number, resubmitRequested: number } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const HubHomeCohortFragmentDoc = new TypedDocumentString(`
    fragment HubHomeCohort on Cohort {
  id
  name
  status
  capacity
  startsOn
  endsOn
  enrollments(first: 1, status: ENROLLED) {
    totalCount
  }
}
    `, {"fragmentName":"HubHomeCohort"}) as unknown as TypedDocumentString<HubHomeCohortFragment, unknown>;
export const AssignmentBriefFragmentDoc = new TypedDocumentString(`
    fragment AssignmentBrief on Assignment {
  id
  title
  instructions
  passingScore
  rubric {
    id
    title
    maxPoints
    levels {
      title
      points
      description
    }
  }
}
    `, {"fragmentName":"AssignmentBrief"}) as unknown as TypedDocumentString<AssignmentBriefFragment, unknown>;
export const GradeDetailsFragmentDoc = new TypedDocumentString(`
    fragment GradeDetails on Grade {
  score
  feedback
  gradedAt
  gradedBy {
    fullName
  }
  scores {
    points
    criterion {
      id
    }
  }
}
    `, {"fragmentName":"GradeDetails"}) as unknown as TypedDocumentString<GradeDetailsFragment, unknown>;
export const SessionInListFragmentDoc = new TypedDocumentString(`
    fragment SessionInList on Session {
  id
  title
  startsAt
  endsAt
  status
  room {
    name
  }
  cohort {
    id
    name
    hub {
      timezone
    }
  }
}
    `, {"fragmentName":"SessionInList"}) as unknown as TypedDocumentString<SessionInListFragment, unknown>;
export const SeatedPageFragmentDoc = new TypedDocumentString(`
    fragment SeatedPage on EnrollmentConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      trainee {
        id
        fullName
      }
    }
  }
}
    `, {"fragmentName":"SeatedPage"}) as unknown as TypedDocumentString<SeatedPageFragment, unknown>;
export const SlotInListFragmentDoc = new TypedDocumentString(`
    fragment SlotInList on OfficeHourSlot {
  id
  startsAt
  endsAt
  agenda
  bookedBy {
    name
  }
}
    `, {"fragmentName":"SlotInList"}) as unknown as TypedDocumentString<SlotInListFragment, unknown>;
export const ErasePersonDocument = new TypedDocumentString(`
    mutation ErasePerson($input: ErasePersonInput!) {
  erasePerson(input: $input) {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<ErasePersonMutation, ErasePersonMutationVariables>;
export const FailedEmailsDocument = new TypedDocumentString(`
    query FailedEmails($first: Int!) {
  failedEmails(first: $first) {
    id
    subject
    recipientName
    recipientEmail
    createdAt
    error
  }
}
    `) as unknown as TypedDocumentString<FailedEmailsQuery, FailedEmailsQueryVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    category
    email
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
  setNotificationPreference(input: $input) {
    category
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const MyDataDocument = new TypedDocumentString(`
    query MyData {
  me {
    id
    birthYear
  }
  myDataExports {
    id
    status
    requestedAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MyDataQuery, MyDataQueryVariables>;
export const SaveBirthYearDocument = new TypedDocumentString(`
    mutation SaveBirthYear($birthYear: Int!) {
  updateMyProfile(input: {birthYear: $birthYear}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveBirthYearMutation, SaveBirthYearMutationVariables>;
export const RequestDataExportDocument = new TypedDocumentString(`
    mutation RequestDataExport {
  requestDataExport {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const AcceptPrivacyNoticeDocument = new TypedDocumentString(`
    mutation AcceptPrivacyNotice($version: String!) {
  acceptPrivacyNotice(version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptPrivacyNoticeMutation, AcceptPrivacyNoticeMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RecordGuardianConsentDocument = new TypedDocumentString(`
    mutation RecordGuardianConsent($input: RecordGuardianConsentInput!) {
  recordGuardianConsent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordGuardianConsentMutation, RecordGuardianConsentMutationVariables>;
export const HubHomeDocument = new TypedDocumentString(`
    query HubHome($hubId: ID!, $from: DateTime!, $to: DateTime!, $weekFrom: DateTime!, $weekTo: DateTime!) {
  roomSchedule(hubId: $hubId, from: $from, to: $to) {
    id
    kind
    roomId
    title
    cohortName
    mentorName
    startsAt
    endsAt
  }
  hub(id: $hubId) {
    attendance(from: $weekFrom, to: $weekTo) {
      sessions
      seated
      attended
      excused
    }
    rooms {
      id
      name
    }
  }
  running: cohorts(hubId: $hubId, status: RUNNING, first: 200) {
    ...HubHomeCohort
    gradingQueue {
      waiting
      resubmitted
    }
  }
  planned: cohorts(
    hubId: $hubId
    status: PLANNED
    order: STARTS_SOONEST
    first: 50
  ) {
    ...HubHomeCohort
  }
  completed: cohorts(hubId: $hubId, status: COMPLETED, first: 20) {
    id
    name
    certificateBatch {
      status
      total
      issued
      ineligible
      failed
    }
  }
  pendingMembers(hubId: $hubId, first: 200) {
    id
  }
}
    fragment HubHomeCohort on Cohort {
  id
  name
  status
  capacity
  startsOn
  endsOn
  enrollments(first: 1, status: ENROLLED) {
    totalCount
  }
}`) as unknown as TypedDocumentString<HubHomeQuery, HubHomeQueryVariables>;
export const InviteUsersDocument = new TypedDocumentString(`
    mutation InviteUsers($input: InviteUsersInput!) {
  inviteUsers(input: $input) {
    email
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InviteUsersMutation, InviteUsersMutationVariables>;
export const CorrectNameDocument = new TypedDocumentString(`
    mutation CorrectName($id: ID!, $fullName: String!) {
  updateUser(id: $id, input: {fullName: $fullName}) {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<CorrectNameMutation, CorrectNameMutationVariables>;
export const EnrollManyDocument = new TypedDocumentString(`
    mutation EnrollMany($input: EnrollManyInput!) {
  enrollMany(input: $input) {
    email
    traineeId
    outcome
  }
}
    `) as unknown as TypedDocumentString<EnrollManyMutation, EnrollManyMutationVariables>;
export const PdfArchiveUrlDocument = new TypedDocumentString(`
    query PdfArchiveUrl($id: ID!) {
  cohort(id: $id) {
    certificateBatch {
      pdfArchiveUrl
    }
  }
}
    `) as unknown as TypedDocumentString<PdfArchiveUrlQuery, PdfArchiveUrlQueryVariables>;
export const UpdateCohortDocument = new TypedDocumentString(`
    mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {
  updateCohort(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCohortMutation, UpdateCohortMutationVariables>;
export const StartCohortDocument = new TypedDocumentString(`
    mutation StartCohort($id: ID!) {
  startCohort(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartCohortMutation, StartCohortMutationVariables>;
export const CompleteCohortDocument = new TypedDocumentString(`
    mutation CompleteCohort($id: ID!) {
  completeCohort(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompleteCohortMutation, CompleteCohortMutationVariables>;
export const CancelCohortDocument = new TypedDocumentString(`
    mutation CancelCohort($id: ID!) {
  cancelCohort(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelCohortMutation, CancelCohortMutationVariables>;
export const AssignMentorDocument = new TypedDocumentString(`
    mutation AssignMentor($cohortId: ID!, $mentorId: ID!) {
  assignMentor(cohortId: $cohortId, mentorId: $mentorId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignMentorMutation, AssignMentorMutationVariables>;
export const UnassignMentorDocument = new TypedDocumentString(`
    mutation UnassignMentor($cohortId: ID!, $mentorId: ID!) {
  unassignMentor(cohortId: $cohortId, mentorId: $mentorId) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnassignMentorMutation, UnassignMentorMutationVariables>;
export const CohortProgressDocument = new TypedDocumentString(`
    query CohortProgress($id: ID!, $after: String) {
  cohort(id: $id) {
    enrollments(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          trainee {
            fullName
          }
          progress {
            attendanceRate
            finalScore
            assignmentsPassed
            assignmentsTotal
            eligible
            unmetRequirements
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CohortProgressQuery, CohortProgressQueryVariables>;
export const ProgressReportUrlDocument = new TypedDocumentString(`
    query ProgressReportUrl($id: ID!, $format: ReportFormat!) {
  cohort(id: $id) {
    progressReportUrl(format: $format)
  }
}
    `) as unknown as TypedDocumentString<ProgressReportUrlQuery, ProgressReportUrlQueryVariables>;
export const CohortRosterDocument = new TypedDocumentString(`
    query CohortRoster($id: ID!, $status: EnrollmentStatus, $after: String) {
  cohort(id: $id) {
    enrollments(first: 50, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          trainee {
            id
            fullName
            email
          }
          progress {
            attendanceRate
            finalScore
            eligible
          }
          certificate {
            id
            status
            verificationCode
            pdfUrl
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CohortRosterQuery, CohortRosterQueryVariables>;
export const WithdrawTraineeDocument = new TypedDocumentString(`
    mutation WithdrawTrainee($id: ID!) {
  withdrawEnrollment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawTraineeMutation, WithdrawTraineeMutationVariables>;
export const RevokeCertificateDocument = new TypedDocumentString(`
    mutation RevokeCertificate($id: ID!, $reason: String!) {
  revokeCertificate(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const ReissueCertificateDocument = new TypedDocumentString(`
    mutation ReissueCertificate($id: ID!) {
  reissueCertificate(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReissueCertificateMutation, ReissueCertificateMutationVariables>;
export const ManageCohortDocument = new TypedDocumentString(`
    query ManageCohort($id: ID!) {
  cohort(id: $id) {
    id
    name
    status
    capacity
    startsOn
    endsOn
    hub {
      id
    }
    curriculum {
      title
      version
    }
    mentors {
      id
      fullName
    }
    seated: enrollments(first: 100, status: ENROLLED) {
      totalCount
      edges {
        node {
          trainee {
            id
          }
        }
      }
    }
    waitlisted: enrollments(first: 1, status: WAITLISTED) {
      totalCount
    }
    certificateBatch {
      id
      status
      total
      issued
      ineligible
      failed
      errors
    }
  }
}
    `) as unknown as TypedDocumentString<ManageCohortQuery, ManageCohortQueryVariables>;
export const EditedAssignmentDocument = new TypedDocumentString(`
    query EditedAssignment($curriculumId: ID!, $id: ID!) {
  curriculum(id: $curriculumId) {
    assignment(id: $id) {
      id
      title
      instructions
      weight
      passingScore
      rubric {
        title
        maxPoints
        levels {
          title
          points
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditedAssignmentQuery, EditedAssignmentQueryVariables>;
export const AddAssignmentDocument = new TypedDocumentString(`
    mutation AddAssignment($input: AddAssignmentInput!) {
  addAssignment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddAssignmentMutation, AddAssignmentMutationVariables>;
export const UpdateAssignmentDocument = new TypedDocumentString(`
    mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {
  updateAssignment(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateAssignmentMutation, UpdateAssignmentMutationVariables>;
export const UpdateCurriculumDocument = new TypedDocumentString(`
    mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {
  updateCurriculum(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCurriculumMutation, UpdateCurriculumMutationVariables>;
export const CurriculumChangesDocument = new TypedDocumentString(`
    query CurriculumChanges($id: ID!) {
  curriculum(id: $id) {
    changesSincePrevious(first: 200) {
      kind
      item
      title
      moduleTitle
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumChangesQuery, CurriculumChangesQueryVariables>;
export const EditedLessonDocument = new TypedDocumentString(`
    query EditedLesson($curriculumId: ID!, $id: ID!) {
  curriculum(id: $curriculumId) {
    lesson(id: $id) {
      id
      title
      content
      videoUrl
      durationMinutes
    }
  }
}
    `) as unknown as TypedDocumentString<EditedLessonQuery, EditedLessonQueryVariables>;
export const AddLessonDocument = new TypedDocumentString(`
    mutation AddLesson($input: AddLessonInput!) {
  addLesson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddLessonMutation, AddLessonMutationVariables>;
export const UpdateLessonDocument = new TypedDocumentString(`
    mutation UpdateLesson($id: ID!, $input: UpdateLessonInput!) {
  updateLesson(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateLessonMutation, UpdateLessonMutationVariables>;
export const UpdateModuleDocument = new TypedDocumentString(`
    mutation UpdateModule($id: ID!, $input: UpdateModuleInput!) {
  updateModule(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateModuleMutation, UpdateModuleMutationVariables>;
export const CurriculumEditorDocument = new TypedDocumentString(`
    query CurriculumEditor($id: ID!) {
  curriculum(id: $id) {
    id
    title
    description
    version
    status
    completionRule {
      minAttendanceRate
      minFinalScore
      requireAllAssignments
    }
    modules {
      id
      title
      lessons {
        id
        title
        durationMinutes
      }
      assignments {
        id
        title
        weight
        passingScore
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumEditorQuery, CurriculumEditorQueryVariables>;
export const MoveCurriculumItemDocument = new TypedDocumentString(`
    mutation MoveCurriculumItem($item: CurriculumItem!, $id: ID!, $position: Int!) {
  moveCurriculumItem(item: $item, id: $id, position: $position) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoveCurriculumItemMutation, MoveCurriculumItemMutationVariables>;
export const RemoveCurriculumItemDocument = new TypedDocumentString(`
    mutation RemoveCurriculumItem($item: CurriculumItem!, $id: ID!) {
  removeCurriculumItem(item: $item, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveCurriculumItemMutation, RemoveCurriculumItemMutationVariables>;
export const PreviewSeriesDocument = new TypedDocumentString(`
    query PreviewSeries($input: ScheduleRecurringInput!) {
  previewRecurringSessions(input: $input) {
    roomName
    roomCapacity
    seated
    sessions {
      startsAt
      endsAt
      outsideCohort
      clashes {
        with
        title
        startsAt
        endsAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewSeriesQuery, PreviewSeriesQueryVariables>;
export const SaveSeriesDocument = new TypedDocumentString(`
    mutation SaveSeries($input: ScheduleRecurringInput!) {
  scheduleRecurringSessions(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveSeriesMutation, SaveSeriesMutationVariables>;
export const CreateRoomDocument = new TypedDocumentString(`
    mutation CreateRoom($input: CreateRoomInput!) {
  createRoom(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRoomMutation, CreateRoomMutationVariables>;
export const UpdateRoomDocument = new TypedDocumentString(`
    mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {
  updateRoom(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateRoomMutation, UpdateRoomMutationVariables>;
export const RescheduleFromCalendarDocument = new TypedDocumentString(`
    mutation RescheduleFromCalendar($input: RescheduleSessionInput!) {
  rescheduleSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RescheduleFromCalendarMutation, RescheduleFromCalendarMutationVariables>;
export const CancelFromCalendarDocument = new TypedDocumentString(`
    mutation CancelFromCalendar($id: ID!) {
  cancelSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelFromCalendarMutation, CancelFromCalendarMutationVariables>;
export const HubScheduleDocument = new TypedDocumentString(`
    query HubSchedule($hubId: ID!, $from: DateTime!, $to: DateTime!) {
  roomSchedule(hubId: $hubId, from: $from, to: $to) {
    id
    kind
    roomId
    title
    cohortId
    cohortName
    mentorName
    startsAt
    endsAt
  }
  hub(id: $hubId) {
    id
    timezone
    rooms {
      id
      name
      capacity
    }
  }
  cohorts(hubId: $hubId, first: 200) {
    id
    name
    status
    startsOn
    endsOn
    mentors {
      id
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<HubScheduleQuery, HubScheduleQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  privacyNoticeVersion
  me {
    id
    fullName
    role
    locale
    privacyNoticeAccepted
    hubs {
      id
      name
      timezone
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChosenHubDocument = new TypedDocumentString(`
    query ChosenHub($id: ID!) {
  hub(id: $id) {
    id
    name
    timezone
  }
}
    `) as unknown as TypedDocumentString<ChosenHubQuery, ChosenHubQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($hubId: ID!, $search: String, $role: Role, $after: String) {
  members(hubId: $hubId, search: $search, role: $role, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        fullName
        email
        role
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    id
    fullName
    locale
  }
}
    `) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($personId: ID, $from: DateTime, $to: DateTime, $before: ID, $first: Int) {
  auditLog(
    personId: $personId
    from: $from
    to: $to
    before: $before
    first: $first
  ) {
    id
    at
    action
    count
    reason
    actor {
      id
      fullName
    }
    subject {
      id
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const RetryEmailDocument = new TypedDocumentString(`
    mutation RetryEmail($id: ID!) {
  retryEmail(id: $id)
}
    `) as unknown as TypedDocumentString<RetryEmailMutation, RetryEmailMutationVariables>;
export const AdminHubsDocument = new TypedDocumentString(`
    query AdminHubs {
  hubs(first: 200) {
    id
    name
    city
    timezone
  }
}
    `) as unknown as TypedDocumentString<AdminHubsQuery, AdminHubsQueryVariables>;
export const CreateHubDocument = new TypedDocumentString(`
    mutation CreateHub($input: CreateHubInput!) {
  createHub(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateHubMutation, CreateHubMutationVariables>;
export const MyCertificatesDocument = new TypedDocumentString(`
    query MyCertificates {
  myCertificates(first: 50) {
    id
    status
    holderName
    curriculumTitle
    cohortName
    hubName
    issuedAt
    finalScore
    attendanceRate
    verificationCode
    verifyUrl
    pdfUrl
    credentialUrl
  }
}
    `) as unknown as TypedDocumentString<MyCertificatesQuery, MyCertificatesQueryVariables>;
export const CheckInSessionsDocument = new TypedDocumentString(`
    query CheckInSessions($from: DateTime!, $to: DateTime!) {
  mySchedule(from: $from, to: $to, first: 20) {
    ...SessionInList
  }
}
    fragment SessionInList on Session {
  id
  title
  startsAt
  endsAt
  status
  room {
    name
  }
  cohort {
    id
    name
    hub {
      timezone
    }
  }
}`) as unknown as TypedDocumentString<CheckInSessionsQuery, CheckInSessionsQueryVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation CheckIn($sessionId: ID!, $code: String!) {
  checkIn(sessionId: $sessionId, code: $code) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const AssignmentPageDocument = new TypedDocumentString(`
    query AssignmentPage($cohortId: ID!, $id: ID!) {
  assignment(cohortId: $cohortId, id: $id) {
    ...AssignmentBrief
    weight
  }
  cohort(id: $cohortId) {
    name
    status
    hub {
      timezone
    }
    enrollments(first: 1) {
      edges {
        node {
          submissions(assignmentId: $id, first: 20) {
            id
            attempt
            status
            content
            submittedAt
            grade {
              ...GradeDetails
            }
          }
        }
      }
    }
  }
}
    fragment AssignmentBrief on Assignment {
  id
  title
  instructions
  passingScore
  rubric {
    id
    title
    maxPoints
    levels {
      title
      points
      description
    }
  }
}
fragment GradeDetails on Grade {
  score
  feedback
  gradedAt
  gradedBy {
    fullName
  }
  scores {
    points
    criterion {
      id
    }
  }
}`) as unknown as TypedDocumentString<AssignmentPageQuery, AssignmentPageQueryVariables>;
export const SubmitAssignmentDocument = new TypedDocumentString(`
    mutation SubmitAssignment($input: SubmitAssignmentInput!) {
  submitAssignment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitAssignmentMutation, SubmitAssignmentMutationVariables>;
export const CohortPageDocument = new TypedDocumentString(`
    query CohortPage($id: ID!) {
  cohort(id: $id) {
    id
    name
    startsOn
    endsOn
    hub {
      name
      timezone
    }
    mentors {
      id
      fullName
    }
    curriculum {
      title
      modules(first: 30) {
        id
        title
        lessons(first: 50) {
          id
          title
          durationMinutes
          completedAt(cohortId: $id)
        }
        assignments(first: 10) {
          id
          title
        }
      }
    }
    sessions(first: 200) {
      id
      title
      startsAt
      endsAt
      status
      room {
        name
      }
      attendance(first: 1) {
        status
      }
    }
    enrollments(first: 1) {
      edges {
        node {
          submissions(first: 100) {
            status
            attempt
            assignment {
              id
            }
            grade {
              score
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CohortPageQuery, CohortPageQueryVariables>;
export const LessonPageDocument = new TypedDocumentString(`
    query LessonPage($cohortId: ID!, $id: ID!) {
  lesson(cohortId: $cohortId, id: $id) {
    id
    title
    content
    videoUrl
    durationMinutes
    completedAt(cohortId: $cohortId)
  }
  cohort(id: $cohortId) {
    name
    hub {
      timezone
    }
    curriculum {
      modules(first: 30) {
        lessons(first: 50) {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LessonPageQuery, LessonPageQueryVariables>;
export const CompleteLessonDocument = new TypedDocumentString(`
    mutation CompleteLesson($cohortId: ID!, $lessonId: ID!) {
  completeLesson(cohortId: $cohortId, lessonId: $lessonId) {
    id
    completedAt(cohortId: $cohortId)
  }
}
    `) as unknown as TypedDocumentString<CompleteLessonMutation, CompleteLessonMutationVariables>;
export const HubCohortsDocument = new TypedDocumentString(`
    query HubCohorts($hubId: ID!) {
  cohorts(hubId: $hubId, first: 200) {
    id
    name
    status
    capacity
    startsOn
    endsOn
    curriculum {
      title
      version
    }
  }
  curricula(hubId: $hubId, first: 200) {
    id
    title
    version
    status
  }
}
    `) as unknown as TypedDocumentString<HubCohortsQuery, HubCohortsQueryVariables>;
export const CreateCohortDocument = new TypedDocumentString(`
    mutation CreateCohort($input: CreateCohortInput!) {
  createCohort(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCohortMutation, CreateCohortMutationVariables>;
export const AddModuleDocument = new TypedDocumentString(`
    mutation AddModule($input: AddModuleInput!) {
  addModule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddModuleMutation, AddModuleMutationVariables>;
export const PublishCurriculumDocument = new TypedDocumentString(`
    mutation PublishCurriculum($id: ID!) {
  publishCurriculum(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishCurriculumMutation, PublishCurriculumMutationVariables>;
export const ReviseCurriculumDocument = new TypedDocumentString(`
    mutation ReviseCurriculum($id: ID!) {
  reviseCurriculum(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviseCurriculumMutation, ReviseCurriculumMutationVariables>;
export const HubCurriculaDocument = new TypedDocumentString(`
    query HubCurricula($hubId: ID!) {
  curricula(hubId: $hubId, first: 200) {
    id
    title
    version
    status
  }
}
    `) as unknown as TypedDocumentString<HubCurriculaQuery, HubCurriculaQueryVariables>;
export const CreateCurriculumDocument = new TypedDocumentString(`
    mutation CreateCurriculum($input: CreateCurriculumInput!) {
  createCurriculum(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCurriculumMutation, CreateCurriculumMutationVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($id: ID!) {
  person(id: $id) {
    id
    fullName
    email
    role
    active
    erased
    birthYear
    needsGuardianConsent
    guardianConsent {
      guardianName
      consentedOn
    }
    enrollments {
      id
      status
      cohort {
        id
        name
      }
      certificate {
        id
        status
        holderName
        pdfUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const DeactivatePersonDocument = new TypedDocumentString(`
    mutation DeactivatePerson($id: ID!) {
  deactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeactivatePersonMutation, DeactivatePersonMutationVariables>;
export const ReactivatePersonDocument = new TypedDocumentString(`
    mutation ReactivatePerson($id: ID!) {
  reactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReactivatePersonMutation, ReactivatePersonMutationVariables>;
export const ReissueWithNameDocument = new TypedDocumentString(`
    mutation ReissueWithName($id: ID!) {
  reissueCertificate(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReissueWithNameMutation, ReissueWithNameMutationVariables>;
export const HubSettingsDocument = new TypedDocumentString(`
    query HubSettings($id: ID!) {
  hub(id: $id) {
    id
    name
    city
    timezone
    signupApproval
  }
}
    `) as unknown as TypedDocumentString<HubSettingsQuery, HubSettingsQueryVariables>;
export const UpdateHubSettingsDocument = new TypedDocumentString(`
    mutation UpdateHubSettings($input: UpdateHubInput!) {
  updateHub(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateHubSettingsMutation, UpdateHubSettingsMutationVariables>;
export const TraineeHomeDocument = new TypedDocumentString(`
    query TraineeHome($from: DateTime!, $to: DateTime!) {
  myEnrollments(first: 20, status: [ENROLLED, WAITLISTED, COMPLETED]) {
    id
    status
    cohort {
      id
      name
      hub {
        timezone
      }
      curriculum {
        title
        modules(first: 30) {
          assignments(first: 10) {
            id
            title
          }
        }
      }
    }
    progress {
      attendanceRate
      finalScore
      eligible
      lessonsCompleted
      lessonsTotal
    }
    submissions(first: 100) {
      status
      assignment {
        id
      }
    }
  }
  mySchedule(from: $from, to: $to, first: 3) {
    ...SessionInList
  }
}
    fragment SessionInList on Session {
  id
  title
  startsAt
  endsAt
  status
  room {
    name
  }
  cohort {
    id
    name
    hub {
      timezone
    }
  }
}`) as unknown as TypedDocumentString<TraineeHomeQuery, TraineeHomeQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($first: Int!, $before: ID) {
  notifications(first: $first, before: $before) {
    id
    title
    paragraphs
    link
    linkLabel
    createdAt
    readAt
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MyProgressDocument = new TypedDocumentString(`
    query MyProgress {
  myEnrollments(first: 20, status: [ENROLLED, COMPLETED]) {
    id
    status
    cohort {
      id
      name
      curriculum {
        title
        completionRule {
          minAttendanceRate
          minFinalScore
          requireAllAssignments
        }
      }
    }
    progress {
      attendanceRate
      finalScore
      assignmentsPassed
      assignmentsTotal
      lessonsCompleted
      lessonsTotal
      eligible
      unmetRequirements
    }
  }
}
    `) as unknown as TypedDocumentString<MyProgressQuery, MyProgressQueryVariables>;
export const RoomScreenDocument = new TypedDocumentString(`
    query RoomScreen($id: ID!) {
  session(id: $id) {
    id
    title
    room {
      name
    }
    cohort {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RoomScreenQuery, RoomScreenQueryVariables>;
export const OpenCheckInDocument = new TypedDocumentString(`
    mutation OpenCheckIn($id: ID!) {
  openCheckIn(sessionId: $id) {
    code
    nextCodeInSeconds
    checkedIn
  }
}
    `) as unknown as TypedDocumentString<OpenCheckInMutation, OpenCheckInMutationVariables>;
export const MyScheduleDocument = new TypedDocumentString(`
    query MySchedule($from: DateTime!, $to: DateTime!) {
  mySchedule(from: $from, to: $to, first: 200) {
    ...SessionInList
  }
  hasCalendarFeed
}
    fragment SessionInList on Session {
  id
  title
  startsAt
  endsAt
  status
  room {
    name
  }
  cohort {
    id
    name
    hub {
      timezone
    }
  }
}`) as unknown as TypedDocumentString<MyScheduleQuery, MyScheduleQueryVariables>;
export const RenewCalendarFeedDocument = new TypedDocumentString(`
    mutation RenewCalendarFeed {
  revokeCalendarFeed
}
    `) as unknown as TypedDocumentString<RenewCalendarFeedMutation, RenewCalendarFeedMutationVariables>;
export const MyStartupDocument = new TypedDocumentString(`
    query MyStartup($hubId: ID!) {
  startups(hubId: $hubId, first: 1) {
    id
    name
    sector
    members {
      id
      fullName
    }
    mentors {
      id
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<MyStartupQuery, MyStartupQueryVariables>;
export const MentorSlotsDocument = new TypedDocumentString(`
    query MentorSlots($mentorId: ID!, $from: DateTime!, $to: DateTime!) {
  officeHours(mentorId: $mentorId, from: $from, to: $to, first: 100) {
    id
    startsAt
    endsAt
    agenda
    room {
      name
    }
    bookedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MentorSlotsQuery, MentorSlotsQueryVariables>;
export const BookOfficeHourDocument = new TypedDocumentString(`
    mutation BookOfficeHour($input: BookOfficeHourInput!) {
  bookOfficeHour(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookOfficeHourMutation, BookOfficeHourMutationVariables>;
export const CancelOfficeHourDocument = new TypedDocumentString(`
    mutation CancelOfficeHour($slotId: ID!) {
  cancelOfficeHourBooking(slotId: $slotId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CancelOfficeHourMutation, CancelOfficeHourMutationVariables>;
export const GradingQueueDocument = new TypedDocumentString(`
    query GradingQueue($cohortId: ID!, $status: SubmissionStatus!) {
  cohort(id: $cohortId) {
    id
    name
    hub {
      timezone
    }
    gradingQueue {
      waiting
      resubmitted
      resubmitRequested
      graded
    }
  }
  submissions(cohortId: $cohortId, status: $status, first: 200) {
    id
    attempt
    submittedAt
    assignment {
      title
    }
    enrollment {
      trainee {
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradingQueueQuery, GradingQueueQueryVariables>;
export const MyOfficeHoursDocument = new TypedDocumentString(`
    query MyOfficeHours($mentorId: ID!, $from: DateTime!, $to: DateTime!) {
  officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {
    ...SlotInList
  }
}
    fragment SlotInList on OfficeHourSlot {
  id
  startsAt
  endsAt
  agenda
  bookedBy {
    name
  }
}`) as unknown as TypedDocumentString<MyOfficeHoursQuery, MyOfficeHoursQueryVariables>;
export const PublishOfficeHoursDocument = new TypedDocumentString(`
    mutation PublishOfficeHours($input: PublishOfficeHoursInput!) {
  publishOfficeHours(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishOfficeHoursMutation, PublishOfficeHoursMutationVariables>;
export const WithdrawOfficeHourSlotDocument = new TypedDocumentString(`
    mutation WithdrawOfficeHourSlot($slotId: ID!) {
  withdrawOfficeHourSlot(slotId: $slotId) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawOfficeHourSlotMutation, WithdrawOfficeHourSlotMutationVariables>;
export const MyMentorProfileDocument = new TypedDocumentString(`
    query MyMentorProfile {
  myMentorProfile {
    bio
    expertise
    maxMentees
    activeMentees
  }
}
    `) as unknown as TypedDocumentString<MyMentorProfileQuery, MyMentorProfileQueryVariables>;
export const UpdateMentorProfileDocument = new TypedDocumentString(`
    mutation UpdateMentorProfile($input: UpdateMentorProfileInput!) {
  updateMentorProfile(input: $input) {
    bio
    expertise
    maxMentees
    activeMentees
  }
}
    `) as unknown as TypedDocumentString<UpdateMentorProfileMutation, UpdateMentorProfileMutationVariables>;
export const SessionRegisterDocument = new TypedDocumentString(`
    query SessionRegister($id: ID!) {
  session(id: $id) {
    id
    title
    startsAt
    endsAt
    status
    registerVersion
    room {
      name
    }
    cohort {
      id
      name
      hub {
        timezone
      }
      enrollments(first: 100, status: ENROLLED) {
        ...SeatedPage
      }
    }
    attendance(first: 500) {
      status
      source
      note
      recordedAt
      recordedBy {
        fullName
      }
      trainee {
        id
      }
    }
  }
}
    fragment SeatedPage on EnrollmentConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      trainee {
        id
        fullName
      }
    }
  }
}`) as unknown as TypedDocumentString<SessionRegisterQuery, SessionRegisterQueryVariables>;
export const MoreSeatedDocument = new TypedDocumentString(`
    query MoreSeated($cohortId: ID!, $after: String!) {
  cohort(id: $cohortId) {
    enrollments(first: 100, after: $after, status: ENROLLED) {
      ...SeatedPage
    }
  }
}
    fragment SeatedPage on EnrollmentConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      trainee {
        id
        fullName
      }
    }
  }
}`) as unknown as TypedDocumentString<MoreSeatedQuery, MoreSeatedQueryVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const GradeSubmissionPageDocument = new TypedDocumentString(`
    query GradeSubmissionPage($id: ID!) {
  submission(id: $id) {
    id
    attempt
    status
    content
    submittedAt
    assignment {
      ...AssignmentBrief
    }
    enrollment {
      cohort {
        id
        name
        hub {
          timezone
        }
      }
      trainee {
        fullName
      }
      submissions(first: 50) {
        id
        attempt
        status
        submittedAt
        assignment {
          id
        }
      }
    }
    grades(first: 10) {
      ...GradeDetails
    }
  }
}
    fragment AssignmentBrief on Assignment {
  id
  title
  instructions
  passingScore
  rubric {
    id
    title
    maxPoints
    levels {
      title
      points
      description
    }
  }
}
fragment GradeDetails on Grade {
  score
  feedback
  gradedAt
  gradedBy {
    fullName
  }
  scores {
    points
    criterion {
      id
    }
  }
}`) as unknown as TypedDocumentString<GradeSubmissionPageQuery, GradeSubmissionPageQueryVariables>;
export const GradeSubmissionDocument = new TypedDocumentString(`
    mutation GradeSubmission($input: GradeSubmissionInput!) {
  gradeSubmission(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<GradeSubmissionMutation, GradeSubmissionMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const PrivacyNoticeVersionDocument = new TypedDocumentString(`
    query PrivacyNoticeVersion {
  privacyNoticeVersion
}
    `) as unknown as TypedDocumentString<PrivacyNoticeVersionQuery, PrivacyNoticeVersionQueryVariables>;
export const SignUpHubsDocument = new TypedDocumentString(`
    query SignUpHubs {
  hubs(first: 100) {
    id
    name
    city
  }
}
    `) as unknown as TypedDocumentString<SignUpHubsQuery, SignUpHubsQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input)
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const TeachingWeekDocument = new TypedDocumentString(`
    query TeachingWeek($from: DateTime!, $to: DateTime!, $mentorId: ID!) {
  mySchedule(from: $from, to: $to, first: 100) {
    ...SessionInList
  }
  officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {
    ...SlotInList
  }
}
    fragment SessionInList on Session {
  id
  title
  startsAt
  endsAt
  status
  room {
    name
  }
  cohort {
    id
    name
    hub {
      timezone
    }
  }
}
fragment SlotInList on OfficeHourSlot {
  id
  startsAt
  endsAt
  agenda
  bookedBy {
    name
  }
}`) as unknown as TypedDocumentString<TeachingWeekQuery, TeachingWeekQueryVariables>;
export const TeachingCohortsDocument = new TypedDocumentString(`
    query TeachingCohorts($hubId: ID!) {
  cohorts(hubId: $hubId, status: RUNNING, first: 50) {
    id
    name
    hub {
      name
    }
    enrollments(first: 1, status: ENROLLED) {
      totalCount
    }
    gradingQueue {
      waiting
      resubmitted
      resubmitRequested
    }
  }
}
    `) as unknown as TypedDocumentString<TeachingCohortsQuery, TeachingCohortsQueryVariables>;