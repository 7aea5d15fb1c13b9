import { DataSource } from 'typeorm';
import { type CohortEntity, CohortsService, EnrollmentStatus } from '@sanggar/cohorts';
import type { HubEntity } from '@sanggar/hubs';
import { CallerCache, IdentityService, SHOWN_USER_PROPERTIES } from '@sanggar/identity';
import type { Person } from '../support/factories.js';
import { type GqlResponse, TestApp, codes } from '../support/harness.js';
import { isCallerCheck, statementsSent } from '../support/statements.js';
import { at } from '../support/time.js';

// The queries the web app's screens need: one lesson, assignment or session at a time, my profile,
// my enrollments by status and one assignment's attempts — each scoped like the cohort it belongs to.
const LESSON = `query($cohortId: ID!, $id: ID!) { lesson(cohortId: $cohortId, id: $id) { id title content } }`;
const ASSIGNMENT = `query($cohortId: ID!, $id: ID!) { assignment(cohortId: $cohortId, id: $id) { id title rubric { title } } }`;
const SESSION = `query($id: ID!) { session(id: $id) { id title room { name } } }`;
const PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { fullName locale } }`;
const ME = `{ me { fullName locale } }`;
const MY_ENROLLMENTS = `query($status: [EnrollmentStatus!]) { myEnrollments(status: $status) { status cohort { id } } }`;
const ATTEMPTS = `query($assignmentId: ID) { myEnrollments { submissions(assignmentId: $assignmentId) { content } } }`;
const SUBMIT = `mutation($input: SubmitAssignmentInput!) { submitAssignment(input: $input) { id } }`;
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;

describe('screen queries', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;
  let trainee: Person;
  let outsider: Person;
  let cohort: CohortEntity;
  let otherCohort: CohortEntity;
  let items: { lessonId: string; assignmentIds: string[] };
  let sessionId: string;

  const itemsOf = async (curriculumId: string) => {
    const [row] = await app.get(DataSource).query<{ lesson_id: string; assignment_ids: string[] }[]>(
      `SELECT (SELECT l.id FROM lesson l JOIN curriculum_module m ON m.id = l.module_id WHERE m.curriculum_id = $1) AS lesson_id,
              (SELECT array_agg(a.id ORDER BY a.position) FROM assignment a JOIN curriculum_module m ON m.id = a.module_id
                WHERE m.curriculum_id = $1) AS assignment_ids`,
      [curriculumId],
    );
    return { lessonId: row.lesson_id, assignmentIds: row.assignment_ids };
  };

  beforeAll(async () => {
    app = await TestApp.start();
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
    trainee = await app.factory.trainee(hub.id, { fullName: 'Laras Wati' });
    outsider = await app.factory.trainee((await app.factory.hub()).id);
    const curriculum = await app.factory.publishedCurriculum(hub.id, { assignments: [{ title: 'Kanvas' }, { title: 'Pitch' }] });
    cohort = await app.factory.cohort(hub.id, { curriculumId: curriculum.id });
    otherCohort = await app.factory.cohort(hub.id);
    await app.factory.enroll(cohort.id, [trainee.user.id]);
    await app.factory.enroll(otherCohort.id, [trainee.user.id]);
    await app.as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
    items = await itemsOf(curriculum.id);
    const room = await app.factory.room(hub.id, { name: 'Ruang Batik' });
    const scheduled = await app.as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
      input: { cohortId: cohort.id, roomId: room.id, title: 'Kanvas bersama', startsAt: at(2, '09:00'), endsAt: at(2, '11:00') },
    });
    sessionId = scheduled.data!.scheduleSession.id;
  });
  afterAll(() => app.close());

  it('counts a cohort’s seats without reading an enrollment when only the count is asked (the hub home)', async () => {
    const seatsOf = `query($id: ID!) { cohort(id: $id) { enrollments(first: 1, status: ENROLLED) { totalCount } } }`;
    const pageOf = `query($id: ID!) { cohort(id: $id) { enrollments(first: 1, status: ENROLLED) { totalCount edges { node { id } } } } }`;
    await app.factory.enroll(otherCohort.id, [(await app.factory.trainee(hub.id)).user.id]);
    for (const { id } of [cohort, otherCohort]) {
      const seats = await app.as(coordinator).gql<{ cohort: { enrollments: { totalCount: number } } }>(seatsOf, { id });
      const page = await app.as(coordinator).gql<{ cohort: { enrollments: { totalCount: number; edges: unknown[] } } }>(pageOf, { id });
      expect(page.data!.cohort.enrollments.edges).toHaveLength(1);
      expect(seats.data!.cohort.enrollments.totalCount).toBe(page.data!.cohort.enrollments.totalCount);
    }
    // The same loader, asked for counts only and for a page: the counts agree and no row is read for them.
    const key = { first: 1, status: EnrollmentStatus.ENROLLED };
    const [countOnly, withRows] = await app.get(CohortsService).enrollmentPages([
      { cohortId: otherCohort.id, ...key, countOnly: true },
      { cohortId: otherCohort.id, ...key },
    ]);
    expect(countOnly).toEqual({ rows: [], hasNextPage: false, totalCount: 2 });
    expect(withRows).toMatchObject({ hasNextPage: true, totalCount: 2 });
    expect(withRows.rows).toHaveLength(1);
  });

  it('reads a trainee’s own attendance statuses without a note, a time or a person', async () => {
    const recorded = await app
      .as(coordinator)
      .gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`, {
        input: { sessionId, entries: [{ traineeId: trainee.user.id, status: 'LATE' }] },
      });
    expect(recorded.errors).toBeUndefined();
    // What the cohort page asks of each session.
    let page: GqlResponse<{ cohort: { sessions: { attendance: { status: string }[] }[] } }> | undefined;
    const sent = await statementsSent(
      async () =>
        (page = await app
          .as(trainee)
          .gql(`query($id: ID!) { cohort(id: $id) { sessions(first: 10) { attendance(first: 1) { status } } } }`, { id: cohort.id })),
    );
    expect(page!.data!.cohort.sessions).toEqual([{ attendance: [{ status: 'LATE' }] }]);
    const recordReads = sent.filter((text) => text.includes('FROM attendance_record'));
    expect(recordReads).toHaveLength(1);
    expect(recordReads[0]).not.toContain('note');
    // No person is read beyond the caller, whose row comes with the token check (left out of `sent`).
    expect(sent.filter((text) => text.includes('FROM "user"') && text.includes('full_name'))).toEqual([]);
  });

  it.each([
    ['a grid (statuses)', 'status', () => ({})],
    [
      'a register (whole records)',
      'status note recordedBy { fullName }',
      () => ({ note: null, recordedBy: { fullName: coordinator.user.fullName } }),
    ],
  ])('draws %s by trainee id without reading anyone, and names them when asked', async (_, fields, recordFields) => {
    const more = recordFields();
    const recorded = await app
      .as(coordinator)
      .gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`, {
        input: { sessionId, entries: [{ traineeId: trainee.user.id, status: 'PRESENT' }] },
      });
    expect(recorded.errors).toBeUndefined();
    type Grid = { cohort: { sessions: { attendance: Record<string, unknown>[] }[] } };
    const gridOf = (who: string) =>
      `query($id: ID!) { cohort(id: $id) { sessions(first: 10) { attendance(first: 10) { ${fields} trainee { ${who} } } } } }`;
    let byId: GqlResponse<Grid> | undefined;
    const sent = await statementsSent(async () => (byId = await app.as(coordinator).gql<Grid>(gridOf('id __typename'), { id: cohort.id })));
    expect(byId!.data!.cohort.sessions).toEqual([
      { attendance: [{ status: 'PRESENT', ...more, trainee: { id: trainee.user.id, __typename: 'User' } }] },
    ]);
    // The caller (who also wrote the record) comes with the token check (left out of `sent`); no other person is read.
    expect(sent.filter((text) => text.includes('FROM "user"'))).toEqual([]);

    const named = await app.as(coordinator).gql<Grid>(gridOf('id fullName'), { id: cohort.id });
    expect(named.data!.cohort.sessions).toEqual([
      { attendance: [{ status: 'PRESENT', ...more, trainee: { id: trainee.user.id, fullName: 'Laras Wati' } }] },
    ]);
  });

  it('gives a trainee one lesson, assignment or session of her cohort, and nobody else', async () => {
    const lesson = await app.as(trainee).gql<{ lesson: { content: string } }>(LESSON, { cohortId: cohort.id, id: items.lessonId });
    expect(lesson.data?.lesson.content).toContain('# Kanvas');
    const assignment = await app
      .as(trainee)
      .gql<{ assignment: { title: string; rubric: unknown[] } }>(ASSIGNMENT, { cohortId: cohort.id, id: items.assignmentIds[1] });
    expect(assignment.data?.assignment).toMatchObject({ title: 'Pitch', rubric: [{ title: 'Kriteria 1' }, { title: 'Kriteria 2' }] });
    let session: GqlResponse<{ session: unknown }> | undefined;
    const sent = await statementsSent(async () => (session = await app.as(trainee).gql(SESSION, { id: sessionId })));
    expect(session!.data?.session).toEqual({ id: sessionId, title: 'Kanvas bersama', room: { name: 'Ruang Batik' } });
    // The session and its cohort are read once each, for the check and for the answer alike.
    expect(sent.filter((text) => /\bFROM "?session"?\s/i.test(text))).toHaveLength(1);
    expect(sent.filter((text) => /\bFROM "?cohort"?\s/i.test(text))).toHaveLength(1);

    // Another hub's trainee: no cohort, no lesson, no session.
    expect(codes(await app.as(outsider).gql(LESSON, { cohortId: cohort.id, id: items.lessonId }))).toEqual(['NOT_FOUND']);
    expect(codes(await app.as(outsider).gql(ASSIGNMENT, { cohortId: cohort.id, id: items.assignmentIds[0] }))).toEqual(['NOT_FOUND']);
    expect(codes(await app.as(outsider).gql(SESSION, { id: sessionId }))).toEqual(['NOT_FOUND']);
    // An item of another curriculum cannot be read through a cohort one may see.
    expect(codes(await app.as(trainee).gql(LESSON, { cohortId: otherCohort.id, id: items.lessonId }))).toEqual(['NOT_FOUND']);
    expect(codes(await app.as(trainee).gql(ASSIGNMENT, { cohortId: otherCohort.id, id: items.assignmentIds[0] }))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(LESSON, { cohortId: cohort.id, id: items.lessonId }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lets a person correct her name and language; errors then speak her language; bad input changes nothing', async () => {
    const updated = await app
      .as(trainee)
      .gql<{ updateMyProfile: unknown }>(PROFILE, { input: { fullName: '  Laras Ayu  ', locale: 'en' } });
    expect(updated.data?.updateMyProfile).toEqual({ fullName: 'Laras Ayu', locale: 'en' });
    const missing = await app.as(trainee).gql(LESSON, { cohortId: otherCohort.id, id: items.lessonId });
    expect(missing.errors?.[0].message).toMatch(/^Lesson/);

    const refused = await app.as(trainee).gql(PROFILE, { input: { fullName: 'Laras https://spam.example', locale: 'id' } });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(refused.errors![0].extensions.fields as object)).toEqual(['fullName']);
    expect(codes(await app.as(trainee).gql(PROFILE, { input: { fullName: '' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await app.as(trainee).gql<{ me: unknown }>(ME)).data?.me).toEqual({ fullName: 'Laras Ayu', locale: 'en' });

    // Only what is given changes.
    await app.as(trainee).gql(PROFILE, { input: { locale: 'id' } });
    expect((await app.as(trainee).gql<{ me: unknown }>(ME)).data?.me).toEqual({ fullName: 'Laras Ayu', locale: 'id' });
  });

  it('answers `me` from the row the token check read: one statement for a caller not yet known, none after, the same person a fresh read shows', async () => {
    const SHOWN = `{ me { id email fullName role locale privacyNoticeAccepted birthYear } }`;
    app.get(CallerCache).forgetAll();
    let answer: GqlResponse<{ me: Record<string, unknown> }> | undefined;
    const statements = await statementsSent(async () => (answer = await app.as(coordinator).gql(SHOWN)), { rememberedReads: true });
    expect(statements).toHaveLength(1);
    expect(isCallerCheck(statements[0])).toBe(true);
    let again: GqlResponse<{ me: Record<string, unknown> }> | undefined;
    expect(await statementsSent(async () => (again = await app.as(coordinator).gql(SHOWN)), { rememberedReads: true })).toEqual([]);
    expect(again!.data).toEqual(answer!.data);
    const [fresh] = await app
      .get(DataSource)
      .query<{ email: string; full_name: string; locale: string }[]>('SELECT email, full_name, locale FROM "user" WHERE id = $1', [
        coordinator.user.id,
      ]);
    expect(answer!.data!.me).toMatchObject({
      id: coordinator.user.id,
      email: fresh.email,
      fullName: fresh.full_name,
      role: 'COORDINATOR',
      locale: fresh.locale,
      privacyNoticeAccepted: expect.any(Boolean),
    });
    // The token check writes its own column list: it must read what every other read of a person shows.
    const identity = app.get(IdentityService);
    const { shown } = await identity.authenticated(coordinator.token);
    expect(shown).toEqual((await identity.shownUsersByIds([coordinator.user.id]))[0]);
    expect(Object.keys(shown).sort()).toEqual([...SHOWN_USER_PROPERTIES].sort());
  });

  it('filters my enrollments by status and one assignment’s attempts', async () => {
    type Mine = { myEnrollments: { status: string; cohort: { id: string } }[] };
    await app.as(trainee).gql(`mutation($id: ID!) { withdrawEnrollment(id: $id) { id } }`, {
      id: (
        await app
          .get(DataSource)
          .query(`SELECT id FROM enrollment WHERE cohort_id = $1 AND trainee_id = $2`, [otherCohort.id, trainee.user.id])
      )[0].id,
    });
    const all = await app.as(trainee).gql<Mine>(MY_ENROLLMENTS, {});
    expect(all.data?.myEnrollments.map((e) => e.status).sort()).toEqual(['ENROLLED', 'WITHDRAWN']);
    // Newest first, a page at a time.
    const newestFirst: { id: string }[] = await app
      .get(DataSource)
      .query(`SELECT id FROM enrollment WHERE trainee_id = $1 ORDER BY created_at DESC, id`, [trainee.user.id]);
    for (const offset of [0, 1]) {
      const page = await app
        .as(trainee)
        .gql<{ myEnrollments: { id: string }[] }>(`query($offset: Int) { myEnrollments(first: 1, offset: $offset) { id } }`, { offset });
      expect(page.data?.myEnrollments).toEqual([newestFirst[offset]]);
    }
    const current = await app.as(trainee).gql<Mine>(MY_ENROLLMENTS, { status: ['ENROLLED', 'WAITLISTED'] });
    expect(current.data?.myEnrollments).toEqual([{ status: 'ENROLLED', cohort: { id: cohort.id } }]);

    for (const [n, assignmentId] of items.assignmentIds.entries()) {
      await app.as(trainee).gql(SUBMIT, { input: { cohortId: cohort.id, assignmentId, content: `Jawaban ${n + 1}` } });
    }
    type Attempts = { myEnrollments: { submissions: { content: string }[] }[] };
    const pitch = await app.as(trainee).gql<Attempts>(ATTEMPTS, { assignmentId: items.assignmentIds[1] });
    expect(pitch.data?.myEnrollments.flatMap((e) => e.submissions)).toEqual([{ content: 'Jawaban 2' }]);
    const everything = await app.as(trainee).gql<Attempts>(ATTEMPTS, {});
    expect(everything.data?.myEnrollments.flatMap((e) => e.submissions.map((s) => s.content)).sort()).toEqual(['Jawaban 1', 'Jawaban 2']);

    // The home marks which assignments have work by id: no assignment is read for it, and asking more reads them.
    type Marked = { myEnrollments: { submissions: { assignment: { id: string; title?: string } }[] }[] };
    const marksOf = (fields: string) => `{ myEnrollments { submissions { assignment { ${fields} } } } }`;
    let marked: GqlResponse<Marked> | undefined;
    const sent = await statementsSent(async () => (marked = await app.as(trainee).gql<Marked>(marksOf('id'))));
    const assignmentsOf = (answer: GqlResponse<Marked> | undefined) =>
      answer!.data!.myEnrollments.flatMap((e) => e.submissions.map((s) => s.assignment));
    expect(
      assignmentsOf(marked)
        .map((a) => a.id)
        .sort(),
    ).toEqual([...items.assignmentIds].sort());
    expect(sent.filter((text) => /FROM "?assignment"?\b/.test(text))).toEqual([]);
    const titled = await app.as(trainee).gql<Marked>(marksOf('id title'));
    expect(
      assignmentsOf(titled)
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Kanvas', 'Pitch']);
  });
});
