/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AttendanceStatus =
  | 'ABSENT'
  | 'EXCUSED'
  | 'LATE'
  | 'PRESENT';

export type BookOfficeHourInput = {
  /** What the start-up wants to discuss, 1 to 1000 characters */
  agenda: string;
  slotId: string | number;
  startupId: string | number;
};

export type CertificateStatus =
  | 'REVOKED'
  | 'SUPERSEDED'
  | 'VALID';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CohortStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PLANNED'
  | 'RUNNING';

export type EnrollmentStatus =
  | 'COMPLETED'
  | 'ENROLLED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type Locale =
  | 'en'
  | 'id';

export type LoginInput = {
  email: string;
  password: string;
};

export type RegisterInput = {
  email: string;
  fullName: string;
  hubId: string | number;
  locale?: Locale | null | undefined;
  password: string;
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

export type SessionStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

export type SubmissionStatus =
  | 'GRADED'
  | 'RESUBMIT_REQUESTED'
  | 'SUBMITTED';

export type SubmitAssignmentInput = {
  assignmentId: string | number;
  cohortId: string | number;
  content: string;
};

/** What is given changes; the rest stays */
export type UpdateMyProfileInput = {
  fullName?: string | null | undefined;
  /** The language of screens, emails and errors */
  locale?: Locale | null | undefined;
};

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { accessToken: string, refreshToken: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, fullName: string, role: Role, locale: Locale, hubs: Array<{ id: string, name: string, timezone: string }> } };

export type SessionInListFragment = { id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string } } };

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


export type AssignmentPageQuery = { assignment: { id: string, title: string, instructions: string | null, weight: number, passingScore: number, rubric: Array<{ id: string, title: string, maxPoints: number }> }, cohort: { name: string, status: CohortStatus, hub: { timezone: string }, enrollments: { edges: Array<{ node: { submissions: Array<{ id: string, attempt: number, status: SubmissionStatus, content: string, submittedAt: string, grade: { score: number, feedback: string | null, gradedAt: string, gradedBy: { fullName: string }, scores: Array<{ points: number, criterion: { id: string } }> } | null }> } }> } } };

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

export type TraineeHomeQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TraineeHomeQuery = { myEnrollments: Array<{ id: string, status: EnrollmentStatus, cohort: { id: string, name: string, hub: { timezone: string }, curriculum: { title: string, modules: Array<{ assignments: Array<{ id: string, title: string }> }> } }, progress: { attendanceRate: number, finalScore: number, eligible: boolean, lessonsCompleted: number, lessonsTotal: number }, submissions: Array<{ status: SubmissionStatus, assignment: { id: string } }> }>, mySchedule: Array<{ id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string } } }> };

export type MyProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProgressQuery = { myEnrollments: Array<{ id: string, status: EnrollmentStatus, cohort: { id: string, name: string, curriculum: { title: string, completionRule: { minAttendanceRate: number, minFinalScore: number, requireAllAssignments: boolean } } }, progress: { attendanceRate: number, finalScore: number, assignmentsPassed: number, assignmentsTotal: number, lessonsCompleted: number, lessonsTotal: number, eligible: boolean, unmetRequirements: Array<string> } }> };

export type MyScheduleQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MyScheduleQuery = { calendarFeedUrl: string, mySchedule: Array<{ id: string, title: string, startsAt: string, endsAt: string, status: SessionStatus, room: { name: string }, cohort: { id: string, name: string, hub: { timezone: string } } }> };

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

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string } };

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
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    fullName
    role
    locale
    hubs {
      id
      name
      timezone
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
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
    id
    title
    instructions
    weight
    passingScore
    rubric {
      id
      title
      maxPoints
    }
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
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentPageQuery, AssignmentPageQueryVariables>;
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
export const MyScheduleDocument = new TypedDocumentString(`
    query MySchedule($from: DateTime!, $to: DateTime!) {
  mySchedule(from: $from, to: $to, first: 200) {
    ...SessionInList
  }
  calendarFeedUrl
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