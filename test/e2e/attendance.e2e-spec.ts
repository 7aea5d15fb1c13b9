import { DataSource } from 'typeorm';
import { MarkAbsentHandler } from '@sanggar/attendance';
import type { CohortEntity } from '@sanggar/cohorts';
import type { HubEntity } from '@sanggar/hubs';
import { QueueName, Queues, jobIds } from '@sanggar/queue';
import type { Person } from '../support/factories.js';
import { FakeClock, TestApp, codes, eventually } from '../support/harness.js';
import { at, day, instant, secondsFromNow } from '../support/time.js';

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelSession(id: $id) { id } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status source note trainee { id } session { id } } }`;
const OPEN = `mutation($sessionId: ID!) { openCheckIn(sessionId: $sessionId) { sessionId code expiresAt } }`;
const CHECK_IN = `mutation($sessionId: ID!, $code: String!) { checkIn(sessionId: $sessionId, code: $code) { id status source recordedAt } }`;
/** What an attendance grid asks: whose and which status, per session. */
const STATUS_GRID = `query($id: ID!, $first: Int!) { cohort(id: $id) { sessions(first: 10) { id attendance(first: $first) { __typename id status trainee { id } } } } }`;
const SESSION_ATTENDANCE = `query($id: ID!) { cohort(id: $id) { sessions(first: 10) { id attendance(first: 100) { status source trainee { id } } } } }`;

interface AttendanceRow {
  id: string;
  status: string;
  source: string;
  note?: string | null;
  trainee: { id: string };
}

describe('attendance', () => {
  const clock = new FakeClock();
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;
  let mentor: Person;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true, clock });
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.mentor(hub.id);
  });
  afterAll(() => app.close());

  const as = (person: Person) => app.as(person);

  /** A cohort (taught by `mentor` unless told otherwise), its trainees enrolled, and one session. */
  async function sessionWith(
    traineeCount: number,
    times: { startsAt: string; endsAt: string },
    { startsOn = day(-30), endsOn = day(28), taught = true } = {},
  ) {
    // Seats to spare: tests enroll more trainees later.
    const cohort = await app.factory.cohort(hub.id, { capacity: traineeCount + 50, startsOn, endsOn });
    // Enrolled before the session exists: a session in the past is marked absent as soon as it is scheduled.
    const trainees = await app.factory.trainees(hub.id, traineeCount);
    await app.factory.enroll(cohort.id, trainees);
    // Seated since the cohort began, as if enrolled before its first session.
    await app.get(DataSource).query(`UPDATE enrollment SET seated_at = $2 WHERE cohort_id = $1`, [cohort.id, instant(-31, '00:00')]);
    const sessionRoom = await app.factory.room(hub.id, { capacity: 600 });
    const created = await as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
      input: { cohortId: cohort.id, title: 'Sesi', roomId: sessionRoom.id, mentorId: taught ? mentor.user.id : null, ...times },
    });
    expect(created.errors).toBeUndefined();
    return { cohort, sessionId: created.data!.scheduleSession.id, trainees };
  }

  describe('recordAttendance', () => {
    it('lets the cohort’s mentor record, and recording again updates the one record', async () => {
      const { sessionId, trainees } = await sessionWith(3, { startsAt: at(1, '09:00'), endsAt: at(1, '11:00') });
      const first = await as(mentor).gql<{ recordAttendance: AttendanceRow[] }>(RECORD, {
        input: {
          sessionId,
          entries: [
            { traineeId: trainees[0], status: 'PRESENT' },
            { traineeId: trainees[1], status: 'EXCUSED', note: 'Sakit, surat dokter' },
            { traineeId: trainees[2], status: 'ABSENT' },
          ],
        },
      });
      expect(first.errors).toBeUndefined();
      expect(first.data!.recordAttendance.map((r) => [r.trainee.id, r.status, r.source])).toEqual([
        [trainees[0], 'PRESENT', 'MANUAL'],
        [trainees[1], 'EXCUSED', 'MANUAL'],
        [trainees[2], 'ABSENT', 'MANUAL'],
      ]);
      const again = await as(coordinator).gql<{ recordAttendance: AttendanceRow[] }>(RECORD, {
        input: { sessionId, entries: [{ traineeId: trainees[2], status: 'LATE' }] },
      });
      expect(again.data!.recordAttendance[0]).toMatchObject({ id: first.data!.recordAttendance[2].id, status: 'LATE' });
      const [{ count }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS count FROM attendance_record WHERE session_id = $1`, [sessionId]);
      expect(count).toBe(3);
    });

    it('refuses EXCUSED without a note, trainees not enrolled, and the same trainee twice, writing nothing', async () => {
      const { sessionId, trainees } = await sessionWith(2, { startsAt: at(2, '09:00'), endsAt: at(2, '10:00') });
      const [outsider] = await app.factory.trainees(hub.id, 1);
      const cases: [unknown[], string][] = [
        [
          [
            { traineeId: trainees[0], status: 'PRESENT' },
            { traineeId: trainees[1], status: 'EXCUSED' },
          ],
          'entries.1.note',
        ],
        [
          [
            { traineeId: trainees[0], status: 'PRESENT' },
            { traineeId: outsider, status: 'PRESENT' },
          ],
          'entries.1.traineeId',
        ],
        [
          [
            { traineeId: trainees[0], status: 'PRESENT' },
            { traineeId: trainees[0], status: 'LATE' },
          ],
          'entries.1.traineeId',
        ],
      ];
      for (const [entries, field] of cases) {
        const refused = await as(mentor).gql(RECORD, { input: { sessionId, entries } });
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual([field]);
      }
      const [{ count }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS count FROM attendance_record WHERE session_id = $1`, [sessionId]);
      expect(count).toBe(0);
    });

    it('takes 500 entries in one call, and refuses 501', async () => {
      const { sessionId, trainees } = await sessionWith(500, {
        startsAt: at(3, '09:00'),
        endsAt: at(3, '10:00'),
      });
      const entries = trainees.map((traineeId) => ({ traineeId, status: 'PRESENT' }));
      const recorded = await as(mentor).gql<{ recordAttendance: AttendanceRow[] }>(RECORD, { input: { sessionId, entries } });
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordAttendance).toHaveLength(500);
      const tooMany = await as(mentor).gql(RECORD, { input: { sessionId, entries: [...entries, entries[0]] } });
      expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    });

    it('is for the cohort’s mentors and the hub’s coordinators only', async () => {
      const { sessionId, trainees } = await sessionWith(1, { startsAt: at(4, '09:00'), endsAt: at(4, '10:00') });
      const entries = [{ traineeId: trainees[0], status: 'PRESENT' }];
      const otherMentor = await app.factory.mentor(hub.id);
      expect(codes(await as(otherMentor).gql(RECORD, { input: { sessionId, entries } }))).toEqual(['NOT_FOUND']);
      const trainee = await app.factory.trainee(hub.id);
      expect(codes(await as(trainee).gql(RECORD, { input: { sessionId, entries } }))).toEqual(['FORBIDDEN']);
    });

    it('shows a trainee only their own records, the mentor everyone’s', async () => {
      const { cohort, sessionId } = await sessionWith(1, { startsAt: at(5, '09:00'), endsAt: at(5, '10:00') });
      const trainee = await app.factory.trainee(hub.id);
      await app.factory.enroll(cohort.id, [trainee.user.id]);
      const [{ trainee_id: other }] = await app
        .get(DataSource)
        .query(`SELECT trainee_id FROM enrollment WHERE cohort_id = $1 AND trainee_id <> $2`, [cohort.id, trainee.user.id]);
      await as(mentor).gql(RECORD, {
        input: {
          sessionId,
          entries: [
            { traineeId: trainee.user.id, status: 'PRESENT' },
            { traineeId: other, status: 'ABSENT' },
          ],
        },
      });
      type Attendance = { cohort: { sessions: { attendance: AttendanceRow[] }[] } };
      const own = await as(trainee).gql<Attendance>(SESSION_ATTENDANCE, { id: cohort.id });
      expect(own.data!.cohort.sessions[0].attendance.map((r) => r.trainee.id)).toEqual([trainee.user.id]);
      const all = await as(mentor).gql<Attendance>(SESSION_ATTENDANCE, { id: cohort.id });
      expect(all.data!.cohort.sessions[0].attendance).toHaveLength(2);
      // A selection of statuses alone is read from fewer columns, with the same rule.
      const ownStatuses = await as(trainee).gql<Attendance>(STATUS_GRID, { id: cohort.id, first: 100 });
      expect(ownStatuses.data!.cohort.sessions[0].attendance.map((r) => r.trainee.id)).toEqual([trainee.user.id]);
    });

    it('answers a grid of statuses alone with the same records, in the same order and cut, as the whole register', async () => {
      const { cohort, sessionId, trainees } = await sessionWith(4, { startsAt: at(5, '13:00'), endsAt: at(5, '14:00') });
      // Recorded one after another (each its own transaction, so later in time), last trainee first.
      for (const [index, status] of ['LATE', 'PRESENT', 'EXCUSED', 'ABSENT'].entries()) {
        const recorded = await as(mentor).gql(RECORD, {
          input: { sessionId, entries: [{ traineeId: trainees[3 - index], status, note: status === 'EXCUSED' ? 'Izin' : null }] },
        });
        expect(recorded.errors).toBeUndefined();
      }
      type Grid = { cohort: { sessions: { id: string; attendance: (AttendanceRow & { __typename: string })[] }[] } };
      const whole = await as(mentor).gql<Grid>(
        `query($id: ID!) { cohort(id: $id) { sessions(first: 10) { id attendance(first: 3) { __typename id status source note recordedAt trainee { id } } } } }`,
        { id: cohort.id },
      );
      const statuses = await as(mentor).gql<Grid>(STATUS_GRID, { id: cohort.id, first: 3 });
      expect(statuses.errors).toBeUndefined();
      const [register] = whole.data!.cohort.sessions.filter((session) => session.id === sessionId);
      expect(register.attendance.map((r) => r.trainee.id)).toEqual([trainees[3], trainees[2], trainees[1]]);
      expect(statuses.data!.cohort.sessions.find((session) => session.id === sessionId)!.attendance).toEqual(
        register.attendance.map(({ __typename, id, status, trainee }) => ({ __typename, id, status, trainee })),
      );
    });
  });

  describe('check-in with a rotating code', () => {
    let sessionId: string;
    let otherSessionId: string;
    let cohort: CohortEntity;
    const start = instant(6, '09:00');

    beforeAll(async () => {
      ({ sessionId, cohort } = await sessionWith(0, { startsAt: at(6, '09:00'), endsAt: at(6, '11:00') }));
      const otherRoom = await app.factory.room(hub.id);
      const other = await as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
        input: {
          cohortId: cohort.id,
          title: 'Sesi sebelah',
          roomId: otherRoom.id,
          startsAt: at(6, '09:00'),
          endsAt: at(6, '10:00'),
        },
      });
      otherSessionId = other.data!.scheduleSession.id;
    });

    const atSecond = (secondsFromStart: number) => clock.set(new Date(start.getTime() + secondsFromStart * 1000));
    const enrolledTrainee = async () => {
      const trainee = await app.factory.trainee(hub.id);
      await app.factory.enroll(cohort.id, [trainee.user.id]);
      return trainee;
    };
    const openCode = async (id = sessionId) =>
      (await as(mentor).gql<{ openCheckIn: { code: string; expiresAt: string } }>(OPEN, { sessionId: id })).data!.openCheckIn;
    const checkIn = (trainee: Person, code: string) =>
      as(trainee).gql<{ checkIn: { id: string; status: string; source: string } }>(CHECK_IN, { sessionId, code });

    it('records PRESENT until 10 minutes after the start, and twice returns the first record', async () => {
      atSecond(-5 * 60);
      const shown = await openCode();
      expect(shown.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
      expect(shown.expiresAt).toMatch(/\+07:00$/);
      const trainee = await enrolledTrainee();
      const first = await checkIn(trainee, shown.code);
      expect(first.data?.checkIn).toMatchObject({ status: 'PRESENT', source: 'CHECKIN' });
      // A second tap a minute later, the code rotated since: the first record, unchanged.
      atSecond(-4 * 60);
      const second = await checkIn(trainee, shown.code);
      expect(second.data?.checkIn).toEqual(first.data?.checkIn);
      // Any other string is refused, record or not.
      expect(codes(await checkIn(trainee, 'ZZZZZZ'))).toEqual(['BAD_USER_INPUT']);
    });

    it('checks the window and the code before a record the mentor entered', async () => {
      const trainee = await enrolledTrainee();
      await as(mentor).gql(RECORD, { input: { sessionId, entries: [{ traineeId: trainee.user.id, status: 'ABSENT' }] } });
      atSecond(2 * 60);
      expect(codes(await checkIn(trainee, (await openCode(otherSessionId)).code))).toEqual(['CHECKIN_WRONG_SESSION']);
      atSecond(40 * 60);
      expect(codes(await checkIn(trainee, (await openCode()).code))).toEqual(['CHECKIN_EXPIRED']);
      // The right code in the window answers with the mentor's record, never overwritten.
      atSecond(3 * 60);
      expect((await checkIn(trainee, (await openCode()).code)).data?.checkIn).toMatchObject({ status: 'ABSENT', source: 'MANUAL' });
    });

    it('records LATE after 10 minutes', async () => {
      atSecond(12 * 60);
      const trainee = await enrolledTrainee();
      expect((await checkIn(trainee, (await openCode()).code)).data?.checkIn.status).toBe('LATE');
    });

    it('accepts a code for 17 seconds, then says it expired', async () => {
      atSecond(60);
      const { code } = await openCode();
      const trainee = await enrolledTrainee();
      atSecond(60 + 16);
      expect((await checkIn(trainee, code)).data?.checkIn.status).toBe('PRESENT');
      const late = await enrolledTrainee();
      atSecond(60 + 18);
      const expired = await checkIn(late, code);
      expect(codes(expired)).toEqual(['CHECKIN_EXPIRED']);
    });

    it('refuses the code of another session', async () => {
      atSecond(2 * 60);
      const { code } = await openCode(otherSessionId);
      const refused = await checkIn(await enrolledTrainee(), code);
      expect(codes(refused)).toEqual(['CHECKIN_WRONG_SESSION']);
    });

    it('refuses an unknown code, and check-in before the window or after it closes', async () => {
      atSecond(3 * 60);
      expect(codes(await checkIn(await enrolledTrainee(), 'ZZZZZZ'))).toEqual(['BAD_USER_INPUT']);
      atSecond(-20 * 60);
      const early = await checkIn(await enrolledTrainee(), (await openCode()).code);
      expect(codes(early)).toEqual(['CONFLICT']);
      expect(early.errors?.[0].message).toBe('Presensi baru dibuka pukul 08.45');
      atSecond(31 * 60);
      const closed = await checkIn(await enrolledTrainee(), (await openCode()).code);
      expect(codes(closed)).toEqual(['CHECKIN_EXPIRED']);
      expect(closed.errors?.[0].message).toMatch(/^Presensi sudah ditutup pukul 09\.30/);
    });

    it('is only for trainees enrolled in the cohort', async () => {
      atSecond(0);
      // A trainee of the hub sees the planned cohort, but cannot check in to it.
      const stranger = await app.factory.trainee(hub.id);
      expect(codes(await checkIn(stranger, (await openCode()).code))).toEqual(['FORBIDDEN']);
    });
  });

  describe('auto-absence when a session ends', () => {
    // The check-in tests move the clock: these read "now" as it really is.
    beforeEach(() => clock.set(new Date()));

    it('marks every trainee seated when it started and without a record ABSENT, and never overwrites a record', async () => {
      // Written 13 days after it was held (a class recorded afterwards): the register stays open for 48 hours.
      const { cohort, sessionId, trainees } = await sessionWith(3, { startsAt: at(-13, '09:00'), endsAt: at(-13, '11:00') });
      const db = app.get(DataSource);
      const [{ runAt }] = await db.query(`SELECT run_at AS "runAt" FROM outbox WHERE job_id = $1`, [jobIds.markAbsent(sessionId, 0)]);
      expect(new Date(runAt).getTime()).toBe(clock.now().getTime() + 48 * 3_600_000);

      await as(mentor).gql(RECORD, { input: { sessionId, entries: [{ traineeId: trainees[0], status: 'PRESENT' }] } });
      // Laras joined the cohort after that session: it is not hers to have missed.
      const [laras] = await app.factory.trainees(hub.id, 1);
      await app.factory.enroll(cohort.id, [laras]);
      await app.worker!.get(MarkAbsentHandler).handle({ sessionId, sequence: 0 });
      const records = () =>
        db.query(`SELECT trainee_id, status, source FROM attendance_record WHERE session_id = $1 ORDER BY source, trainee_id`, [sessionId]);
      const marked = await records();
      expect(marked).toHaveLength(3);
      expect(marked).toEqual(
        expect.arrayContaining([
          { trainee_id: trainees[0], status: 'PRESENT', source: 'MANUAL' },
          { trainee_id: trainees[1], status: 'ABSENT', source: 'AUTO' },
          { trainee_id: trainees[2], status: 'ABSENT', source: 'AUTO' },
        ]),
      );
      // Running the job again changes nothing.
      await app.worker!.get(MarkAbsentHandler).handle({ sessionId, sequence: 0 });
      expect(await records()).toEqual(marked);
    });

    it('plans the job at the end of a session still to come', async () => {
      const { sessionId } = await sessionWith(1, { startsAt: at(3, '13:00'), endsAt: at(3, '15:00') }, { taught: false });
      const [{ runAt }] = await app
        .get(DataSource)
        .query(`SELECT run_at AS "runAt" FROM outbox WHERE job_id = $1`, [jobIds.markAbsent(sessionId, 0)]);
      expect(new Date(runAt).toISOString()).toBe(instant(3, '15:00').toISOString());
    });

    it('loses to a mentor recording at the same moment', async () => {
      const { sessionId, trainees } = await sessionWith(30, { startsAt: at(-12, '09:00'), endsAt: at(-12, '11:00') });
      const entries = trainees.map((traineeId) => ({ traineeId, status: 'PRESENT' }));
      const [, saved] = await Promise.all([
        app.worker!.get(MarkAbsentHandler).handle({ sessionId, sequence: 0 }),
        as(mentor).gql(RECORD, { input: { sessionId, entries } }),
      ]);
      // The mentor's save goes through (the two once deadlocked, and the save failed).
      expect(saved.errors).toBeUndefined();
      const rows = await app.get(DataSource).query(`SELECT status, source FROM attendance_record WHERE session_id = $1`, [sessionId]);
      expect(rows).toHaveLength(30);
      expect(rows.every((row: { status: string; source: string }) => row.status === 'PRESENT' && row.source === 'MANUAL')).toBe(true);
    });

    it('drops the job of a cancelled session and moves the job of a moved one', async () => {
      const cohortDates = { startsOn: day(-30), endsOn: day(60), taught: false };
      const cancelled = await sessionWith(1, { startsAt: secondsFromNow(-60), endsAt: secondsFromNow(2) }, cohortDates);
      const moved = await sessionWith(1, { startsAt: secondsFromNow(-60), endsAt: secondsFromNow(2) }, cohortDates);
      await as(coordinator).gql(CANCEL, { id: cancelled.sessionId });
      const later = secondsFromNow(3600);
      await as(coordinator).gql(RESCHEDULE, { input: { id: moved.sessionId, startsAt: secondsFromNow(1800), endsAt: later } });

      const queue = app.worker!.get(Queues).get(QueueName.Attendance);
      const movedJob = await eventually(async () => {
        const job = await queue.getJob(jobIds.markAbsent(moved.sessionId, 1));
        expect(job).toBeDefined();
        return job!;
      });
      expect(movedJob.opts.delay).toBeGreaterThan(3_500_000);
      await new Promise((resolve) => setTimeout(resolve, 3500));
      const [{ count }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS count FROM attendance_record WHERE session_id = ANY($1::uuid[])`, [
          [cancelled.sessionId, moved.sessionId],
        ]);
      expect(count).toBe(0);
    });
  });
  describe('late joiners', () => {
    beforeEach(() => clock.set(new Date()));

    const PROGRESS = `query($id: ID!) { cohort(id: $id) { enrollments(first: 5) { edges { node { seatedAt progress { attendanceRate eligible unmetRequirements } } } } } }`;
    type Progress = { attendanceRate: number; eligible: boolean; unmetRequirements: string[] };

    it('counts for a late joiner only the sessions since their seat, and those a mentor entered for them', async () => {
      const curriculum = await app.factory.publishedCurriculum(hub.id, {
        rule: { minAttendanceRate: 0.8, minFinalScore: 0, requireAllAssignments: false },
      });
      const cohort = await app.factory.cohort(hub.id, { curriculumId: curriculum.id, startsOn: day(-30), endsOn: day(28) });
      const room = await app.factory.room(hub.id);
      const schedule = async (offset: number) => {
        const input = {
          cohortId: cohort.id,
          title: 'Sesi',
          roomId: room.id,
          mentorId: mentor.user.id,
          startsAt: at(offset, '09:00'),
          endsAt: at(offset, '11:00'),
        };
        const created = await as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, { input });
        expect(created.errors).toBeUndefined();
        return created.data!.scheduleSession.id;
      };
      const held = [await schedule(-10), await schedule(-8)];
      // Laras got her seat five days ago, after those two sessions were held.
      const seated = instant(-5, '12:00');
      clock.set(seated);
      const [laras] = await app.factory.trainees(hub.id, 1);
      await app.factory.enroll(cohort.id, [laras]);
      clock.set(new Date());
      const progress = async () => {
        const { node } = (
          await as(coordinator).gql<{ cohort: { enrollments: { edges: { node: { seatedAt: string; progress: Progress } }[] } } }>(
            PROGRESS,
            { id: cohort.id },
          )
        ).data!.cohort.enrollments.edges[0];
        expect(new Date(node.seatedAt).getTime()).toBe(seated.getTime());
        return node.progress;
      };
      expect(await progress()).toEqual({ attendanceRate: 1, eligible: true, unmetRequirements: [] });
      // Auto-absence of the sessions before her seat leaves her alone.
      for (const sessionId of held) await app.worker!.get(MarkAbsentHandler).handle({ sessionId, sequence: 0 });
      expect(await progress()).toEqual({ attendanceRate: 1, eligible: true, unmetRequirements: [] });

      // A session since her seat, without her: she is behind, and told why.
      const since = await schedule(-3);
      expect(await progress()).toEqual({ attendanceRate: 0, eligible: false, unmetRequirements: ['Kehadiran 0% di bawah minimum 80%'] });
      // The mentor enters that register, and her at an earlier session she did come to: both count.
      await as(mentor).gql(RECORD, { input: { sessionId: since, entries: [{ traineeId: laras, status: 'PRESENT' }] } });
      await as(mentor).gql(RECORD, { input: { sessionId: held[0], entries: [{ traineeId: laras, status: 'LATE' }] } });
      expect(await progress()).toEqual({ attendanceRate: 1, eligible: true, unmetRequirements: [] });
      const [tally] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS records FROM attendance_record WHERE trainee_id = $1`, [laras]);
      expect(tally.records).toBe(2);
    });
  });
});
