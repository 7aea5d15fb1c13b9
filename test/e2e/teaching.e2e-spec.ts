import { DataSource } from 'typeorm';
import type { CohortEntity } from '@sanggar/cohorts';
import type { HubEntity } from '@sanggar/hubs';
import type { Person } from '../support/factories.js';
import { FakeClock, TestApp, codes } from '../support/harness.js';
import { statementsSent } from '../support/statements.js';
import { at, instant } from '../support/time.js';

// What the mentor's screens need beyond the basics: a register that knows when it went stale, who
// wrote each record, a room screen that knows when to fetch the next code, a grading queue in
// numbers, a grade that refuses to overwrite another, and office hours every week.
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const REGISTER = `query($id: ID!) { session(id: $id) { registerVersion attendance { status source recordedBy { fullName } trainee { id } } } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`;
const OPEN = `mutation($id: ID!) { openCheckIn(sessionId: $id) { code expiresAt nextCodeInSeconds checkedIn } }`;
const CHECK_IN = `mutation($id: ID!, $code: String!) { checkIn(sessionId: $id, code: $code) { status } }`;
const SUBMIT = `mutation($input: SubmitAssignmentInput!) { submitAssignment(input: $input) { id } }`;
const GRADE = `mutation($input: GradeSubmissionInput!) { gradeSubmission(input: $input) { status } }`;
const QUEUE = `query($id: ID!) { cohort(id: $id) { gradingQueue { waiting resubmitted resubmitRequested graded } } }`;
// The hub home asks only what waits: answered from the index of waiting submissions, it must agree with the full counts.
const WAITING = `query($id: ID!) { cohort(id: $id) { gradingQueue { ...Waiting } } } fragment Waiting on GradingQueueCounts { waiting resubmitted }`;
const SUBMISSION = `query($id: ID!) { submission(id: $id) { content attempt grades { score } } }`;
const PUBLISH = `mutation($input: PublishOfficeHoursInput!) { publishOfficeHours(input: $input) { startsAt } }`;

type Register = {
  session: { registerVersion: string; attendance: { status: string; source: string; recordedBy: { fullName: string } | null }[] };
};

