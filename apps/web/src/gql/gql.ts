/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": typeof types.ErasePersonDocument,
    "\n  query FailedEmails($first: Int!) {\n    failedEmails(first: $first) {\n      id\n      subject\n      recipientName\n      recipientEmail\n      createdAt\n      error\n    }\n  }\n": typeof types.FailedEmailsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      category\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      category\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query MyData {\n    me {\n      id\n      birthYear\n    }\n    myDataExports {\n      id\n      status\n      requestedAt\n      expiresAt\n    }\n  }\n": typeof types.MyDataDocument,
    "\n  mutation SaveBirthYear($birthYear: Int!) {\n    updateMyProfile(input: { birthYear: $birthYear }) {\n      id\n    }\n  }\n": typeof types.SaveBirthYearDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation AcceptPrivacyNotice($version: String!) {\n    acceptPrivacyNotice(version: $version) {\n      id\n    }\n  }\n": typeof types.AcceptPrivacyNoticeDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RecordGuardianConsent($input: RecordGuardianConsentInput!) {\n    recordGuardianConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordGuardianConsentDocument,
    "\n  fragment HubHomeCohort on Cohort {\n    id\n    name\n    status\n    capacity\n    startsOn\n    endsOn\n    enrollments(first: 1, status: ENROLLED) {\n      totalCount\n    }\n  }\n": typeof types.HubHomeCohortFragmentDoc,
    "\n  query HubHome($hubId: ID!, $from: DateTime!, $to: DateTime!, $weekFrom: DateTime!, $weekTo: DateTime!) {\n    roomSchedule(hubId: $hubId, from: $from, to: $to) {\n      id\n      kind\n      roomId\n      title\n      cohortName\n      mentorName\n      startsAt\n      endsAt\n    }\n    hub(id: $hubId) {\n      attendance(from: $weekFrom, to: $weekTo) {\n        sessions\n        seated\n        attended\n        excused\n      }\n      rooms {\n        id\n        name\n      }\n    }\n    # By status: a hub with many cohorts planned must not push a running one off a single list.\n    running: cohorts(hubId: $hubId, status: RUNNING, first: 200) {\n      ...HubHomeCohort\n      gradingQueue {\n        waiting\n        resubmitted\n      }\n    }\n    # The soonest first: a hub planning far ahead must not push next month's cohorts off the page.\n    planned: cohorts(hubId: $hubId, status: PLANNED, order: STARTS_SOONEST, first: 50) {\n      ...HubHomeCohort\n    }\n    # Certificates are issued when a cohort completes: the latest ones' batches, for their alerts.\n    completed: cohorts(hubId: $hubId, status: COMPLETED, first: 20) {\n      id\n      name\n      certificateBatch {\n        status\n        total\n        issued\n        ineligible\n        failed\n      }\n    }\n    pendingMembers(hubId: $hubId, first: 200) {\n      id\n    }\n  }\n": typeof types.HubHomeDocument,
    "\n  mutation InviteUsers($input: InviteUsersInput!) {\n    inviteUsers(input: $input) {\n      email\n      user {\n        id\n      }\n    }\n  }\n": typeof types.InviteUsersDocument,
    "\n  mutation CorrectName($id: ID!, $fullName: String!) {\n    updateUser(id: $id, input: { fullName: $fullName }) {\n      id\n      fullName\n    }\n  }\n": typeof types.CorrectNameDocument,
    "\n  mutation EnrollMany($input: EnrollManyInput!) {\n    enrollMany(input: $input) {\n      email\n      traineeId\n      outcome\n    }\n  }\n": typeof types.EnrollManyDocument,
    "\n  query PdfArchiveUrl($id: ID!) {\n    cohort(id: $id) {\n      certificateBatch {\n        pdfArchiveUrl\n      }\n    }\n  }\n": typeof types.PdfArchiveUrlDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  mutation StartCohort($id: ID!) {\n    startCohort(id: $id) {\n      id\n    }\n  }\n": typeof types.StartCohortDocument,
    "\n  mutation CompleteCohort($id: ID!) {\n    completeCohort(id: $id) {\n      id\n    }\n  }\n": typeof types.CompleteCohortDocument,
    "\n  mutation CancelCohort($id: ID!) {\n    cancelCohort(id: $id) {\n      id\n    }\n  }\n": typeof types.CancelCohortDocument,
    "\n  mutation AssignMentor($cohortId: ID!, $mentorId: ID!) {\n    assignMentor(cohortId: $cohortId, mentorId: $mentorId) {\n      id\n    }\n  }\n": typeof types.AssignMentorDocument,
    "\n  mutation UnassignMentor($cohortId: ID!, $mentorId: ID!) {\n    unassignMentor(cohortId: $cohortId, mentorId: $mentorId) {\n      id\n    }\n  }\n": typeof types.UnassignMentorDocument,
    "\n  query CohortProgress($id: ID!, $after: String) {\n    cohort(id: $id) {\n      enrollments(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            trainee {\n              fullName\n            }\n            progress {\n              attendanceRate\n              finalScore\n              assignmentsPassed\n              assignmentsTotal\n              eligible\n              unmetRequirements\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortProgressDocument,
    "\n  query ProgressReportUrl($id: ID!, $format: ReportFormat!) {\n    cohort(id: $id) {\n      progressReportUrl(format: $format)\n    }\n  }\n": typeof types.ProgressReportUrlDocument,
    "\n  query CohortRoster($id: ID!, $status: EnrollmentStatus, $after: String) {\n    cohort(id: $id) {\n      enrollments(first: 50, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            trainee {\n              id\n              fullName\n              email\n            }\n            progress {\n              attendanceRate\n              finalScore\n              eligible\n            }\n            certificate {\n              id\n              status\n              verificationCode\n              pdfUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortRosterDocument,
    "\n  mutation WithdrawTrainee($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      id\n    }\n  }\n": typeof types.WithdrawTraineeDocument,
    "\n  mutation RevokeCertificate($id: ID!, $reason: String!) {\n    revokeCertificate(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  mutation ReissueCertificate($id: ID!) {\n    reissueCertificate(id: $id) {\n      id\n    }\n  }\n": typeof types.ReissueCertificateDocument,
    "\n  query ManageCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      capacity\n      startsOn\n      endsOn\n      hub {\n        id\n      }\n      curriculum {\n        title\n        version\n      }\n      mentors {\n        id\n        fullName\n      }\n      seated: enrollments(first: 100, status: ENROLLED) {\n        totalCount\n        edges {\n          node {\n            trainee {\n              id\n            }\n          }\n        }\n      }\n      waitlisted: enrollments(first: 1, status: WAITLISTED) {\n        totalCount\n      }\n      certificateBatch {\n        id\n        status\n        total\n        issued\n        ineligible\n        failed\n        errors\n      }\n    }\n  }\n": typeof types.ManageCohortDocument,
    "\n  query EditedAssignment($curriculumId: ID!, $id: ID!) {\n    curriculum(id: $curriculumId) {\n      assignment(id: $id) {\n        id\n        title\n        instructions\n        weight\n        passingScore\n        rubric {\n          title\n          maxPoints\n          levels {\n            title\n            points\n            description\n          }\n        }\n      }\n    }\n  }\n": typeof types.EditedAssignmentDocument,
    "\n  mutation AddAssignment($input: AddAssignmentInput!) {\n    addAssignment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAssignmentDocument,
    "\n  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {\n    updateAssignment(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCurriculumDocument,
    "\n  query CurriculumChanges($id: ID!) {\n    curriculum(id: $id) {\n      changesSincePrevious(first: 200) {\n        kind\n        item\n        title\n        moduleTitle\n        fields\n      }\n    }\n  }\n": typeof types.CurriculumChangesDocument,
    "\n  query EditedLesson($curriculumId: ID!, $id: ID!) {\n    curriculum(id: $curriculumId) {\n      lesson(id: $id) {\n        id\n        title\n        content\n        videoUrl\n        durationMinutes\n      }\n    }\n  }\n": typeof types.EditedLessonDocument,
    "\n  mutation AddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      id\n    }\n  }\n": typeof types.AddLessonDocument,
    "\n  mutation UpdateLesson($id: ID!, $input: UpdateLessonInput!) {\n    updateLesson(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateLessonDocument,
    "\n  mutation UpdateModule($id: ID!, $input: UpdateModuleInput!) {\n    updateModule(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateModuleDocument,
    "\n  query CurriculumEditor($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n      description\n      version\n      status\n      completionRule {\n        minAttendanceRate\n        minFinalScore\n        requireAllAssignments\n      }\n      modules {\n        id\n        title\n        lessons {\n          id\n          title\n          durationMinutes\n        }\n        assignments {\n          id\n          title\n          weight\n          passingScore\n        }\n      }\n    }\n  }\n": typeof types.CurriculumEditorDocument,
    "\n  mutation MoveCurriculumItem($item: CurriculumItem!, $id: ID!, $position: Int!) {\n    moveCurriculumItem(item: $item, id: $id, position: $position) {\n      id\n    }\n  }\n": typeof types.MoveCurriculumItemDocument,
    "\n  mutation RemoveCurriculumItem($item: CurriculumItem!, $id: ID!) {\n    removeCurriculumItem(item: $item, id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveCurriculumItemDocument,
    "\n  query PreviewSeries($input: ScheduleRecurringInput!) {\n    previewRecurringSessions(input: $input) {\n      roomName\n      roomCapacity\n      seated\n      sessions {\n        startsAt\n        endsAt\n        outsideCohort\n        clashes {\n          with\n          title\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.PreviewSeriesDocument,
    "\n  mutation SaveSeries($input: ScheduleRecurringInput!) {\n    scheduleRecurringSessions(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveSeriesDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation RescheduleFromCalendar($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n    }\n  }\n": typeof types.RescheduleFromCalendarDocument,
    "\n  mutation CancelFromCalendar($id: ID!) {\n    cancelSession(id: $id) {\n      id\n    }\n  }\n": typeof types.CancelFromCalendarDocument,
    "\n  query HubSchedule($hubId: ID!, $from: DateTime!, $to: DateTime!) {\n    roomSchedule(hubId: $hubId, from: $from, to: $to) {\n      id\n      kind\n      roomId\n      title\n      cohortId\n      cohortName\n      mentorName\n      startsAt\n      endsAt\n    }\n    hub(id: $hubId) {\n      id\n      timezone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n    cohorts(hubId: $hubId, first: 200) {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      mentors {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.HubScheduleDocument,
    "\n  fragment AssignmentBrief on Assignment {\n    id\n    title\n    instructions\n    passingScore\n    rubric {\n      id\n      title\n      maxPoints\n      levels {\n        title\n        points\n        description\n      }\n    }\n  }\n": typeof types.AssignmentBriefFragmentDoc,
    "\n  fragment GradeDetails on Grade {\n    score\n    feedback\n    gradedAt\n    gradedBy {\n      fullName\n    }\n    scores {\n      points\n      criterion {\n        id\n      }\n    }\n  }\n": typeof types.GradeDetailsFragmentDoc,
    "\n  query Me {\n    privacyNoticeVersion\n    me {\n      id\n      fullName\n      role\n      locale\n      privacyNoticeAccepted\n      hubs {\n        id\n        name\n        timezone\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ChosenHub($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      timezone\n    }\n  }\n": typeof types.ChosenHubDocument,
    "\n  query Members($hubId: ID!, $search: String, $role: Role, $after: String) {\n    members(hubId: $hubId, search: $search, role: $role, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          active\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment SessionInList on Session {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    room {\n      name\n    }\n    cohort {\n      id\n      name\n      hub {\n        timezone\n      }\n    }\n  }\n": typeof types.SessionInListFragmentDoc,
    "\n  fragment SeatedPage on EnrollmentConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        trainee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.SeatedPageFragmentDoc,
    "\n  fragment SlotInList on OfficeHourSlot {\n    id\n    startsAt\n    endsAt\n    agenda\n    bookedBy {\n      name\n    }\n  }\n": typeof types.SlotInListFragmentDoc,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      fullName\n      locale\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query AuditLog($personId: ID, $from: DateTime, $to: DateTime, $before: ID, $first: Int) {\n    auditLog(personId: $personId, from: $from, to: $to, before: $before, first: $first) {\n      id\n      at\n      action\n      count\n      reason\n      actor {\n        id\n        fullName\n      }\n      subject {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id)\n  }\n": typeof types.RetryEmailDocument,
    "\n  query AdminHubs {\n    hubs(first: 200) {\n      id\n      name\n      city\n      timezone\n    }\n  }\n": typeof types.AdminHubsDocument,
    "\n  mutation CreateHub($input: CreateHubInput!) {\n    createHub(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateHubDocument,
    "\n  query MyCertificates {\n    myCertificates(first: 50) {\n      id\n      status\n      holderName\n      curriculumTitle\n      cohortName\n      hubName\n      issuedAt\n      finalScore\n      attendanceRate\n      verificationCode\n      verifyUrl\n      pdfUrl\n      credentialUrl\n    }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  query CheckInSessions($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to, first: 20) {\n      ...SessionInList\n    }\n  }\n": typeof types.CheckInSessionsDocument,
    "\n  mutation CheckIn($sessionId: ID!, $code: String!) {\n    checkIn(sessionId: $sessionId, code: $code) {\n      id\n      status\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query AssignmentPage($cohortId: ID!, $id: ID!) {\n    assignment(cohortId: $cohortId, id: $id) {\n      ...AssignmentBrief\n      weight\n    }\n    cohort(id: $cohortId) {\n      name\n      status\n      hub {\n        timezone\n      }\n      enrollments(first: 1) {\n        edges {\n          node {\n            submissions(assignmentId: $id, first: 20) {\n              id\n              attempt\n              status\n              content\n              submittedAt\n              grade {\n                ...GradeDetails\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssignmentPageDocument,
    "\n  mutation SubmitAssignment($input: SubmitAssignmentInput!) {\n    submitAssignment(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitAssignmentDocument,
    "\n  query CohortPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      startsOn\n      endsOn\n      hub {\n        name\n        timezone\n      }\n      mentors {\n        id\n        fullName\n      }\n      curriculum {\n        title\n        modules(first: 30) {\n          id\n          title\n          lessons(first: 50) {\n            id\n            title\n            durationMinutes\n            completedAt(cohortId: $id)\n          }\n          assignments(first: 10) {\n            id\n            title\n          }\n        }\n      }\n      sessions(first: 200) {\n        id\n        title\n        startsAt\n        endsAt\n        status\n        room {\n          name\n        }\n        attendance(first: 1) {\n          status\n        }\n      }\n      enrollments(first: 1) {\n        edges {\n          node {\n            submissions(first: 100) {\n              status\n              attempt\n              assignment {\n                id\n              }\n              grade {\n                score\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortPageDocument,
    "\n  query LessonPage($cohortId: ID!, $id: ID!) {\n    lesson(cohortId: $cohortId, id: $id) {\n      id\n      title\n      content\n      videoUrl\n      durationMinutes\n      completedAt(cohortId: $cohortId)\n    }\n    cohort(id: $cohortId) {\n      name\n      hub {\n        timezone\n      }\n      curriculum {\n        modules(first: 30) {\n          lessons(first: 50) {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.LessonPageDocument,
    "\n  mutation CompleteLesson($cohortId: ID!, $lessonId: ID!) {\n    completeLesson(cohortId: $cohortId, lessonId: $lessonId) {\n      id\n      completedAt(cohortId: $cohortId)\n    }\n  }\n": typeof types.CompleteLessonDocument,
    "\n  query HubCohorts($hubId: ID!) {\n    cohorts(hubId: $hubId, first: 200) {\n      id\n      name\n      status\n      capacity\n      startsOn\n      endsOn\n      curriculum {\n        title\n        version\n      }\n    }\n    curricula(hubId: $hubId, first: 200) {\n      id\n      title\n      version\n      status\n    }\n  }\n": typeof types.HubCohortsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      id\n    }\n  }\n": typeof types.AddModuleDocument,
    "\n  mutation PublishCurriculum($id: ID!) {\n    publishCurriculum(id: $id) {\n      id\n    }\n  }\n": typeof types.PublishCurriculumDocument,
    "\n  mutation ReviseCurriculum($id: ID!) {\n    reviseCurriculum(id: $id) {\n      id\n    }\n  }\n": typeof types.ReviseCurriculumDocument,
    "\n  query HubCurricula($hubId: ID!) {\n    curricula(hubId: $hubId, first: 200) {\n      id\n      title\n      version\n      status\n    }\n  }\n": typeof types.HubCurriculaDocument,
    "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCurriculumDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      role\n      active\n      erased\n      birthYear\n      needsGuardianConsent\n      guardianConsent {\n        guardianName\n        consentedOn\n      }\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          name\n        }\n        certificate {\n          id\n          status\n          holderName\n          pdfUrl\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n    }\n  }\n": typeof types.ReactivatePersonDocument,
    "\n  mutation ReissueWithName($id: ID!) {\n    reissueCertificate(id: $id) {\n      id\n    }\n  }\n": typeof types.ReissueWithNameDocument,
    "\n  query HubSettings($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      city\n      timezone\n      signupApproval\n    }\n  }\n": typeof types.HubSettingsDocument,
    "\n  mutation UpdateHubSettings($input: UpdateHubInput!) {\n    updateHub(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateHubSettingsDocument,
    "\n  query TraineeHome($from: DateTime!, $to: DateTime!) {\n    myEnrollments(first: 20, status: [ENROLLED, WAITLISTED, COMPLETED]) {\n      id\n      status\n      cohort {\n        id\n        name\n        hub {\n          timezone\n        }\n        curriculum {\n          title\n          modules(first: 30) {\n            assignments(first: 10) {\n              id\n              title\n            }\n          }\n        }\n      }\n      progress {\n        attendanceRate\n        finalScore\n        eligible\n        lessonsCompleted\n        lessonsTotal\n      }\n      submissions(first: 100) {\n        status\n        assignment {\n          id\n        }\n      }\n    }\n    mySchedule(from: $from, to: $to, first: 3) {\n      ...SessionInList\n    }\n  }\n": typeof types.TraineeHomeDocument,
    "\n  query MyNotifications($first: Int!, $before: ID) {\n    notifications(first: $first, before: $before) {\n      id\n      title\n      paragraphs\n      link\n      linkLabel\n      createdAt\n      readAt\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query MyProgress {\n    myEnrollments(first: 20, status: [ENROLLED, COMPLETED]) {\n      id\n      status\n      cohort {\n        id\n        name\n        curriculum {\n          title\n          completionRule {\n            minAttendanceRate\n            minFinalScore\n            requireAllAssignments\n          }\n        }\n      }\n      progress {\n        attendanceRate\n        finalScore\n        assignmentsPassed\n        assignmentsTotal\n        lessonsCompleted\n        lessonsTotal\n        eligible\n        unmetRequirements\n      }\n    }\n  }\n": typeof types.MyProgressDocument,
    "\n  query RoomScreen($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      room {\n        name\n      }\n      cohort {\n        name\n      }\n    }\n  }\n": typeof types.RoomScreenDocument,
    "\n  mutation OpenCheckIn($id: ID!) {\n    openCheckIn(sessionId: $id) {\n      code\n      nextCodeInSeconds\n      checkedIn\n    }\n  }\n": typeof types.OpenCheckInDocument,
    "\n  query MySchedule($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to, first: 200) {\n      ...SessionInList\n    }\n    hasCalendarFeed\n  }\n": typeof types.MyScheduleDocument,
    "\n  mutation RenewCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RenewCalendarFeedDocument,
    "\n  query MyStartup($hubId: ID!) {\n    startups(hubId: $hubId, first: 1) {\n      id\n      name\n      sector\n      members {\n        id\n        fullName\n      }\n      mentors {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.MyStartupDocument,
    "\n  query MentorSlots($mentorId: ID!, $from: DateTime!, $to: DateTime!) {\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 100) {\n      id\n      startsAt\n      endsAt\n      agenda\n      room {\n        name\n      }\n      bookedBy {\n        id\n      }\n    }\n  }\n": typeof types.MentorSlotsDocument,
    "\n  mutation BookOfficeHour($input: BookOfficeHourInput!) {\n    bookOfficeHour(input: $input) {\n      id\n    }\n  }\n": typeof types.BookOfficeHourDocument,
    "\n  mutation CancelOfficeHour($slotId: ID!) {\n    cancelOfficeHourBooking(slotId: $slotId) {\n      id\n    }\n  }\n": typeof types.CancelOfficeHourDocument,
    "\n  query GradingQueue($cohortId: ID!, $status: SubmissionStatus!) {\n    cohort(id: $cohortId) {\n      id\n      name\n      hub {\n        timezone\n      }\n      gradingQueue {\n        waiting\n        resubmitted\n        resubmitRequested\n        graded\n      }\n    }\n    submissions(cohortId: $cohortId, status: $status, first: 200) {\n      id\n      attempt\n      submittedAt\n      assignment {\n        title\n      }\n      enrollment {\n        trainee {\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.GradingQueueDocument,
    "\n  query MyOfficeHours($mentorId: ID!, $from: DateTime!, $to: DateTime!) {\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {\n      ...SlotInList\n    }\n  }\n": typeof types.MyOfficeHoursDocument,
    "\n  mutation PublishOfficeHours($input: PublishOfficeHoursInput!) {\n    publishOfficeHours(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishOfficeHoursDocument,
    "\n  mutation WithdrawOfficeHourSlot($slotId: ID!) {\n    withdrawOfficeHourSlot(slotId: $slotId) {\n      id\n    }\n  }\n": typeof types.WithdrawOfficeHourSlotDocument,
    "\n  query MyMentorProfile {\n    myMentorProfile {\n      bio\n      expertise\n      maxMentees\n      activeMentees\n    }\n  }\n": typeof types.MyMentorProfileDocument,
    "\n  mutation UpdateMentorProfile($input: UpdateMentorProfileInput!) {\n    updateMentorProfile(input: $input) {\n      bio\n      expertise\n      maxMentees\n      activeMentees\n    }\n  }\n": typeof types.UpdateMentorProfileDocument,
    "\n  query SessionRegister($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      registerVersion\n      room {\n        name\n      }\n      cohort {\n        id\n        name\n        hub {\n          timezone\n        }\n        enrollments(first: 100, status: ENROLLED) {\n          ...SeatedPage\n        }\n      }\n      attendance(first: 500) {\n        status\n        source\n        note\n        recordedAt\n        recordedBy {\n          fullName\n        }\n        trainee {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SessionRegisterDocument,
    "\n  query MoreSeated($cohortId: ID!, $after: String!) {\n    cohort(id: $cohortId) {\n      enrollments(first: 100, after: $after, status: ENROLLED) {\n        ...SeatedPage\n      }\n    }\n  }\n": typeof types.MoreSeatedDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  query GradeSubmissionPage($id: ID!) {\n    submission(id: $id) {\n      id\n      attempt\n      status\n      content\n      submittedAt\n      assignment {\n        ...AssignmentBrief\n      }\n      enrollment {\n        cohort {\n          id\n          name\n          hub {\n            timezone\n          }\n        }\n        trainee {\n          fullName\n        }\n        submissions(first: 50) {\n          id\n          attempt\n          status\n          submittedAt\n          assignment {\n            id\n          }\n        }\n      }\n      grades(first: 10) {\n        ...GradeDetails\n      }\n    }\n  }\n": typeof types.GradeSubmissionPageDocument,
    "\n  mutation GradeSubmission($input: GradeSubmissionInput!) {\n    gradeSubmission(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.GradeSubmissionDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query PrivacyNoticeVersion {\n    privacyNoticeVersion\n  }\n": typeof types.PrivacyNoticeVersionDocument,
    "\n  query SignUpHubs {\n    hubs(first: 100) {\n      id\n      name\n      city\n    }\n  }\n": typeof types.SignUpHubsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n": typeof types.RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query TeachingWeek($from: DateTime!, $to: DateTime!, $mentorId: ID!) {\n    mySchedule(from: $from, to: $to, first: 100) {\n      ...SessionInList\n    }\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {\n      ...SlotInList\n    }\n  }\n": typeof types.TeachingWeekDocument,
    "\n  query TeachingCohorts($hubId: ID!) {\n    cohorts(hubId: $hubId, status: RUNNING, first: 50) {\n      id\n      name\n      hub {\n        name\n      }\n      enrollments(first: 1, status: ENROLLED) {\n        totalCount\n      }\n      gradingQueue {\n        waiting\n        resubmitted\n        resubmitRequested\n      }\n    }\n  }\n": typeof types.TeachingCohortsDocument,
};
const documents: Documents = {
    "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": types.ErasePersonDocument,
    "\n  query FailedEmails($first: Int!) {\n    failedEmails(first: $first) {\n      id\n      subject\n      recipientName\n      recipientEmail\n      createdAt\n      error\n    }\n  }\n": types.FailedEmailsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      category\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      category\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query MyData {\n    me {\n      id\n      birthYear\n    }\n    myDataExports {\n      id\n      status\n      requestedAt\n      expiresAt\n    }\n  }\n": types.MyDataDocument,
    "\n  mutation SaveBirthYear($birthYear: Int!) {\n    updateMyProfile(input: { birthYear: $birthYear }) {\n      id\n    }\n  }\n": types.SaveBirthYearDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation AcceptPrivacyNotice($version: String!) {\n    acceptPrivacyNotice(version: $version) {\n      id\n    }\n  }\n": types.AcceptPrivacyNoticeDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RecordGuardianConsent($input: RecordGuardianConsentInput!) {\n    recordGuardianConsent(input: $input) {\n      id\n    }\n  }\n": types.RecordGuardianConsentDocument,
    "\n  fragment HubHomeCohort on Cohort {\n    id\n    name\n    status\n    capacity\n    startsOn\n    endsOn\n    enrollments(first: 1, status: ENROLLED) {\n      totalCount\n    }\n  }\n": types.HubHomeCohortFragmentDoc,
    "\n  query HubHome($hubId: ID!, $from: DateTime!, $to: DateTime!, $weekFrom: DateTime!, $weekTo: DateTime!) {\n    roomSchedule(hubId: $hubId, from: $from, to: $to) {\n      id\n      kind\n      roomId\n      title\n      cohortName\n      mentorName\n      startsAt\n      endsAt\n    }\n    hub(id: $hubId) {\n      attendance(from: $weekFrom, to: $weekTo) {\n        sessions\n        seated\n        attended\n        excused\n      }\n      rooms {\n        id\n        name\n      }\n    }\n    # By status: a hub with many cohorts planned must not push a running one off a single list.\n    running: cohorts(hubId: $hubId, status: RUNNING, first: 200) {\n      ...HubHomeCohort\n      gradingQueue {\n        waiting\n        resubmitted\n      }\n    }\n    # The soonest first: a hub planning far ahead must not push next month's cohorts off the page.\n    planned: cohorts(hubId: $hubId, status: PLANNED, order: STARTS_SOONEST, first: 50) {\n      ...HubHomeCohort\n    }\n    # Certificates are issued when a cohort completes: the latest ones' batches, for their alerts.\n    completed: cohorts(hubId: $hubId, status: COMPLETED, first: 20) {\n      id\n      name\n      certificateBatch {\n        status\n        total\n        issued\n        ineligible\n        failed\n      }\n    }\n    pendingMembers(hubId: $hubId, first: 200) {\n      id\n    }\n  }\n": types.HubHomeDocument,
    "\n  mutation InviteUsers($input: InviteUsersInput!) {\n    inviteUsers(input: $input) {\n      email\n      user {\n        id\n      }\n    }\n  }\n": types.InviteUsersDocument,
    "\n  mutation CorrectName($id: ID!, $fullName: String!) {\n    updateUser(id: $id, input: { fullName: $fullName }) {\n      id\n      fullName\n    }\n  }\n": types.CorrectNameDocument,
    "\n  mutation EnrollMany($input: EnrollManyInput!) {\n    enrollMany(input: $input) {\n      email\n      traineeId\n      outcome\n    }\n  }\n": types.EnrollManyDocument,
    "\n  query PdfArchiveUrl($id: ID!) {\n    cohort(id: $id) {\n      certificateBatch {\n        pdfArchiveUrl\n      }\n    }\n  }\n": types.PdfArchiveUrlDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  mutation StartCohort($id: ID!) {\n    startCohort(id: $id) {\n      id\n    }\n  }\n": types.StartCohortDocument,
    "\n  mutation CompleteCohort($id: ID!) {\n    completeCohort(id: $id) {\n      id\n    }\n  }\n": types.CompleteCohortDocument,
    "\n  mutation CancelCohort($id: ID!) {\n    cancelCohort(id: $id) {\n      id\n    }\n  }\n": types.CancelCohortDocument,
    "\n  mutation AssignMentor($cohortId: ID!, $mentorId: ID!) {\n    assignMentor(cohortId: $cohortId, mentorId: $mentorId) {\n      id\n    }\n  }\n": types.AssignMentorDocument,
    "\n  mutation UnassignMentor($cohortId: ID!, $mentorId: ID!) {\n    unassignMentor(cohortId: $cohortId, mentorId: $mentorId) {\n      id\n    }\n  }\n": types.UnassignMentorDocument,
    "\n  query CohortProgress($id: ID!, $after: String) {\n    cohort(id: $id) {\n      enrollments(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            trainee {\n              fullName\n            }\n            progress {\n              attendanceRate\n              finalScore\n              assignmentsPassed\n              assignmentsTotal\n              eligible\n              unmetRequirements\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CohortProgressDocument,
    "\n  query ProgressReportUrl($id: ID!, $format: ReportFormat!) {\n    cohort(id: $id) {\n      progressReportUrl(format: $format)\n    }\n  }\n": types.ProgressReportUrlDocument,
    "\n  query CohortRoster($id: ID!, $status: EnrollmentStatus, $after: String) {\n    cohort(id: $id) {\n      enrollments(first: 50, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            trainee {\n              id\n              fullName\n              email\n            }\n            progress {\n              attendanceRate\n              finalScore\n              eligible\n            }\n            certificate {\n              id\n              status\n              verificationCode\n              pdfUrl\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CohortRosterDocument,
    "\n  mutation WithdrawTrainee($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      id\n    }\n  }\n": types.WithdrawTraineeDocument,
    "\n  mutation RevokeCertificate($id: ID!, $reason: String!) {\n    revokeCertificate(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  mutation ReissueCertificate($id: ID!) {\n    reissueCertificate(id: $id) {\n      id\n    }\n  }\n": types.ReissueCertificateDocument,
    "\n  query ManageCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      capacity\n      startsOn\n      endsOn\n      hub {\n        id\n      }\n      curriculum {\n        title\n        version\n      }\n      mentors {\n        id\n        fullName\n      }\n      seated: enrollments(first: 100, status: ENROLLED) {\n        totalCount\n        edges {\n          node {\n            trainee {\n              id\n            }\n          }\n        }\n      }\n      waitlisted: enrollments(first: 1, status: WAITLISTED) {\n        totalCount\n      }\n      certificateBatch {\n        id\n        status\n        total\n        issued\n        ineligible\n        failed\n        errors\n      }\n    }\n  }\n": types.ManageCohortDocument,
    "\n  query EditedAssignment($curriculumId: ID!, $id: ID!) {\n    curriculum(id: $curriculumId) {\n      assignment(id: $id) {\n        id\n        title\n        instructions\n        weight\n        passingScore\n        rubric {\n          title\n          maxPoints\n          levels {\n            title\n            points\n            description\n          }\n        }\n      }\n    }\n  }\n": types.EditedAssignmentDocument,
    "\n  mutation AddAssignment($input: AddAssignmentInput!) {\n    addAssignment(input: $input) {\n      id\n    }\n  }\n": types.AddAssignmentDocument,
    "\n  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {\n    updateAssignment(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateAssignmentDocument,
    "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateCurriculumDocument,
    "\n  query CurriculumChanges($id: ID!) {\n    curriculum(id: $id) {\n      changesSincePrevious(first: 200) {\n        kind\n        item\n        title\n        moduleTitle\n        fields\n      }\n    }\n  }\n": types.CurriculumChangesDocument,
    "\n  query EditedLesson($curriculumId: ID!, $id: ID!) {\n    curriculum(id: $curriculumId) {\n      lesson(id: $id) {\n        id\n        title\n        content\n        videoUrl\n        durationMinutes\n      }\n    }\n  }\n": types.EditedLessonDocument,
    "\n  mutation AddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      id\n    }\n  }\n": types.AddLessonDocument,
    "\n  mutation UpdateLesson($id: ID!, $input: UpdateLessonInput!) {\n    updateLesson(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateLessonDocument,
    "\n  mutation UpdateModule($id: ID!, $input: UpdateModuleInput!) {\n    updateModule(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateModuleDocument,
    "\n  query CurriculumEditor($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n      description\n      version\n      status\n      completionRule {\n        minAttendanceRate\n        minFinalScore\n        requireAllAssignments\n      }\n      modules {\n        id\n        title\n        lessons {\n          id\n          title\n          durationMinutes\n        }\n        assignments {\n          id\n          title\n          weight\n          passingScore\n        }\n      }\n    }\n  }\n": types.CurriculumEditorDocument,
    "\n  mutation MoveCurriculumItem($item: CurriculumItem!, $id: ID!, $position: Int!) {\n    moveCurriculumItem(item: $item, id: $id, position: $position) {\n      id\n    }\n  }\n": types.MoveCurriculumItemDocument,
    "\n  mutation RemoveCurriculumItem($item: CurriculumItem!, $id: ID!) {\n    removeCurriculumItem(item: $item, id: $id) {\n      id\n    }\n  }\n": types.RemoveCurriculumItemDocument,
    "\n  query PreviewSeries($input: ScheduleRecurringInput!) {\n    previewRecurringSessions(input: $input) {\n      roomName\n      roomCapacity\n      seated\n      sessions {\n        startsAt\n        endsAt\n        outsideCohort\n        clashes {\n          with\n          title\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.PreviewSeriesDocument,
    "\n  mutation SaveSeries($input: ScheduleRecurringInput!) {\n    scheduleRecurringSessions(input: $input) {\n      id\n    }\n  }\n": types.SaveSeriesDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation RescheduleFromCalendar($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n    }\n  }\n": types.RescheduleFromCalendarDocument,
    "\n  mutation CancelFromCalendar($id: ID!) {\n    cancelSession(id: $id) {\n      id\n    }\n  }\n": types.CancelFromCalendarDocument,
    "\n  query HubSchedule($hubId: ID!, $from: DateTime!, $to: DateTime!) {\n    roomSchedule(hubId: $hubId, from: $from, to: $to) {\n      id\n      kind\n      roomId\n      title\n      cohortId\n      cohortName\n      mentorName\n      startsAt\n      endsAt\n    }\n    hub(id: $hubId) {\n      id\n      timezone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n    cohorts(hubId: $hubId, first: 200) {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      mentors {\n        id\n        fullName\n      }\n    }\n  }\n": types.HubScheduleDocument,
    "\n  fragment AssignmentBrief on Assignment {\n    id\n    title\n    instructions\n    passingScore\n    rubric {\n      id\n      title\n      maxPoints\n      levels {\n        title\n        points\n        description\n      }\n    }\n  }\n": types.AssignmentBriefFragmentDoc,
    "\n  fragment GradeDetails on Grade {\n    score\n    feedback\n    gradedAt\n    gradedBy {\n      fullName\n    }\n    scores {\n      points\n      criterion {\n        id\n      }\n    }\n  }\n": types.GradeDetailsFragmentDoc,
    "\n  query Me {\n    privacyNoticeVersion\n    me {\n      id\n      fullName\n      role\n      locale\n      privacyNoticeAccepted\n      hubs {\n        id\n        name\n        timezone\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query ChosenHub($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      timezone\n    }\n  }\n": types.ChosenHubDocument,
    "\n  query Members($hubId: ID!, $search: String, $role: Role, $after: String) {\n    members(hubId: $hubId, search: $search, role: $role, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          active\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment SessionInList on Session {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    room {\n      name\n    }\n    cohort {\n      id\n      name\n      hub {\n        timezone\n      }\n    }\n  }\n": types.SessionInListFragmentDoc,
    "\n  fragment SeatedPage on EnrollmentConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        trainee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.SeatedPageFragmentDoc,
    "\n  fragment SlotInList on OfficeHourSlot {\n    id\n    startsAt\n    endsAt\n    agenda\n    bookedBy {\n      name\n    }\n  }\n": types.SlotInListFragmentDoc,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      fullName\n      locale\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  query AuditLog($personId: ID, $from: DateTime, $to: DateTime, $before: ID, $first: Int) {\n    auditLog(personId: $personId, from: $from, to: $to, before: $before, first: $first) {\n      id\n      at\n      action\n      count\n      reason\n      actor {\n        id\n        fullName\n      }\n      subject {\n        id\n        fullName\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id)\n  }\n": types.RetryEmailDocument,
    "\n  query AdminHubs {\n    hubs(first: 200) {\n      id\n      name\n      city\n      timezone\n    }\n  }\n": types.AdminHubsDocument,
    "\n  mutation CreateHub($input: CreateHubInput!) {\n    createHub(input: $input) {\n      id\n    }\n  }\n": types.CreateHubDocument,
    "\n  query MyCertificates {\n    myCertificates(first: 50) {\n      id\n      status\n      holderName\n      curriculumTitle\n      cohortName\n      hubName\n      issuedAt\n      finalScore\n      attendanceRate\n      verificationCode\n      verifyUrl\n      pdfUrl\n      credentialUrl\n    }\n  }\n": types.MyCertificatesDocument,
    "\n  query CheckInSessions($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to, first: 20) {\n      ...SessionInList\n    }\n  }\n": types.CheckInSessionsDocument,
    "\n  mutation CheckIn($sessionId: ID!, $code: String!) {\n    checkIn(sessionId: $sessionId, code: $code) {\n      id\n      status\n    }\n  }\n": types.CheckInDocument,
    "\n  query AssignmentPage($cohortId: ID!, $id: ID!) {\n    assignment(cohortId: $cohortId, id: $id) {\n      ...AssignmentBrief\n      weight\n    }\n    cohort(id: $cohortId) {\n      name\n      status\n      hub {\n        timezone\n      }\n      enrollments(first: 1) {\n        edges {\n          node {\n            submissions(assignmentId: $id, first: 20) {\n              id\n              attempt\n              status\n              content\n              submittedAt\n              grade {\n                ...GradeDetails\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AssignmentPageDocument,
    "\n  mutation SubmitAssignment($input: SubmitAssignmentInput!) {\n    submitAssignment(input: $input) {\n      id\n    }\n  }\n": types.SubmitAssignmentDocument,
    "\n  query CohortPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      startsOn\n      endsOn\n      hub {\n        name\n        timezone\n      }\n      mentors {\n        id\n        fullName\n      }\n      curriculum {\n        title\n        modules(first: 30) {\n          id\n          title\n          lessons(first: 50) {\n            id\n            title\n            durationMinutes\n            completedAt(cohortId: $id)\n          }\n          assignments(first: 10) {\n            id\n            title\n          }\n        }\n      }\n      sessions(first: 200) {\n        id\n        title\n        startsAt\n        endsAt\n        status\n        room {\n          name\n        }\n        attendance(first: 1) {\n          status\n        }\n      }\n      enrollments(first: 1) {\n        edges {\n          node {\n            submissions(first: 100) {\n              status\n              attempt\n              assignment {\n                id\n              }\n              grade {\n                score\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CohortPageDocument,
    "\n  query LessonPage($cohortId: ID!, $id: ID!) {\n    lesson(cohortId: $cohortId, id: $id) {\n      id\n      title\n      content\n      videoUrl\n      durationMinutes\n      completedAt(cohortId: $cohortId)\n    }\n    cohort(id: $cohortId) {\n      name\n      hub {\n        timezone\n      }\n      curriculum {\n        modules(first: 30) {\n          lessons(first: 50) {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.LessonPageDocument,
    "\n  mutation CompleteLesson($cohortId: ID!, $lessonId: ID!) {\n    completeLesson(cohortId: $cohortId, lessonId: $lessonId) {\n      id\n      completedAt(cohortId: $cohortId)\n    }\n  }\n": types.CompleteLessonDocument,
    "\n  query HubCohorts($hubId: ID!) {\n    cohorts(hubId: $hubId, first: 200) {\n      id\n      name\n      status\n      capacity\n      startsOn\n      endsOn\n      curriculum {\n        title\n        version\n      }\n    }\n    curricula(hubId: $hubId, first: 200) {\n      id\n      title\n      version\n      status\n    }\n  }\n": types.HubCohortsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      id\n    }\n  }\n": types.AddModuleDocument,
    "\n  mutation PublishCurriculum($id: ID!) {\n    publishCurriculum(id: $id) {\n      id\n    }\n  }\n": types.PublishCurriculumDocument,
    "\n  mutation ReviseCurriculum($id: ID!) {\n    reviseCurriculum(id: $id) {\n      id\n    }\n  }\n": types.ReviseCurriculumDocument,
    "\n  query HubCurricula($hubId: ID!) {\n    curricula(hubId: $hubId, first: 200) {\n      id\n      title\n      version\n      status\n    }\n  }\n": types.HubCurriculaDocument,
    "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      id\n    }\n  }\n": types.CreateCurriculumDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      role\n      active\n      erased\n      birthYear\n      needsGuardianConsent\n      guardianConsent {\n        guardianName\n        consentedOn\n      }\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          name\n        }\n        certificate {\n          id\n          status\n          holderName\n          pdfUrl\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n    }\n  }\n": types.ReactivatePersonDocument,
    "\n  mutation ReissueWithName($id: ID!) {\n    reissueCertificate(id: $id) {\n      id\n    }\n  }\n": types.ReissueWithNameDocument,
    "\n  query HubSettings($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      city\n      timezone\n      signupApproval\n    }\n  }\n": types.HubSettingsDocument,
    "\n  mutation UpdateHubSettings($input: UpdateHubInput!) {\n    updateHub(input: $input) {\n      id\n    }\n  }\n": types.UpdateHubSettingsDocument,
    "\n  query TraineeHome($from: DateTime!, $to: DateTime!) {\n    myEnrollments(first: 20, status: [ENROLLED, WAITLISTED, COMPLETED]) {\n      id\n      status\n      cohort {\n        id\n        name\n        hub {\n          timezone\n        }\n        curriculum {\n          title\n          modules(first: 30) {\n            assignments(first: 10) {\n              id\n              title\n            }\n          }\n        }\n      }\n      progress {\n        attendanceRate\n        finalScore\n        eligible\n        lessonsCompleted\n        lessonsTotal\n      }\n      submissions(first: 100) {\n        status\n        assignment {\n          id\n        }\n      }\n    }\n    mySchedule(from: $from, to: $to, first: 3) {\n      ...SessionInList\n    }\n  }\n": types.TraineeHomeDocument,
    "\n  query MyNotifications($first: Int!, $before: ID) {\n    notifications(first: $first, before: $before) {\n      id\n      title\n      paragraphs\n      link\n      linkLabel\n      createdAt\n      readAt\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query MyProgress {\n    myEnrollments(first: 20, status: [ENROLLED, COMPLETED]) {\n      id\n      status\n      cohort {\n        id\n        name\n        curriculum {\n          title\n          completionRule {\n            minAttendanceRate\n            minFinalScore\n            requireAllAssignments\n          }\n        }\n      }\n      progress {\n        attendanceRate\n        finalScore\n        assignmentsPassed\n        assignmentsTotal\n        lessonsCompleted\n        lessonsTotal\n        eligible\n        unmetRequirements\n      }\n    }\n  }\n": types.MyProgressDocument,
    "\n  query RoomScreen($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      room {\n        name\n      }\n      cohort {\n        name\n      }\n    }\n  }\n": types.RoomScreenDocument,
    "\n  mutation OpenCheckIn($id: ID!) {\n    openCheckIn(sessionId: $id) {\n      code\n      nextCodeInSeconds\n      checkedIn\n    }\n  }\n": types.OpenCheckInDocument,
    "\n  query MySchedule($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to, first: 200) {\n      ...SessionInList\n    }\n    hasCalendarFeed\n  }\n": types.MyScheduleDocument,
    "\n  mutation RenewCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RenewCalendarFeedDocument,
    "\n  query MyStartup($hubId: ID!) {\n    startups(hubId: $hubId, first: 1) {\n      id\n      name\n      sector\n      members {\n        id\n        fullName\n      }\n      mentors {\n        id\n        fullName\n      }\n    }\n  }\n": types.MyStartupDocument,
    "\n  query MentorSlots($mentorId: ID!, $from: DateTime!, $to: DateTime!) {\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 100) {\n      id\n      startsAt\n      endsAt\n      agenda\n      room {\n        name\n      }\n      bookedBy {\n        id\n      }\n    }\n  }\n": types.MentorSlotsDocument,
    "\n  mutation BookOfficeHour($input: BookOfficeHourInput!) {\n    bookOfficeHour(input: $input) {\n      id\n    }\n  }\n": types.BookOfficeHourDocument,
    "\n  mutation CancelOfficeHour($slotId: ID!) {\n    cancelOfficeHourBooking(slotId: $slotId) {\n      id\n    }\n  }\n": types.CancelOfficeHourDocument,
    "\n  query GradingQueue($cohortId: ID!, $status: SubmissionStatus!) {\n    cohort(id: $cohortId) {\n      id\n      name\n      hub {\n        timezone\n      }\n      gradingQueue {\n        waiting\n        resubmitted\n        resubmitRequested\n        graded\n      }\n    }\n    submissions(cohortId: $cohortId, status: $status, first: 200) {\n      id\n      attempt\n      submittedAt\n      assignment {\n        title\n      }\n      enrollment {\n        trainee {\n          fullName\n        }\n      }\n    }\n  }\n": types.GradingQueueDocument,
    "\n  query MyOfficeHours($mentorId: ID!, $from: DateTime!, $to: DateTime!) {\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {\n      ...SlotInList\n    }\n  }\n": types.MyOfficeHoursDocument,
    "\n  mutation PublishOfficeHours($input: PublishOfficeHoursInput!) {\n    publishOfficeHours(input: $input) {\n      id\n    }\n  }\n": types.PublishOfficeHoursDocument,
    "\n  mutation WithdrawOfficeHourSlot($slotId: ID!) {\n    withdrawOfficeHourSlot(slotId: $slotId) {\n      id\n    }\n  }\n": types.WithdrawOfficeHourSlotDocument,
    "\n  query MyMentorProfile {\n    myMentorProfile {\n      bio\n      expertise\n      maxMentees\n      activeMentees\n    }\n  }\n": types.MyMentorProfileDocument,
    "\n  mutation UpdateMentorProfile($input: UpdateMentorProfileInput!) {\n    updateMentorProfile(input: $input) {\n      bio\n      expertise\n      maxMentees\n      activeMentees\n    }\n  }\n": types.UpdateMentorProfileDocument,
    "\n  query SessionRegister($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      registerVersion\n      room {\n        name\n      }\n      cohort {\n        id\n        name\n        hub {\n          timezone\n        }\n        enrollments(first: 100, status: ENROLLED) {\n          ...SeatedPage\n        }\n      }\n      attendance(first: 500) {\n        status\n        source\n        note\n        recordedAt\n        recordedBy {\n          fullName\n        }\n        trainee {\n          id\n        }\n      }\n    }\n  }\n": types.SessionRegisterDocument,
    "\n  query MoreSeated($cohortId: ID!, $after: String!) {\n    cohort(id: $cohortId) {\n      enrollments(first: 100, after: $after, status: ENROLLED) {\n        ...SeatedPage\n      }\n    }\n  }\n": types.MoreSeatedDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  query GradeSubmissionPage($id: ID!) {\n    submission(id: $id) {\n      id\n      attempt\n      status\n      content\n      submittedAt\n      assignment {\n        ...AssignmentBrief\n      }\n      enrollment {\n        cohort {\n          id\n          name\n          hub {\n            timezone\n          }\n        }\n        trainee {\n          fullName\n        }\n        submissions(first: 50) {\n          id\n          attempt\n          status\n          submittedAt\n          assignment {\n            id\n          }\n        }\n      }\n      grades(first: 10) {\n        ...GradeDetails\n      }\n    }\n  }\n": types.GradeSubmissionPageDocument,
    "\n  mutation GradeSubmission($input: GradeSubmissionInput!) {\n    gradeSubmission(input: $input) {\n      id\n      status\n    }\n  }\n": types.GradeSubmissionDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.LoginDocument,
    "\n  query PrivacyNoticeVersion {\n    privacyNoticeVersion\n  }\n": types.PrivacyNoticeVersionDocument,
    "\n  query SignUpHubs {\n    hubs(first: 100) {\n      id\n      name\n      city\n    }\n  }\n": types.SignUpHubsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n": types.RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query TeachingWeek($from: DateTime!, $to: DateTime!, $mentorId: ID!) {\n    mySchedule(from: $from, to: $to, first: 100) {\n      ...SessionInList\n    }\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {\n      ...SlotInList\n    }\n  }\n": types.TeachingWeekDocument,
    "\n  query TeachingCohorts($hubId: ID!) {\n    cohorts(hubId: $hubId, status: RUNNING, first: 50) {\n      id\n      name\n      hub {\n        name\n      }\n      enrollments(first: 1, status: ENROLLED) {\n        totalCount\n      }\n      gradingQueue {\n        waiting\n        resubmitted\n        resubmitRequested\n      }\n    }\n  }\n": types.TeachingCohortsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      id\n      fullName\n    }\n  }\n"): typeof import('./graphql').ErasePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedEmails($first: Int!) {\n    failedEmails(first: $first) {\n      id\n      subject\n      recipientName\n      recipientEmail\n      createdAt\n      error\n    }\n  }\n"): typeof import('./graphql').FailedEmailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      category\n      email\n    }\n  }\n"): typeof import('./graphql').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      category\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    me {\n      id\n      birthYear\n    }\n    myDataExports {\n      id\n      status\n      requestedAt\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').MyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBirthYear($birthYear: Int!) {\n    updateMyProfile(input: { birthYear: $birthYear }) {\n      id\n    }\n  }\n"): typeof import('./graphql').SaveBirthYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n    }\n  }\n"): typeof import('./graphql').RequestDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPrivacyNotice($version: String!) {\n    acceptPrivacyNotice(version: $version) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptPrivacyNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordGuardianConsent($input: RecordGuardianConsentInput!) {\n    recordGuardianConsent(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordGuardianConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HubHomeCohort on Cohort {\n    id\n    name\n    status\n    capacity\n    startsOn\n    endsOn\n    enrollments(first: 1, status: ENROLLED) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HubHomeCohortFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubHome($hubId: ID!, $from: DateTime!, $to: DateTime!, $weekFrom: DateTime!, $weekTo: DateTime!) {\n    roomSchedule(hubId: $hubId, from: $from, to: $to) {\n      id\n      kind\n      roomId\n      title\n      cohortName\n      mentorName\n      startsAt\n      endsAt\n    }\n    hub(id: $hubId) {\n      attendance(from: $weekFrom, to: $weekTo) {\n        sessions\n        seated\n        attended\n        excused\n      }\n      rooms {\n        id\n        name\n      }\n    }\n    # By status: a hub with many cohorts planned must not push a running one off a single list.\n    running: cohorts(hubId: $hubId, status: RUNNING, first: 200) {\n      ...HubHomeCohort\n      gradingQueue {\n        waiting\n        resubmitted\n      }\n    }\n    # The soonest first: a hub planning far ahead must not push next month's cohorts off the page.\n    planned: cohorts(hubId: $hubId, status: PLANNED, order: STARTS_SOONEST, first: 50) {\n      ...HubHomeCohort\n    }\n    # Certificates are issued when a cohort completes: the latest ones' batches, for their alerts.\n    completed: cohorts(hubId: $hubId, status: COMPLETED, first: 20) {\n      id\n      name\n      certificateBatch {\n        status\n        total\n        issued\n        ineligible\n        failed\n      }\n    }\n    pendingMembers(hubId: $hubId, first: 200) {\n      id\n    }\n  }\n"): typeof import('./graphql').HubHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUsers($input: InviteUsersInput!) {\n    inviteUsers(input: $input) {\n      email\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').InviteUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectName($id: ID!, $fullName: String!) {\n    updateUser(id: $id, input: { fullName: $fullName }) {\n      id\n      fullName\n    }\n  }\n"): typeof import('./graphql').CorrectNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollMany($input: EnrollManyInput!) {\n    enrollMany(input: $input) {\n      email\n      traineeId\n      outcome\n    }\n  }\n"): typeof import('./graphql').EnrollManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PdfArchiveUrl($id: ID!) {\n    cohort(id: $id) {\n      certificateBatch {\n        pdfArchiveUrl\n      }\n    }\n  }\n"): typeof import('./graphql').PdfArchiveUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCohort($id: ID!) {\n    startCohort(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCohort($id: ID!) {\n    completeCohort(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CompleteCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCohort($id: ID!) {\n    cancelCohort(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignMentor($cohortId: ID!, $mentorId: ID!) {\n    assignMentor(cohortId: $cohortId, mentorId: $mentorId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignMentor($cohortId: ID!, $mentorId: ID!) {\n    unassignMentor(cohortId: $cohortId, mentorId: $mentorId) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnassignMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortProgress($id: ID!, $after: String) {\n    cohort(id: $id) {\n      enrollments(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            trainee {\n              fullName\n            }\n            progress {\n              attendanceRate\n              finalScore\n              assignmentsPassed\n              assignmentsTotal\n              eligible\n              unmetRequirements\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CohortProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressReportUrl($id: ID!, $format: ReportFormat!) {\n    cohort(id: $id) {\n      progressReportUrl(format: $format)\n    }\n  }\n"): typeof import('./graphql').ProgressReportUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortRoster($id: ID!, $status: EnrollmentStatus, $after: String) {\n    cohort(id: $id) {\n      enrollments(first: 50, after: $after, status: $status) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            trainee {\n              id\n              fullName\n              email\n            }\n            progress {\n              attendanceRate\n              finalScore\n              eligible\n            }\n            certificate {\n              id\n              status\n              verificationCode\n              pdfUrl\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CohortRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTrainee($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawTraineeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($id: ID!, $reason: String!) {\n    revokeCertificate(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueCertificate($id: ID!) {\n    reissueCertificate(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReissueCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      capacity\n      startsOn\n      endsOn\n      hub {\n        id\n      }\n      curriculum {\n        title\n        version\n      }\n      mentors {\n        id\n        fullName\n      }\n      seated: enrollments(first: 100, status: ENROLLED) {\n        totalCount\n        edges {\n          node {\n            trainee {\n              id\n            }\n          }\n        }\n      }\n      waitlisted: enrollments(first: 1, status: WAITLISTED) {\n        totalCount\n      }\n      certificateBatch {\n        id\n        status\n        total\n        issued\n        ineligible\n        failed\n        errors\n      }\n    }\n  }\n"): typeof import('./graphql').ManageCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditedAssignment($curriculumId: ID!, $id: ID!) {\n    curriculum(id: $curriculumId) {\n      assignment(id: $id) {\n        id\n        title\n        instructions\n        weight\n        passingScore\n        rubric {\n          title\n          maxPoints\n          levels {\n            title\n            points\n            description\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditedAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssignment($input: AddAssignmentInput!) {\n    addAssignment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {\n    updateAssignment(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {\n    updateCurriculum(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCurriculumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurriculumChanges($id: ID!) {\n    curriculum(id: $id) {\n      changesSincePrevious(first: 200) {\n        kind\n        item\n        title\n        moduleTitle\n        fields\n      }\n    }\n  }\n"): typeof import('./graphql').CurriculumChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditedLesson($curriculumId: ID!, $id: ID!) {\n    curriculum(id: $curriculumId) {\n      lesson(id: $id) {\n        id\n        title\n        content\n        videoUrl\n        durationMinutes\n      }\n    }\n  }\n"): typeof import('./graphql').EditedLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLesson($input: AddLessonInput!) {\n    addLesson(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLesson($id: ID!, $input: UpdateLessonInput!) {\n    updateLesson(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModule($id: ID!, $input: UpdateModuleInput!) {\n    updateModule(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurriculumEditor($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n      description\n      version\n      status\n      completionRule {\n        minAttendanceRate\n        minFinalScore\n        requireAllAssignments\n      }\n      modules {\n        id\n        title\n        lessons {\n          id\n          title\n          durationMinutes\n        }\n        assignments {\n          id\n          title\n          weight\n          passingScore\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CurriculumEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCurriculumItem($item: CurriculumItem!, $id: ID!, $position: Int!) {\n    moveCurriculumItem(item: $item, id: $id, position: $position) {\n      id\n    }\n  }\n"): typeof import('./graphql').MoveCurriculumItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCurriculumItem($item: CurriculumItem!, $id: ID!) {\n    removeCurriculumItem(item: $item, id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveCurriculumItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSeries($input: ScheduleRecurringInput!) {\n    previewRecurringSessions(input: $input) {\n      roomName\n      roomCapacity\n      seated\n      sessions {\n        startsAt\n        endsAt\n        outsideCohort\n        clashes {\n          with\n          title\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSeries($input: ScheduleRecurringInput!) {\n    scheduleRecurringSessions(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SaveSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleFromCalendar($input: RescheduleSessionInput!) {\n    rescheduleSession(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RescheduleFromCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelFromCalendar($id: ID!) {\n    cancelSession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelFromCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubSchedule($hubId: ID!, $from: DateTime!, $to: DateTime!) {\n    roomSchedule(hubId: $hubId, from: $from, to: $to) {\n      id\n      kind\n      roomId\n      title\n      cohortId\n      cohortName\n      mentorName\n      startsAt\n      endsAt\n    }\n    hub(id: $hubId) {\n      id\n      timezone\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n    cohorts(hubId: $hubId, first: 200) {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      mentors {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').HubScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentBrief on Assignment {\n    id\n    title\n    instructions\n    passingScore\n    rubric {\n      id\n      title\n      maxPoints\n      levels {\n        title\n        points\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentBriefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GradeDetails on Grade {\n    score\n    feedback\n    gradedAt\n    gradedBy {\n      fullName\n    }\n    scores {\n      points\n      criterion {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').GradeDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    privacyNoticeVersion\n    me {\n      id\n      fullName\n      role\n      locale\n      privacyNoticeAccepted\n      hubs {\n        id\n        name\n        timezone\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChosenHub($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      timezone\n    }\n  }\n"): typeof import('./graphql').ChosenHubDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($hubId: ID!, $search: String, $role: Role, $after: String) {\n    members(hubId: $hubId, search: $search, role: $role, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fullName\n          email\n          role\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionInList on Session {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    room {\n      name\n    }\n    cohort {\n      id\n      name\n      hub {\n        timezone\n      }\n    }\n  }\n"): typeof import('./graphql').SessionInListFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatedPage on EnrollmentConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        trainee {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeatedPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotInList on OfficeHourSlot {\n    id\n    startsAt\n    endsAt\n    agenda\n    bookedBy {\n      name\n    }\n  }\n"): typeof import('./graphql').SlotInListFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      fullName\n      locale\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($personId: ID, $from: DateTime, $to: DateTime, $before: ID, $first: Int) {\n    auditLog(personId: $personId, from: $from, to: $to, before: $before, first: $first) {\n      id\n      at\n      action\n      count\n      reason\n      actor {\n        id\n        fullName\n      }\n      subject {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id)\n  }\n"): typeof import('./graphql').RetryEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHubs {\n    hubs(first: 200) {\n      id\n      name\n      city\n      timezone\n    }\n  }\n"): typeof import('./graphql').AdminHubsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHub($input: CreateHubInput!) {\n    createHub(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateHubDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates {\n    myCertificates(first: 50) {\n      id\n      status\n      holderName\n      curriculumTitle\n      cohortName\n      hubName\n      issuedAt\n      finalScore\n      attendanceRate\n      verificationCode\n      verifyUrl\n      pdfUrl\n      credentialUrl\n    }\n  }\n"): typeof import('./graphql').MyCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInSessions($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to, first: 20) {\n      ...SessionInList\n    }\n  }\n"): typeof import('./graphql').CheckInSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($sessionId: ID!, $code: String!) {\n    checkIn(sessionId: $sessionId, code: $code) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentPage($cohortId: ID!, $id: ID!) {\n    assignment(cohortId: $cohortId, id: $id) {\n      ...AssignmentBrief\n      weight\n    }\n    cohort(id: $cohortId) {\n      name\n      status\n      hub {\n        timezone\n      }\n      enrollments(first: 1) {\n        edges {\n          node {\n            submissions(assignmentId: $id, first: 20) {\n              id\n              attempt\n              status\n              content\n              submittedAt\n              grade {\n                ...GradeDetails\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAssignment($input: SubmitAssignmentInput!) {\n    submitAssignment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      startsOn\n      endsOn\n      hub {\n        name\n        timezone\n      }\n      mentors {\n        id\n        fullName\n      }\n      curriculum {\n        title\n        modules(first: 30) {\n          id\n          title\n          lessons(first: 50) {\n            id\n            title\n            durationMinutes\n            completedAt(cohortId: $id)\n          }\n          assignments(first: 10) {\n            id\n            title\n          }\n        }\n      }\n      sessions(first: 200) {\n        id\n        title\n        startsAt\n        endsAt\n        status\n        room {\n          name\n        }\n        attendance(first: 1) {\n          status\n        }\n      }\n      enrollments(first: 1) {\n        edges {\n          node {\n            submissions(first: 100) {\n              status\n              attempt\n              assignment {\n                id\n              }\n              grade {\n                score\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CohortPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonPage($cohortId: ID!, $id: ID!) {\n    lesson(cohortId: $cohortId, id: $id) {\n      id\n      title\n      content\n      videoUrl\n      durationMinutes\n      completedAt(cohortId: $cohortId)\n    }\n    cohort(id: $cohortId) {\n      name\n      hub {\n        timezone\n      }\n      curriculum {\n        modules(first: 30) {\n          lessons(first: 50) {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LessonPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLesson($cohortId: ID!, $lessonId: ID!) {\n    completeLesson(cohortId: $cohortId, lessonId: $lessonId) {\n      id\n      completedAt(cohortId: $cohortId)\n    }\n  }\n"): typeof import('./graphql').CompleteLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubCohorts($hubId: ID!) {\n    cohorts(hubId: $hubId, first: 200) {\n      id\n      name\n      status\n      capacity\n      startsOn\n      endsOn\n      curriculum {\n        title\n        version\n      }\n    }\n    curricula(hubId: $hubId, first: 200) {\n      id\n      title\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').HubCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModule($input: AddModuleInput!) {\n    addModule(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCurriculum($id: ID!) {\n    publishCurriculum(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishCurriculumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseCurriculum($id: ID!) {\n    reviseCurriculum(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReviseCurriculumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubCurricula($hubId: ID!) {\n    curricula(hubId: $hubId, first: 200) {\n      id\n      title\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').HubCurriculaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCurriculum($input: CreateCurriculumInput!) {\n    createCurriculum(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCurriculumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      role\n      active\n      erased\n      birthYear\n      needsGuardianConsent\n      guardianConsent {\n        guardianName\n        consentedOn\n      }\n      enrollments {\n        id\n        status\n        cohort {\n          id\n          name\n        }\n        certificate {\n          id\n          status\n          holderName\n          pdfUrl\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeactivatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivatePerson($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReactivatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueWithName($id: ID!) {\n    reissueCertificate(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReissueWithNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubSettings($id: ID!) {\n    hub(id: $id) {\n      id\n      name\n      city\n      timezone\n      signupApproval\n    }\n  }\n"): typeof import('./graphql').HubSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHubSettings($input: UpdateHubInput!) {\n    updateHub(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateHubSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraineeHome($from: DateTime!, $to: DateTime!) {\n    myEnrollments(first: 20, status: [ENROLLED, WAITLISTED, COMPLETED]) {\n      id\n      status\n      cohort {\n        id\n        name\n        hub {\n          timezone\n        }\n        curriculum {\n          title\n          modules(first: 30) {\n            assignments(first: 10) {\n              id\n              title\n            }\n          }\n        }\n      }\n      progress {\n        attendanceRate\n        finalScore\n        eligible\n        lessonsCompleted\n        lessonsTotal\n      }\n      submissions(first: 100) {\n        status\n        assignment {\n          id\n        }\n      }\n    }\n    mySchedule(from: $from, to: $to, first: 3) {\n      ...SessionInList\n    }\n  }\n"): typeof import('./graphql').TraineeHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!, $before: ID) {\n    notifications(first: $first, before: $before) {\n      id\n      title\n      paragraphs\n      link\n      linkLabel\n      createdAt\n      readAt\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgress {\n    myEnrollments(first: 20, status: [ENROLLED, COMPLETED]) {\n      id\n      status\n      cohort {\n        id\n        name\n        curriculum {\n          title\n          completionRule {\n            minAttendanceRate\n            minFinalScore\n            requireAllAssignments\n          }\n        }\n      }\n      progress {\n        attendanceRate\n        finalScore\n        assignmentsPassed\n        assignmentsTotal\n        lessonsCompleted\n        lessonsTotal\n        eligible\n        unmetRequirements\n      }\n    }\n  }\n"): typeof import('./graphql').MyProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomScreen($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      room {\n        name\n      }\n      cohort {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RoomScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCheckIn($id: ID!) {\n    openCheckIn(sessionId: $id) {\n      code\n      nextCodeInSeconds\n      checkedIn\n    }\n  }\n"): typeof import('./graphql').OpenCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySchedule($from: DateTime!, $to: DateTime!) {\n    mySchedule(from: $from, to: $to, first: 200) {\n      ...SessionInList\n    }\n    hasCalendarFeed\n  }\n"): typeof import('./graphql').MyScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCalendarFeed {\n    revokeCalendarFeed\n  }\n"): typeof import('./graphql').RenewCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStartup($hubId: ID!) {\n    startups(hubId: $hubId, first: 1) {\n      id\n      name\n      sector\n      members {\n        id\n        fullName\n      }\n      mentors {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').MyStartupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorSlots($mentorId: ID!, $from: DateTime!, $to: DateTime!) {\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 100) {\n      id\n      startsAt\n      endsAt\n      agenda\n      room {\n        name\n      }\n      bookedBy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MentorSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookOfficeHour($input: BookOfficeHourInput!) {\n    bookOfficeHour(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BookOfficeHourDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOfficeHour($slotId: ID!) {\n    cancelOfficeHourBooking(slotId: $slotId) {\n      id\n    }\n  }\n"): typeof import('./graphql').CancelOfficeHourDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingQueue($cohortId: ID!, $status: SubmissionStatus!) {\n    cohort(id: $cohortId) {\n      id\n      name\n      hub {\n        timezone\n      }\n      gradingQueue {\n        waiting\n        resubmitted\n        resubmitRequested\n        graded\n      }\n    }\n    submissions(cohortId: $cohortId, status: $status, first: 200) {\n      id\n      attempt\n      submittedAt\n      assignment {\n        title\n      }\n      enrollment {\n        trainee {\n          fullName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GradingQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOfficeHours($mentorId: ID!, $from: DateTime!, $to: DateTime!) {\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {\n      ...SlotInList\n    }\n  }\n"): typeof import('./graphql').MyOfficeHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOfficeHours($input: PublishOfficeHoursInput!) {\n    publishOfficeHours(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishOfficeHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOfficeHourSlot($slotId: ID!) {\n    withdrawOfficeHourSlot(slotId: $slotId) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawOfficeHourSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMentorProfile {\n    myMentorProfile {\n      bio\n      expertise\n      maxMentees\n      activeMentees\n    }\n  }\n"): typeof import('./graphql').MyMentorProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMentorProfile($input: UpdateMentorProfileInput!) {\n    updateMentorProfile(input: $input) {\n      bio\n      expertise\n      maxMentees\n      activeMentees\n    }\n  }\n"): typeof import('./graphql').UpdateMentorProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionRegister($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      registerVersion\n      room {\n        name\n      }\n      cohort {\n        id\n        name\n        hub {\n          timezone\n        }\n        enrollments(first: 100, status: ENROLLED) {\n          ...SeatedPage\n        }\n      }\n      attendance(first: 500) {\n        status\n        source\n        note\n        recordedAt\n        recordedBy {\n          fullName\n        }\n        trainee {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SessionRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreSeated($cohortId: ID!, $after: String!) {\n    cohort(id: $cohortId) {\n      enrollments(first: 100, after: $after, status: ENROLLED) {\n        ...SeatedPage\n      }\n    }\n  }\n"): typeof import('./graphql').MoreSeatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradeSubmissionPage($id: ID!) {\n    submission(id: $id) {\n      id\n      attempt\n      status\n      content\n      submittedAt\n      assignment {\n        ...AssignmentBrief\n      }\n      enrollment {\n        cohort {\n          id\n          name\n          hub {\n            timezone\n          }\n        }\n        trainee {\n          fullName\n        }\n        submissions(first: 50) {\n          id\n          attempt\n          status\n          submittedAt\n          assignment {\n            id\n          }\n        }\n      }\n      grades(first: 10) {\n        ...GradeDetails\n      }\n    }\n  }\n"): typeof import('./graphql').GradeSubmissionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GradeSubmission($input: GradeSubmissionInput!) {\n    gradeSubmission(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').GradeSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyNoticeVersion {\n    privacyNoticeVersion\n  }\n"): typeof import('./graphql').PrivacyNoticeVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpHubs {\n    hubs(first: 100) {\n      id\n      name\n      city\n    }\n  }\n"): typeof import('./graphql').SignUpHubsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeachingWeek($from: DateTime!, $to: DateTime!, $mentorId: ID!) {\n    mySchedule(from: $from, to: $to, first: 100) {\n      ...SessionInList\n    }\n    officeHours(mentorId: $mentorId, from: $from, to: $to, first: 200) {\n      ...SlotInList\n    }\n  }\n"): typeof import('./graphql').TeachingWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeachingCohorts($hubId: ID!) {\n    cohorts(hubId: $hubId, status: RUNNING, first: 50) {\n      id\n      name\n      hub {\n        name\n      }\n      enrollments(first: 1, status: ENROLLED) {\n        totalCount\n      }\n      gradingQueue {\n        waiting\n        resubmitted\n        resubmitRequested\n      }\n    }\n  }\n"): typeof import('./graphql').TeachingCohortsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
