import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import ical from 'node-ical';
import type { CohortEntity } from '@sanggar/cohorts';
import type { HubEntity, RoomEntity } from '@sanggar/hubs';
import { MAX_SESSIONS_PER_COHORT } from '@sanggar/scheduling';
import type { Person } from '../support/factories.js';
import { TestApp, codes } from '../support/harness.js';
import { at, day, instant, longDay, nextWeekday } from '../support/time.js';

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id title startsAt endsAt status room { id } mentor { id } cohort { id } } }`;
const RECURRING = `mutation($input: ScheduleRecurringInput!) { scheduleRecurringSessions(input: $input) { id startsAt endsAt } }`;
const CANCEL = `mutation($id: ID!) { cancelSession(id: $id) { id status } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt endsAt } }`;
const MY_SCHEDULE = `query($from: DateTime!, $to: DateTime!) { mySchedule(from: $from, to: $to) { id title status } }`;
const COHORT_SESSIONS = `query($id: ID!) { cohort(id: $id) { sessions { id startsAt } } }`;
const CANCEL_COHORT = `mutation($id: ID!) { cancelCohort(id: $id) { status } }`;
const COHORT_SESSION_STATES = `query($id: ID!) { cohort(id: $id) { sessions { id status } } }`;
const HAS_FEED = `{ hasCalendarFeed }`;
const NEW_FEED = `mutation { revokeCalendarFeed }`;

interface Session {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: string;
}

describe('scheduling', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;
  let cohort: CohortEntity;
  let room: RoomEntity;

  beforeAll(async () => {
    app = await TestApp.start();
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
    cohort = await app.factory.cohort(hub.id, { name: 'Kriya Angkatan 3', startsOn: day(-7), endsOn: day(56) });
    room = await app.factory.room(hub.id, { name: 'Ruang Kriya', capacity: 30 });
  });
  afterAll(() => app.close());

  const as = (person: Person) => app.as(person);
  const schedule = (input: Record<string, unknown>, by: Person = coordinator) =>
    as(by).gql<{ scheduleSession: Session }>(SCHEDULE, { input: { cohortId: cohort.id, title: 'Sesi', roomId: room.id, ...input } });

  it('schedules a session and shows its times in the hub’s time zone', async () => {
    const utc = (time: string) => instant(2, time).toISOString();
    const created = await schedule({ title: 'Pengantar Kriya', startsAt: utc('09:00'), endsAt: utc('11:00') });
    expect(created.data?.scheduleSession).toMatchObject({
      title: 'Pengantar Kriya',
      startsAt: at(2, '09:00'),
      endsAt: at(2, '11:00'),
      status: 'SCHEDULED',
    });
  });

  it.each([
    ['an end before the start', { startsAt: at(3, '04:00'), endsAt: at(3, '03:00') }, 'endsAt'],
    ['more than 12 hours', { startsAt: at(3, '06:00'), endsAt: at(3, '18:01') }, 'endsAt'],
    ['a day before the cohort starts (in WIB)', { startsAt: at(-8, '23:00'), endsAt: at(-7, '01:00') }, 'startsAt'],
    ['a day after the cohort ends (in WIB)', { startsAt: at(57, '09:00'), endsAt: at(57, '10:00') }, 'startsAt'],
  ])('refuses %s', async (_, times, field) => {
    const refused = await schedule(times);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual([field]);
  });

  it('refuses a time without an offset, a room of another hub, and a non-coordinator', async () => {
    expect(codes(await schedule({ startsAt: `${day(4)}T09:00:00`, endsAt: at(4, '10:00') }))).toEqual(['BAD_USER_INPUT']);
    const foreignRoom = await app.factory.room((await app.factory.hub()).id);
    const refused = await schedule({ roomId: foreignRoom.id, startsAt: at(4, '09:00'), endsAt: at(4, '10:00') });
    expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual(['roomId']);
    const mentor = await app.factory.mentor(hub.id);
    expect(codes(await schedule({ startsAt: at(4, '09:00'), endsAt: at(4, '10:00') }, mentor))).toEqual(['FORBIDDEN']);
  });

  it('accepts sessions in the past, so held sessions can be recorded afterwards', async () => {
    const past = await app.factory.cohort(hub.id, { startsOn: day(-60), endsOn: day(28) });
    const created = await as(coordinator).gql<{ scheduleSession: Session }>(SCHEDULE, {
      input: {
        cohortId: past.id,
        title: 'Sudah berlangsung',
        roomId: room.id,
        startsAt: at(-56, '09:00'),
        endsAt: at(-56, '11:00'),
      },
    });
    expect(created.errors).toBeUndefined();
  });

  it('refuses an overlapping booking of the room, naming the other session in WIB, and allows back-to-back', async () => {
    await schedule({ title: 'Batik Tulis', startsAt: at(5, '10:00'), endsAt: at(5, '11:00') });
    const backToBack = await schedule({ title: 'Batik Cap', startsAt: at(5, '11:00'), endsAt: at(5, '12:00') });
    expect(backToBack.errors).toBeUndefined();
    const overlap = await schedule({ title: 'Tumpang tindih', startsAt: at(5, '10:30'), endsAt: at(5, '11:30') });
    expect(codes(overlap)).toEqual(['ROOM_CONFLICT']);
    expect(overlap.errors?.[0].message).toBe(`Ruang sudah dipakai untuk "Batik Tulis" pada ${longDay(5)} 10.00–11.00`);
  });

  it('refuses a mentor at two overlapping sessions, in different rooms', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const otherRoom = await app.factory.room(hub.id);
    await schedule({
      title: 'Fotografi',
      mentorId: mentor.user.id,
      startsAt: at(6, '13:00'),
      endsAt: at(6, '15:00'),
    });
    const busy = await schedule({
      title: 'Video',
      roomId: otherRoom.id,
      mentorId: mentor.user.id,
      startsAt: at(6, '14:00'),
      endsAt: at(6, '16:00'),
    });
    expect(codes(busy)).toEqual(['MENTOR_CONFLICT']);
    expect(busy.errors?.[0].message).toBe(`Mentor sudah mengisi "Fotografi" pada ${longDay(6)} 13.00–15.00`);
  });

  it('lets exactly one of 20 simultaneous bookings of one room and time through', async () => {
    const contested = await app.factory.room(hub.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        schedule({
          title: `Rebutan ${i}`,
          roomId: contested.id,
          startsAt: at(7, '09:00'),
          endsAt: at(7, '10:00'),
        }),
      ),
    );
    expect(results.filter((result) => result.data?.scheduleSession).length).toBe(1);
    expect(results.flatMap(codes).every((code) => code === 'ROOM_CONFLICT')).toBe(true);
    expect(results.flatMap(codes)).toHaveLength(19);
  });

  it('refuses a room smaller than the number of enrolled trainees', async () => {
    const big = await app.factory.cohort(hub.id, { capacity: 10 });
    await app.factory.enroll(big.id, await app.factory.trainees(hub.id, 6));
    const small = await app.factory.room(hub.id, { name: 'Ruang Kecil', capacity: 5 });
    const refused = await as(coordinator).gql(SCHEDULE, {
      input: {
        cohortId: big.id,
        title: 'Terlalu penuh',
        roomId: small.id,
        startsAt: at(8, '09:00'),
        endsAt: at(8, '10:00'),
      },
    });
    expect(codes(refused)).toEqual(['CAPACITY_EXCEEDED']);
    expect(refused.errors?.[0].message).toBe('Ruang Ruang Kecil hanya muat 5 orang, sedangkan kelompok ini punya 6 peserta');
  });

  describe('recurring sessions', () => {
    // Four weeks from a Monday, inside the cohort's dates.
    const monday = nextWeekday(1, 11);
    const series = {
      weekdays: ['MON', 'WED'],
      startTime: '09:00',
      durationMinutes: 120,
      fromDate: day(monday),
      untilDate: day(monday + 27),
    };

    it('creates MON+WED 09:00 for 120 minutes over four weeks as exactly 8 sessions, shown in +07:00', async () => {
      const recurringRoom = await app.factory.room(hub.id);
      const created = await as(coordinator).gql<{ scheduleRecurringSessions: Session[] }>(RECURRING, {
        input: {
          cohortId: cohort.id,
          title: 'Kelas rutin',
          roomId: recurringRoom.id,
          ...series,
        },
      });
      expect(created.errors).toBeUndefined();
      const sessions = created.data!.scheduleRecurringSessions;
      expect(sessions).toHaveLength(8);
      expect(sessions[0]).toMatchObject({ startsAt: at(monday, '09:00'), endsAt: at(monday, '11:00') });
      expect(sessions.map((s) => s.startsAt)).toEqual([0, 2, 7, 9, 14, 16, 21, 23].map((days) => at(monday + days, '09:00')));
      const listed = await as(coordinator).gql<{ cohort: { sessions: { id: string }[] } }>(COHORT_SESSIONS, { id: cohort.id });
      expect(listed.data!.cohort.sessions.map((s) => s.id)).toEqual(expect.arrayContaining(sessions.map((s) => s.id)));
    });

    it('creates none when one occurrence conflicts, and names the first conflict', async () => {
      const recurringRoom = await app.factory.room(hub.id);
      await schedule({
        title: 'Acara aula',
        roomId: recurringRoom.id,
        startsAt: at(monday + 9, '10:00'),
        endsAt: at(monday + 9, '12:00'),
      });
      await schedule({
        title: 'Acara kedua',
        roomId: recurringRoom.id,
        startsAt: at(monday + 16, '10:00'),
        endsAt: at(monday + 16, '12:00'),
      });
      const refused = await as(coordinator).gql(RECURRING, {
        input: {
          cohortId: cohort.id,
          title: 'Gagal semua',
          roomId: recurringRoom.id,
          ...series,
        },
      });
      expect(codes(refused)).toEqual(['ROOM_CONFLICT']);
      // Every clashing date is named, so all are fixed in one go.
      expect(refused.errors?.[0].message).toBe(
        `Ruang sudah dipakai untuk "Acara aula" pada ${longDay(monday + 9)} 10.00–12.00; ` +
          `Ruang sudah dipakai untuk "Acara kedua" pada ${longDay(monday + 16)} 10.00–12.00`,
      );
      const listed = await as(coordinator).gql<{ cohort: { sessions: Session[] } }>(
        `query($id: ID!) { cohort(id: $id) { sessions { title } } }`,
        { id: cohort.id },
      );
      expect(listed.data!.cohort.sessions.filter((s) => s.title === 'Gagal semua')).toEqual([]);
    });

    const PREVIEW = `query($input: ScheduleRecurringInput!) { previewRecurringSessions(input: $input) {
      roomName roomCapacity seated sessions { startsAt endsAt outsideCohort clashes { with title startsAt endsAt } } } }`;
    interface Preview {
      previewRecurringSessions: {
        roomName: string;
        roomCapacity: number;
        seated: number;
        sessions: { startsAt: string; outsideCohort: boolean; clashes: { with: string; title: string | null; startsAt: string }[] }[];
      };
    }

    it('previews every date with everything in its way (room, mentor, outside the cohort), saving nothing', async () => {
      const previewRoom = await app.factory.room(hub.id, { name: 'Ruang Pratinjau', capacity: 12 });
      const mentor = await app.factory.mentor(hub.id);
      await schedule({ title: 'Acara aula', roomId: previewRoom.id, startsAt: at(monday + 2, '10:00'), endsAt: at(monday + 2, '12:00') });
      const elsewhere = await app.factory.room(hub.id);
      // In another cohort: the mentor is not this cohort's yet.
      await schedule({
        cohortId: (await app.factory.cohort(hub.id)).id,
        title: 'Mentor sibuk',
        roomId: elsewhere.id,
        mentorId: mentor.user.id,
        startsAt: at(monday + 21, '08:00'),
        endsAt: at(monday + 21, '09:30'),
      });
      const input = { cohortId: cohort.id, title: 'Pratinjau', roomId: previewRoom.id, mentorId: mentor.user.id, ...series };
      const preview = await as(coordinator).gql<Preview>(PREVIEW, { input: { ...input, untilDate: day(monday + 58) } });
      expect(preview.errors).toBeUndefined();
      const { sessions, ...room } = preview.data!.previewRecurringSessions;
      expect(room).toEqual({ roomName: 'Ruang Pratinjau', roomCapacity: 12, seated: 0 });
      expect(sessions).toHaveLength(18);
      const withClashes = sessions.filter((session) => session.clashes.length > 0);
      expect(withClashes).toEqual([
        expect.objectContaining({
          startsAt: at(monday + 2, '09:00'),
          clashes: [{ with: 'ROOM', title: 'Acara aula', startsAt: at(monday + 2, '10:00'), endsAt: at(monday + 2, '12:00') }],
        }),
        expect.objectContaining({
          startsAt: at(monday + 21, '09:00'),
          clashes: [expect.objectContaining({ with: 'MENTOR', title: 'Mentor sibuk' })],
        }),
      ]);
      // The cohort ends on day 56: the last dates of the range fall outside it.
      expect(sessions.filter((session) => session.outsideCohort).map((session) => session.startsAt)).toEqual(
        sessions.map((session) => session.startsAt).filter((startsAt) => startsAt.slice(0, 10) > day(56)),
      );
      // Nothing was written, and the mentor was not assigned by a preview.
      const titles = await as(coordinator).gql<{ cohort: { sessions: Session[]; mentors: { id: string }[] } }>(
        `query($id: ID!) { cohort(id: $id) { sessions { title } mentors { id } } }`,
        { id: cohort.id },
      );
      expect(titles.data!.cohort.sessions.filter((s) => s.title === 'Pratinjau')).toEqual([]);
      expect(titles.data!.cohort.mentors.map((m) => m.id)).not.toContain(mentor.user.id);

      // Leaving the two clashing dates out: a clean preview, then the same input saves 6 sessions.
      const skipped = { ...input, skipDates: [day(monday + 2), day(monday + 21)] };
      const clean = await as(coordinator).gql<Preview>(PREVIEW, { input: skipped });
      expect(clean.data!.previewRecurringSessions.sessions.every((session) => session.clashes.length === 0 && !session.outsideCohort)).toBe(
        true,
      );
      expect(clean.data!.previewRecurringSessions.sessions).toHaveLength(6);
      const saved = await as(coordinator).gql<{ scheduleRecurringSessions: Session[] }>(RECURRING, { input: skipped });
      expect(saved.data?.scheduleRecurringSessions.map((s) => s.startsAt)).toEqual(
        clean.data!.previewRecurringSessions.sessions.map((s) => s.startsAt),
      );
    });

    it('lets only the hub’s coordinators preview, and checks the mentor and the room like saving does', async () => {
      const mentor = await app.factory.mentor(hub.id);
      const input = { cohortId: cohort.id, title: 'Pratinjau', roomId: room.id, ...series };
      expect(codes(await as(mentor).gql(PREVIEW, { input }))).toEqual(['FORBIDDEN']);
      const trainee = await app.factory.trainee(hub.id);
      const notMentor = await as(coordinator).gql(PREVIEW, { input: { ...input, mentorId: trainee.user.id } });
      expect(Object.keys(notMentor.errors![0].extensions.fields!)).toEqual(['mentorId']);
      const foreignRoom = await app.factory.room((await app.factory.hub()).id);
      expect(
        Object.keys((await as(coordinator).gql(PREVIEW, { input: { ...input, roomId: foreignRoom.id } })).errors![0].extensions.fields!),
      ).toEqual(['roomId']);
    });
  });

  it(`keeps a cohort at ${MAX_SESSIONS_PER_COHORT} sessions, the cap Cohort.sessions documents`, async () => {
    const long = await app.factory.cohort(hub.id, { startsOn: day(1), endsOn: day(400) });
    const daily = {
      cohortId: long.id,
      title: 'Harian',
      roomId: (await app.factory.room(hub.id)).id,
      startTime: '07:00',
      durationMinutes: 30,
    };
    const everyDay = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
    const tooMany = await as(coordinator).gql(RECURRING, {
      input: { ...daily, weekdays: everyDay, fromDate: day(1), untilDate: day(201) },
    });
    expect(tooMany.errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'TOO_MANY_SESSIONS' });
    const exactly = await as(coordinator).gql<{ scheduleRecurringSessions: Session[] }>(RECURRING, {
      input: { ...daily, weekdays: everyDay, fromDate: day(1), untilDate: day(200) },
    });
    expect(exactly.data?.scheduleRecurringSessions).toHaveLength(MAX_SESSIONS_PER_COHORT);
    const more = await schedule({ cohortId: long.id, startsAt: at(300, '09:00'), endsAt: at(300, '10:00') });
    expect(more.errors?.[0].extensions).toEqual({ code: 'CONFLICT', reason: 'TOO_MANY_SESSIONS' });
  });

  it('shows the hub’s coordinators every booking of its rooms in a week, in the hub’s zone; nobody else', async () => {
    const calendarRoom = await app.factory.room(hub.id, { name: 'Ruang Kalender' });
    const held = await schedule({ title: 'Di kalender', roomId: calendarRoom.id, startsAt: at(30, '13:00'), endsAt: at(30, '15:00') });
    const dropped = await schedule({ title: 'Dibatalkan', roomId: calendarRoom.id, startsAt: at(31, '13:00'), endsAt: at(31, '15:00') });
    await as(coordinator).gql(CANCEL, { id: dropped.data!.scheduleSession.id });
    const ROOMS = `query($hubId: ID!, $from: DateTime!, $to: DateTime!) { roomSchedule(hubId: $hubId, from: $from, to: $to) { id kind roomId title cohortName startsAt endsAt } }`;
    const week = { hubId: hub.id, from: at(28, '00:00'), to: at(35, '00:00') };
    const listed = await as(coordinator).gql<{ roomSchedule: { id: string; roomId: string }[] }>(ROOMS, week);
    expect(listed.data!.roomSchedule.filter((booking) => booking.roomId === calendarRoom.id)).toEqual([
      {
        id: held.data!.scheduleSession.id,
        kind: 'SESSION',
        roomId: calendarRoom.id,
        title: 'Di kalender',
        cohortName: 'Kriya Angkatan 3',
        startsAt: at(30, '13:00'),
        endsAt: at(30, '15:00'),
      },
    ]);
    expect(Object.keys((await as(coordinator).gql(ROOMS, { ...week, to: at(70, '00:00') })).errors![0].extensions.fields!)).toEqual(['to']);
    const mentor = await app.factory.mentor(hub.id);
    expect(codes(await as(mentor).gql(ROOMS, week))).toEqual(['FORBIDDEN']);
    const stranger = await app.factory.coordinator((await app.factory.hub()).id);
    expect(codes(await as(stranger).gql(ROOMS, week))).toEqual(['FORBIDDEN']);
  });

  it('sums a hub’s attendance over the sessions that ended in a week: held, seats, attended, excused', async () => {
    const ownHub = await app.factory.hub();
    const boss = await app.factory.coordinator(ownHub.id);
    const weekCohort = await app.factory.cohort(ownHub.id, { startsOn: day(-20), endsOn: day(20) });
    const seated = await app.factory.trainees(ownHub.id, 4);
    await app.factory.enroll(weekCohort.id, seated);
    // Seated since the cohort began; a fifth trainee joins today and is no seat at what was held before.
    await app.get(DataSource).query(`UPDATE enrollment SET seated_at = $2 WHERE cohort_id = $1`, [weekCohort.id, at(-20, '00:00')]);
    await app.factory.enroll(weekCohort.id, await app.factory.trainees(ownHub.id, 1));
    const hall = await app.factory.room(ownHub.id);
    const session = async (offset: number, time: string) =>
      (
        await as(boss).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
          input: {
            cohortId: weekCohort.id,
            roomId: hall.id,
            title: 'Sesi',
            startsAt: at(offset, time),
            endsAt: at(offset, `${time.slice(0, 2)}:45`),
          },
        })
      ).data!.scheduleSession.id;
    const record = (sessionId: string, statuses: string[]) =>
      as(boss).gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: {
          sessionId,
          entries: statuses.map((status, index) => ({
            traineeId: seated[index],
            status,
            note: status === 'EXCUSED' ? 'Sakit' : undefined,
          })),
        },
      });
    const [first, second, cancelled] = [await session(-2, '09:00'), await session(-1, '09:00'), await session(-1, '13:00')];
    await session(3, '09:00'); // still to come: not counted
    await record(first, ['PRESENT', 'PRESENT', 'PRESENT', 'EXCUSED']);
    await record(second, ['PRESENT', 'LATE', 'ABSENT']);
    await as(boss).gql(CANCEL, { id: cancelled });

    const WEEK = `query($id: ID!, $from: DateTime!, $to: DateTime!) { hub(id: $id) { attendance(from: $from, to: $to) { sessions seated attended excused } } }`;
    const range = { id: ownHub.id, from: at(-6, '00:00'), to: at(7, '00:00') };
    expect((await as(boss).gql(WEEK, range)).data).toEqual({ hub: { attendance: { sessions: 2, seated: 8, attended: 5, excused: 1 } } });
    expect(codes(await as(coordinator).gql(WEEK, range))).toEqual(['FORBIDDEN']);
    expect(Object.keys((await as(boss).gql(WEEK, { ...range, to: at(60, '00:00') })).errors![0].extensions.fields!)).toEqual(['to']);
  });

  it('frees the room when a session is cancelled', async () => {
    const booked = await schedule({ title: 'Batal', startsAt: at(9, '09:00'), endsAt: at(9, '10:00') });
    expect((await as(coordinator).gql(CANCEL, { id: booked.data!.scheduleSession.id })).data).toEqual({
      cancelSession: { id: booked.data!.scheduleSession.id, status: 'CANCELLED' },
    });
    expect((await schedule({ title: 'Pengganti', startsAt: at(9, '09:00'), endsAt: at(9, '10:00') })).errors).toBeUndefined();
    expect(codes(await as(coordinator).gql(CANCEL, { id: booked.data!.scheduleSession.id }))).toEqual(['CONFLICT']);
  });

  it('cancels a cancelled cohort’s sessions still to come, freeing their room and mentor; held ones stay', async () => {
    const doomed = await app.factory.cohort(hub.id, { startsOn: day(-60), endsOn: day(28) });
    const mentor = await app.factory.mentor(hub.id);
    const place = { cohortId: doomed.id, roomId: room.id, mentorId: mentor.user.id };
    const afternoonOf = (offset: number) => ({ startsAt: at(offset, '14:00'), endsAt: at(offset, '16:00') });
    const ids = [];
    for (const [title, offset] of [
      ['Sudah lewat', -55],
      ['Akan datang', 12],
    ] as const) {
      const created = await as(coordinator).gql<{ scheduleSession: Session }>(SCHEDULE, {
        input: { ...place, title, ...afternoonOf(offset) },
      });
      ids.push(created.data!.scheduleSession.id);
    }
    expect(codes(await as(coordinator).gql(CANCEL_COHORT, { id: doomed.id }))).toEqual([]);
    const sessions = (
      await as(coordinator).gql<{ cohort: { sessions: { id: string; status: string }[] } }>(COHORT_SESSION_STATES, { id: doomed.id })
    ).data!.cohort.sessions;
    expect(sessions).toEqual([
      { id: ids[0], status: 'SCHEDULED' },
      { id: ids[1], status: 'CANCELLED' },
    ]);
    const other = await app.factory.cohort(hub.id);
    const replacement = await as(coordinator).gql(SCHEDULE, {
      input: { cohortId: other.id, title: 'Pengganti', roomId: room.id, mentorId: mentor.user.id, ...afternoonOf(12) },
    });
    expect(replacement.errors).toBeUndefined();
  });

  it('shows trainees the sessions of their cohorts and mentors the sessions they lead', async () => {
    const own = await app.factory.cohort(hub.id);
    const trainee = await app.factory.trainee(hub.id);
    await app.factory.enroll(own.id, [trainee.user.id]);
    const mentor = await app.factory.mentor(hub.id);
    const ownRoom = await app.factory.room(hub.id);
    const led = await as(coordinator).gql<{ scheduleSession: Session }>(SCHEDULE, {
      input: {
        cohortId: own.id,
        title: 'Milik kami',
        roomId: ownRoom.id,
        mentorId: mentor.user.id,
        startsAt: at(12, '13:00'),
        endsAt: at(12, '15:00'),
      },
    });
    const window = { from: at(-7, '00:00'), to: at(60, '00:00') };
    const traineeSchedule = await as(trainee).gql<{ mySchedule: Session[] }>(MY_SCHEDULE, window);
    expect(traineeSchedule.data!.mySchedule.map((s) => s.id)).toEqual([led.data!.scheduleSession.id]);
    const mentorSchedule = await as(mentor).gql<{ mySchedule: Session[] }>(MY_SCHEDULE, window);
    expect(mentorSchedule.data!.mySchedule.map((s) => s.id)).toEqual([led.data!.scheduleSession.id]);
  });

  describe('calendar feed', () => {
    it('gives each person a private ICS feed that follows moves and cancellations, and can be revoked', async () => {
      const own = await app.factory.cohort(hub.id, { name: 'Angkatan Kalender' });
      const trainee = await app.factory.trainee(hub.id);
      await app.factory.enroll(own.id, [trainee.user.id]);
      const feedRoom = await app.factory.room(hub.id, { name: 'Aula Kalender' });
      const created = await as(coordinator).gql<{ scheduleSession: Session }>(SCHEDULE, {
        input: {
          cohortId: own.id,
          title: 'Pitching',
          roomId: feedRoom.id,
          startsAt: at(13, '09:00'),
          endsAt: at(13, '11:00'),
        },
      });
      const sessionId = created.data!.scheduleSession.id;
      expect((await as(trainee).gql(HAS_FEED)).data).toEqual({ hasCalendarFeed: false });
      const url = (await as(trainee).gql<{ revokeCalendarFeed: string }>(NEW_FEED)).data!.revokeCalendarFeed;
      expect(url).toMatch(new RegExp(`^${app.url}/calendar/[\\w-]{65}\\.ics$`));
      expect((await as(trainee).gql(HAS_FEED)).data).toEqual({ hasCalendarFeed: true });
      // Only a hash of its secret is kept, and nothing of it derives from the api's own secret.
      const [stored] = await app.get(DataSource).query(`SELECT secret_hash FROM calendar_feed WHERE user_id = $1`, [trainee.user.id]);
      const secret = Buffer.from(url.slice(-69, -4).slice(22), 'base64url');
      expect(stored.secret_hash).toEqual(createHash('sha256').update(secret).digest());
      const fetchFeed = (feedUrl: string) => fetch(feedUrl);

      const first = await fetchFeed(url);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toMatch(/^text\/calendar/);
      const event = (text: string) =>
        Object.values(ical.sync.parseICS(text)).find(
          (entry): entry is ical.VEvent => entry?.type === 'VEVENT' && entry.uid === `session-${sessionId}@sanggar`,
        )!;
      const before = event(await first.text());
      expect(before).toMatchObject({
        summary: 'Pitching — Angkatan Kalender',
        location: expect.stringContaining('Aula Kalender'),
        status: 'CONFIRMED',
        sequence: 0,
      });
      expect(new Date(before.start).toISOString()).toBe(instant(13, '09:00').toISOString());

      await as(coordinator).gql(RESCHEDULE, {
        input: { id: sessionId, startsAt: at(14, '13:00'), endsAt: at(14, '15:00') },
      });
      const moved = event(await (await fetchFeed(url)).text());
      expect(moved.uid).toBe(before.uid);
      expect(moved.sequence).toBe(1);
      expect(new Date(moved.start).toISOString()).toBe(instant(14, '13:00').toISOString());

      await as(coordinator).gql(CANCEL, { id: sessionId });
      const cancelled = event(await (await fetchFeed(url)).text());
      expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 2 });

      const renewed = (await as(trainee).gql<{ revokeCalendarFeed: string }>(NEW_FEED)).data!.revokeCalendarFeed;
      expect(renewed).not.toBe(url);
      expect((await fetchFeed(url)).status).toBe(404);
      expect((await fetchFeed(renewed)).status).toBe(200);
      expect((await fetch(`${app.url}/calendar/${'A'.repeat(65)}.ics`)).status).toBe(404);
    });
  });
});