describe('teaching: what the mentor screens need', () => {
  const clock = new FakeClock();
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;
  let mentor: Person;
  let otherMentor: Person;
  let trainees: Person[];
  let cohort: CohortEntity;
  let criteria: string[];
  let assignmentId: string;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.mentor(hub.id);
    otherMentor = await app.factory.mentor(hub.id);
    trainees = [await app.factory.trainee(hub.id), await app.factory.trainee(hub.id), await app.factory.trainee(hub.id)];
    cohort = await app.factory.cohort(hub.id);
    for (const teacher of [mentor, otherMentor]) {
      await app
        .as(coordinator)
        .gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, { c: cohort.id, m: teacher.user.id });
    }
    await app.factory.enroll(
      cohort.id,
      trainees.map((trainee) => trainee.user.id),
    );
    await app.as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
    const [row] = await app.get(DataSource).query<{ id: string; criteria: string[] }[]>(
      `SELECT a.id, array_agg(c.id ORDER BY c.position) AS criteria FROM assignment a JOIN curriculum_module m ON m.id = a.module_id
         JOIN rubric_criterion c ON c.assignment_id = a.id WHERE m.curriculum_id = $1 GROUP BY a.id`,
      [cohort.curriculumId],
    );
    assignmentId = row.id;
    criteria = row.criteria;
  });
  afterAll(() => app.close());

  async function session(startsAt: string, endsAt: string): Promise<string> {
    const room = await app.factory.room(hub.id);
    const created = await app.as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
      input: { cohortId: cohort.id, roomId: room.id, mentorId: mentor.user.id, title: 'Kelas', startsAt, endsAt },
    });
    return created.data!.scheduleSession.id;
  }

  it('refuses to save a register someone changed since it was opened, and says who wrote each record', async () => {
    clock.set(new Date());
    const sessionId = await session(at(1, '09:00'), at(1, '11:00'));
    const opened = (await app.as(mentor).gql<Register>(REGISTER, { id: sessionId })).data!.session;
    const everyone = (status: string) => trainees.map((trainee) => ({ traineeId: trainee.user.id, status }));

    // The other mentor saves first; the first mentor's save, based on what she opened, is refused.
    expect(
      (
        await app
          .as(otherMentor)
          .gql(RECORD, { input: { sessionId, entries: everyone('PRESENT'), expectedVersion: opened.registerVersion } })
      ).errors,
    ).toBeUndefined();
    const stale = await app
      .as(mentor)
      .gql(RECORD, { input: { sessionId, entries: everyone('ABSENT'), expectedVersion: opened.registerVersion } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions.reason).toBe('REGISTER_CHANGED');
    const now = (await app.as(mentor).gql<Register>(REGISTER, { id: sessionId })).data!.session;
    expect(now.attendance.map((record) => record.status)).toEqual(['PRESENT', 'PRESENT', 'PRESENT']);
    expect(now.attendance[0]).toMatchObject({ source: 'MANUAL', recordedBy: { fullName: otherMentor.user.fullName } });

    // Saved again on what she sees now, it goes through; without a version it always does (the API as before).
    expect(
      (await app.as(mentor).gql(RECORD, { input: { sessionId, entries: everyone('LATE'), expectedVersion: now.registerVersion } })).errors,
    ).toBeUndefined();
    expect((await app.as(mentor).gql(RECORD, { input: { sessionId, entries: everyone('ABSENT') } })).errors).toBeUndefined();
    const last = (await app.as(mentor).gql<Register>(REGISTER, { id: sessionId })).data!.session;
    expect(last.registerVersion).not.toBe(now.registerVersion);
  });

  it('tells the room screen when the next code takes over and how many are in', async () => {
    const startsAt = instant(2, '09:00');
    const sessionId = await session(startsAt.toISOString(), new Date(startsAt.getTime() + 2 * 3_600_000).toISOString());
    // Four seconds into a 15-second slot, a minute before the start.
    const slotStart = Math.floor((startsAt.getTime() - 60_000) / 15_000) * 15_000;
    clock.set(new Date(slotStart + 4_000));
    type Screen = { openCheckIn: { code: string; expiresAt: string; nextCodeInSeconds: number; checkedIn: number } };
    const shown = (await app.as(mentor).gql<Screen>(OPEN, { id: sessionId })).data!.openCheckIn;
    expect(shown).toMatchObject({ nextCodeInSeconds: 11, checkedIn: 0 });
    expect(new Date(shown.expiresAt).getTime()).toBe(slotStart + 17_000);

    expect((await app.as(trainees[0]).gql(CHECK_IN, { id: sessionId, code: shown.code })).errors).toBeUndefined();
    clock.set(new Date(slotStart + 15_000));
    const next = (await app.as(mentor).gql<Screen>(OPEN, { id: sessionId })).data!.openCheckIn;
    expect(next).toMatchObject({ nextCodeInSeconds: 15, checkedIn: 1 });
    expect(next.code).not.toBe(shown.code);
    const record = (await app.as(mentor).gql<Register>(REGISTER, { id: sessionId })).data!.session.attendance[0];
    expect(record).toMatchObject({ source: 'CHECKIN', recordedBy: null });
  });

  it('counts the grading queue, gives one submission to who may see it, and refuses a grade over one saved meanwhile', async () => {
    clock.set(new Date());
    type Counts = { waiting: number; resubmitted: number } | null;
    const counts = async (who: Person, query: string) =>
      (await app.as(who).gql<{ cohort: { gradingQueue: Counts } }>(query, { id: cohort.id })).data!.cohort.gradingQueue;
    // Whether the counts sorted every attempt to find the latest: the waiting-only question must not.
    const sortsAttempts = (sql: string[]) => sql.some((text) => text.includes('DISTINCT ON (assignment_id)'));
    const queue = async () => {
      let full: Counts = null;
      let waiting: Counts = null;
      expect(sortsAttempts(await statementsSent(async () => (full = await counts(mentor, QUEUE))))).toBe(true);
      expect(sortsAttempts(await statementsSent(async () => (waiting = await counts(mentor, WAITING))))).toBe(false);
      expect(waiting).toEqual({ waiting: full!.waiting, resubmitted: full!.resubmitted });
      return full;
    };
    const submit = async (trainee: Person, content: string) =>
      (await app.as(trainee).gql<{ submitAssignment: { id: string } }>(SUBMIT, { input: { cohortId: cohort.id, assignmentId, content } }))
        .data!.submitAssignment.id;
    const first = await submit(trainees[0], 'Kanvas pertama');
    await submit(trainees[1], 'Kanvas kedua');
    expect(await queue()).toEqual({ waiting: 2, resubmitted: 0, resubmitRequested: 0, graded: 0 });
    expect(await counts(trainees[0], QUEUE)).toBeNull();
    expect(await counts(trainees[0], WAITING)).toBeNull();

    expect((await app.as(trainees[0]).gql<{ submission: unknown }>(SUBMISSION, { id: first })).data!.submission).toEqual({
      content: 'Kanvas pertama',
      attempt: 1,
      grades: [],
    });
    expect(codes(await app.as(trainees[1]).gql(SUBMISSION, { id: first }))).toEqual(['NOT_FOUND']);

    const scores = (points: number) => criteria.map((criterionId) => ({ criterionId, points }));
    // Both mentors open it with no grade; the first saves a request to resubmit, the second is refused.
    expect(
      (
        await app
          .as(mentor)
          .gql(GRADE, { input: { submissionId: first, scores: scores(4), requestResubmission: true, feedback: 'Lengkapi', seenGrades: 0 } })
      ).errors,
    ).toBeUndefined();
    const late = await app.as(otherMentor).gql(GRADE, { input: { submissionId: first, scores: scores(9), seenGrades: 0 } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'GRADE_CHANGED' });
    expect(await queue()).toEqual({ waiting: 1, resubmitted: 0, resubmitRequested: 1, graded: 0 });

    const second = await submit(trainees[0], 'Kanvas pertama, lengkap');
    expect(await queue()).toEqual({ waiting: 1, resubmitted: 1, resubmitRequested: 0, graded: 0 });
    expect((await app.as(mentor).gql(GRADE, { input: { submissionId: second, scores: scores(9), seenGrades: 0 } })).errors).toBeUndefined();
    expect(await queue()).toEqual({ waiting: 1, resubmitted: 0, resubmitRequested: 0, graded: 1 });
  });

  it('publishes the same office hours every week, at the same hub time', async () => {
    clock.set(new Date());
    const startsAt = instant(3, '13:00');
    const published = await app.as(mentor).gql<{ publishOfficeHours: { startsAt: string }[] }>(PUBLISH, {
      input: {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        slotMinutes: 30,
        weeks: 3,
      },
    });
    const starts = published.data!.publishOfficeHours.map((slot) => new Date(slot.startsAt).getTime());
    const week = 7 * 24 * 3_600_000;
    const half = 30 * 60_000;
    expect(starts).toEqual([0, half, week, week + half, 2 * week, 2 * week + half].map((offset) => startsAt.getTime() + offset));
    const refused = await app.as(mentor).gql(PUBLISH, {
      input: { startsAt: instant(4, '13:00').toISOString(), endsAt: instant(4, '14:00').toISOString(), slotMinutes: 30, weeks: 17 },
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(refused.errors![0].extensions.fields as object)).toEqual(['weeks']);
  });
});
