import ical from 'node-ical';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Locale, Role } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import { OfficeHourEmailsHandler } from '@sanggar/mentorship';
import type { Person } from '../support/factories.js';
import { FakeClock, TestApp, codes, eventually } from '../support/harness.js';
import { at, instant, longDay } from '../support/time.js';

const PUBLISH = `mutation($input: PublishOfficeHoursInput!) { publishOfficeHours(input: $input) { id startsAt endsAt mentor { id } room { id } bookedBy { id } } }`;
const OFFICE_HOURS = `query($m: ID!, $from: DateTime!, $to: DateTime!) { officeHours(mentorId: $m, from: $from, to: $to) { id bookedBy { id } agenda } }`;
const BOOK = `mutation($input: BookOfficeHourInput!) { bookOfficeHour(input: $input) { id bookedBy { id } agenda } }`;
const CANCEL = `mutation($id: ID!) { cancelOfficeHourBooking(slotId: $id) { id bookedBy { id } agenda } }`;
const CREATE_STARTUP = `mutation($input: CreateStartupInput!) { createStartup(input: $input) { id } }`;
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawOfficeHourSlot(slotId: $id) { id bookedBy { id } } }`;
const NEW_FEED = `mutation { revokeCalendarFeed }`;

interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
  bookedBy: { id: string } | null;
  agenda?: string | null;
  mentor?: { id: string };
  room?: { id: string } | null;
}

// The api's clock stands at 08:00 today; slots are counted in days from it.
const NOW = at(0, '08:00');

describe('mentorship: office hours', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;
  const clock = new FakeClock();

  beforeAll(async () => {
    clock.set(NOW);
    app = await TestApp.start({ worker: true, clock });
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
  });
  afterAll(() => app.close());

  const as = (person: Person) => app.as(person);
  const publish = async (mentor: Person, input: Record<string, unknown>) => {
    const published = await as(mentor).gql<{ publishOfficeHours: Slot[] }>(PUBLISH, { input });
    expect(published.errors).toBeUndefined();
    return published.data!.publishOfficeHours;
  };
  /** Each slot the viewer sees, as [id, booking start-up, agenda]. */
  const slotsOf = async (viewer: Person, mentor: Person) =>
    (
      await as(viewer).gql<{ officeHours: Slot[] }>(OFFICE_HOURS, {
        m: mentor.user.id,
        from: at(0, '00:00'),
        to: at(31, '00:00'),
      })
    ).data!.officeHours.map((slot) => [slot.id, slot.bookedBy?.id ?? null, slot.agenda]);
  let startups = 0;
  /** A start-up of `size` new trainees (the first one's locale is English). */
  const startupOf = async (size: number, locales: Locale[] = []) => {
    const members = await Promise.all(Array.from({ length: size }, (_, n) => app.factory.trainee(hub.id, { locale: locales[n] })));
    const created = await as(coordinator).gql<{ createStartup: { id: string } }>(CREATE_STARTUP, {
      input: { hubId: hub.id, name: `Studio ${++startups}`, sector: 'dkv', memberIds: members.map((m) => m.user.id) },
    });
    expect(created.errors).toBeUndefined();
    return { id: created.data!.createStartup.id, members };
  };
  const book = (trainee: Person, slotId: string, startupId: string, agenda = 'Review pitch deck') =>
    as(trainee).gql<{ bookOfficeHour: Slot }>(BOOK, { input: { slotId, startupId, agenda } });
  const officeHourMails = (person: Person) =>
    app.mail.to(person.email).filter((mail) => /jam konsultasi|office hours/.test(mail.subject ?? ''));
  const fieldsOf = (response: { errors?: { extensions: { fields?: Record<string, string> } }[] }) =>
    Object.keys(response.errors?.[0].extensions.fields ?? {});

  it('splits a window into slots, and refuses bad windows with a clear reason and nothing created', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const room = await app.factory.room(hub.id, { name: 'Ruang Konsultasi' });
    const slots = await publish(mentor, { startsAt: at(9, '09:00'), endsAt: at(9, '11:00'), slotMinutes: 30, roomId: room.id });
    expect(slots.map((slot) => [slot.startsAt, slot.endsAt])).toEqual([
      [at(9, '09:00'), at(9, '09:30')],
      [at(9, '09:30'), at(9, '10:00')],
      [at(9, '10:00'), at(9, '10:30')],
      [at(9, '10:30'), at(9, '11:00')],
    ]);
    expect(slots.every((slot) => slot.mentor?.id === mentor.user.id && slot.room?.id === room.id && slot.bookedBy === null)).toBe(true);

    const otherHubRoom = await app.factory.room((await app.factory.hub()).id);
    for (const [input, field] of [
      [{ startsAt: at(10, '09:00'), endsAt: at(10, '10:00'), slotMinutes: 10 }, 'slotMinutes'],
      [{ startsAt: at(10, '09:00'), endsAt: at(10, '13:00'), slotMinutes: 121 }, 'slotMinutes'],
      [{ startsAt: at(10, '09:00'), endsAt: at(10, '10:50'), slotMinutes: 30 }, 'endsAt'],
      [{ startsAt: at(10, '10:00'), endsAt: at(10, '09:00'), slotMinutes: 30 }, 'endsAt'],
      [{ startsAt: at(10, '06:00'), endsAt: at(10, '18:30'), slotMinutes: 30 }, 'endsAt'],
      [{ startsAt: at(0, '07:00'), endsAt: at(0, '07:30'), slotMinutes: 30 }, 'startsAt'],
      [{ startsAt: at(10, '09:00'), endsAt: at(10, '10:00'), slotMinutes: 30, roomId: otherHubRoom.id }, 'roomId'],
    ] as const) {
      const refused = await as(mentor).gql(PUBLISH, { input });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(refused)).toEqual([field]);
    }
    const trainee = await app.factory.trainee(hub.id);
    const window = { startsAt: at(10, '09:00'), endsAt: at(10, '10:00'), slotMinutes: 30 };
    expect(codes(await as(trainee).gql(PUBLISH, { input: window }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(coordinator).gql(PUBLISH, { input: window }))).toEqual(['FORBIDDEN']);
    // A mentor of no hub has nobody to offer office hours to.
    expect(codes(await as(await app.factory.person(Role.MENTOR)).gql(PUBLISH, { input: window }))).toEqual(['FORBIDDEN']);
    expect(await slotsOf(mentor, mentor)).toEqual(slots.map((slot) => [slot.id, null, null]));
  });

  it('never overlaps the mentor’s sessions or other slots, nor anything else in the room (MENTOR_CONFLICT, ROOM_CONFLICT)', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const room = await app.factory.room(hub.id, { name: 'Ruang Mentor' });
    const cohort = await app.factory.cohort(hub.id);
    await publish(mentor, { startsAt: at(13, '09:00'), endsAt: at(13, '11:00'), slotMinutes: 60 });

    const overlapsSlots = await as(mentor).gql(PUBLISH, {
      input: { startsAt: at(13, '10:00'), endsAt: at(13, '12:00'), slotMinutes: 30 },
    });
    expect(codes(overlapsSlots)).toEqual(['MENTOR_CONFLICT']);
    expect(overlapsSlots.errors![0].message).toContain('jam konsultasi');
    expect(await slotsOf(mentor, mentor)).toHaveLength(2);
    await publish(mentor, { startsAt: at(13, '11:00'), endsAt: at(13, '12:00'), slotMinutes: 60 });

    const session = await as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
      input: {
        cohortId: cohort.id,
        title: 'Kelas Branding',
        roomId: room.id,
        mentorId: mentor.user.id,
        startsAt: at(13, '14:00'),
        endsAt: at(13, '16:00'),
      },
    });
    expect(session.errors).toBeUndefined();
    const overlapsSession = await as(mentor).gql(PUBLISH, {
      input: { startsAt: at(13, '15:00'), endsAt: at(13, '17:00'), slotMinutes: 60 },
    });
    expect(codes(overlapsSession)).toEqual(['MENTOR_CONFLICT']);
    expect(overlapsSession.errors![0].message).toContain('"Kelas Branding"');

    const sessionOverSlots = await as(coordinator).gql(SCHEDULE, {
      input: {
        cohortId: cohort.id,
        title: 'Kelas Pagi',
        roomId: room.id,
        mentorId: mentor.user.id,
        startsAt: at(13, '08:00'),
        endsAt: at(13, '09:30'),
      },
    });
    expect(codes(sessionOverSlots)).toEqual(['MENTOR_CONFLICT']);
    expect(sessionOverSlots.errors![0].message).toContain('jam konsultasi');

    // The room: another mentor's slots cannot overlap the session in it, nor a session the slots in it.
    const other = await app.factory.mentor(hub.id);
    expect(
      codes(
        await as(other).gql(PUBLISH, {
          input: { startsAt: at(13, '15:30'), endsAt: at(13, '16:30'), slotMinutes: 30, roomId: room.id },
        }),
      ),
    ).toEqual(['ROOM_CONFLICT']);
    await publish(other, { startsAt: at(14, '09:00'), endsAt: at(14, '10:00'), slotMinutes: 30, roomId: room.id });
    const sessionInTakenRoom = await as(coordinator).gql(SCHEDULE, {
      input: { cohortId: cohort.id, title: 'Kelas Siang', roomId: room.id, startsAt: at(14, '09:30'), endsAt: at(14, '11:00') },
    });
    expect(codes(sessionInTakenRoom)).toEqual(['ROOM_CONFLICT']);
    // Back to back is fine; once the session is cancelled its time is free for office hours.
    await publish(other, { startsAt: at(13, '16:00'), endsAt: at(13, '17:00'), slotMinutes: 30, roomId: room.id });
    await as(coordinator).gql(`mutation($id: ID!) { cancelSession(id: $id) { id } }`, { id: session.data!.scheduleSession.id });
    await publish(mentor, { startsAt: at(13, '15:00'), endsAt: at(13, '16:00'), slotMinutes: 60 });
  });

  it('lets a member book a free slot at least 12 hours ahead, and refuses everyone and everything else', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const [slot, next, soon] = [
      ...(await publish(mentor, { startsAt: at(15, '09:00'), endsAt: at(15, '10:00'), slotMinutes: 30 })),
      ...(await publish(mentor, { startsAt: at(0, '19:00'), endsAt: at(0, '19:30'), slotMinutes: 30 })),
    ];
    const studio = await startupOf(2);
    const [member] = studio.members;

    const outsider = await app.factory.trainee(hub.id);
    expect(codes(await book(outsider, slot.id, studio.id))).toEqual(['FORBIDDEN']);
    expect(codes(await as(coordinator).gql(BOOK, { input: { slotId: slot.id, startupId: studio.id, agenda: 'x' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const tooLate = await book(member, soon.id, studio.id);
    expect(codes(tooLate)).toEqual(['BAD_USER_INPUT']);
    expect(tooLate.errors![0].message).toContain('12 jam');
    expect(fieldsOf(await book(member, slot.id, studio.id, '   '))).toEqual(['agenda']);
    expect(codes(await book(member, '00000000-0000-4000-8000-000000000000', studio.id))).toEqual(['NOT_FOUND']);
    const elsewhere = await app.factory.hub();
    const farMentor = await app.factory.mentor(elsewhere.id);
    const [farSlot] = await publish(farMentor, { startsAt: at(15, '09:00'), endsAt: at(15, '09:30'), slotMinutes: 30 });
    expect(codes(await book(member, farSlot.id, studio.id))).toEqual(['NOT_FOUND']);

    const booked = await book(member, slot.id, studio.id, '  Review pitch deck  ');
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookOfficeHour).toEqual({ id: slot.id, bookedBy: { id: studio.id }, agenda: 'Review pitch deck' });
    expect(codes(await book(studio.members[1], slot.id, studio.id))).toEqual(['CONFLICT']);
    const other = await startupOf(1);
    expect(codes(await book(other.members[0], slot.id, other.id))).toEqual(['CONFLICT']);
    // A start-up is in one office hour at a time, whichever the mentor.
    const secondMentor = await app.factory.mentor(hub.id);
    const [sameTime] = await publish(secondMentor, { startsAt: at(15, '09:00'), endsAt: at(15, '09:30'), slotMinutes: 30 });
    const busy = await book(studio.members[1], sameTime.id, studio.id);
    expect(codes(busy)).toEqual(['CONFLICT']);
    expect(busy.errors![0].message).toContain('Start-up Anda');
    expect((await book(studio.members[1], next.id, studio.id)).errors).toBeUndefined();
  });

  it('lets exactly one of 20 start-ups booking the same slot at once win', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const [slot] = await publish(mentor, { startsAt: at(16, '09:00'), endsAt: at(16, '09:30'), slotMinutes: 30 });
    const contenders = await Promise.all(Array.from({ length: 20 }, () => startupOf(1)));
    const results = await Promise.all(contenders.map((startup) => book(startup.members[0], slot.id, startup.id)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap(codes).sort()).toEqual(Array(19).fill('CONFLICT'));
    const [{ active }] = await app.get(DataSource).query<
      {
        active: number;
      }[]
    >(`SELECT count(*)::int AS active FROM office_hour_booking WHERE slot_id = $1 AND cancelled_at IS NULL`, [slot.id]);
    expect(active).toBe(1);
  });

  it('shows trainees free slots and their own bookings, and the mentor and coordinators everything', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const [mine, theirs, free] = await publish(mentor, { startsAt: at(17, '09:00'), endsAt: at(17, '10:30'), slotMinutes: 30 });
    const ours = await startupOf(1);
    const rival = await startupOf(1);
    await book(ours.members[0], mine.id, ours.id, 'Harga jual');
    await book(rival.members[0], theirs.id, rival.id, 'Rahasia dagang');

    expect(await slotsOf(ours.members[0], mentor)).toEqual([
      [mine.id, ours.id, 'Harga jual'],
      [free.id, null, null],
    ]);
    expect(await slotsOf(await app.factory.mentor(hub.id), mentor)).toEqual([[free.id, null, null]]);
    for (const viewer of [mentor, coordinator]) {
      expect(await slotsOf(viewer, mentor)).toEqual([
        [mine.id, ours.id, 'Harga jual'],
        [theirs.id, rival.id, 'Rahasia dagang'],
        [free.id, null, null],
      ]);
    }
    const stranger = await app.factory.trainee((await app.factory.hub()).id);
    const hidden = await as(stranger).gql(OFFICE_HOURS, { m: mentor.user.id, from: at(0, '00:00'), to: at(30, '00:00') });
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    const tooLong = await as(coordinator).gql(OFFICE_HOURS, {
      m: mentor.user.id,
      from: at(0, '00:00'),
      to: at(400, '00:00'),
    });
    expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets the booking start-up or the mentor cancel before the slot starts, freeing it', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const [first, second] = await publish(mentor, { startsAt: at(20, '09:00'), endsAt: at(20, '10:00'), slotMinutes: 30 });
    const studio = await startupOf(2);
    const rival = await startupOf(1);
    await book(studio.members[0], first.id, studio.id);
    await book(studio.members[0], second.id, studio.id);

    expect(codes(await as(rival.members[0]).gql(CANCEL, { id: first.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(await app.factory.mentor(hub.id)).gql(CANCEL, { id: first.id }))).toEqual(['FORBIDDEN']);
    const byMember = await as(studio.members[1]).gql<{ cancelOfficeHourBooking: Slot }>(CANCEL, { id: first.id });
    expect(byMember.data!.cancelOfficeHourBooking).toEqual({ id: first.id, bookedBy: null, agenda: null });
    expect(codes(await as(studio.members[1]).gql(CANCEL, { id: first.id }))).toEqual(['CONFLICT']);
    expect((await book(rival.members[0], first.id, rival.id)).errors).toBeUndefined();
    expect((await as(mentor).gql(CANCEL, { id: first.id })).errors).toBeUndefined();

    clock.set(at(20, '09:40'));
    try {
      const started = await as(mentor).gql(CANCEL, { id: second.id });
      expect(codes(started)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(started)).toEqual(['slotId']);
    } finally {
      clock.set(NOW);
    }
  });

  it('lets the mentor or a coordinator withdraw a slot: no longer offered, its time free, a booking on it cancelled and told', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const room = await app.factory.room(hub.id);
    const [free, booked, kept] = await publish(mentor, {
      startsAt: at(23, '09:00'),
      endsAt: at(23, '10:30'),
      slotMinutes: 30,
      roomId: room.id,
    });
    const studio = await startupOf(1);
    await book(studio.members[0], booked.id, studio.id, 'Keuangan');

    expect(codes(await as(studio.members[0]).gql(WITHDRAW, { id: free.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(await app.factory.mentor(hub.id)).gql(WITHDRAW, { id: free.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await as(await app.factory.coordinator((await app.factory.hub()).id)).gql(WITHDRAW, { id: free.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect((await as(mentor).gql(WITHDRAW, { id: free.id })).data).toEqual({ withdrawOfficeHourSlot: { id: free.id, bookedBy: null } });
    expect(codes(await as(mentor).gql(WITHDRAW, { id: free.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await book(studio.members[0], free.id, studio.id))).toEqual(['NOT_FOUND']);
    // Its room and mentor are free again: a session can take the time.
    const cohort = await app.factory.cohort(hub.id);
    const session = await as(coordinator).gql(SCHEDULE, {
      input: {
        cohortId: cohort.id,
        title: 'Kelas Kilat',
        roomId: room.id,
        mentorId: mentor.user.id,
        startsAt: at(23, '09:00'),
        endsAt: at(23, '09:30'),
      },
    });
    expect(session.errors).toBeUndefined();

    expect((await as(coordinator).gql(WITHDRAW, { id: booked.id })).errors).toBeUndefined();
    await eventually(() =>
      expect(officeHourMails(studio.members[0]).map((mail) => mail.subject?.split(':')[0])).toEqual(['Dipesan', 'Dibatalkan']),
    );
    expect(await slotsOf(mentor, mentor)).toEqual([[kept.id, null, null]]);
  });

  it('emails the mentor and every member once on booking and once on cancelling, in their language', async () => {
    const mentor = await app.factory.mentor(hub.id);
    const room = await app.factory.room(hub.id, { name: 'Ruang Temu' });
    const [slot] = await publish(mentor, { startsAt: at(21, '13:00'), endsAt: at(21, '13:45'), slotMinutes: 45, roomId: room.id });
    const studio = await startupOf(2, [Locale.en]);
    const [english, indonesian] = studio.members;
    await book(indonesian, slot.id, studio.id, 'Strategi harga');

    const booked = await eventually(() => {
      const mails = [mentor, english, indonesian].map((person) => officeHourMails(person));
      expect(mails.map((found) => found.length)).toEqual([1, 1, 1]);
      return mails.map(([mail]) => mail);
    });
    expect(booked[0].subject).toMatch(/^Dipesan: jam konsultasi Studio \d+ dengan /);
    expect(booked[0].text).toContain(`${longDay(21)} 13.00–13.45`);
    expect(booked[0].text).toContain(`Tempat: Ruang Temu, ${hub.name}`);
    expect(booked[0].text).toContain('Agenda: Strategi harga');
    expect(booked[0].text).toContain(`${indonesian.user.fullName} memesan`);
    expect(booked[2].text).toContain('Anda memesan');
    expect(booked[1].subject).toMatch(/^Booked: office hours of Studio \d+ with /);
    expect(booked[1].text).toContain(`${longDay(21, 'en')} 13:00–13:45`);

    await as(mentor).gql(CANCEL, { id: slot.id });
    const cancelled = await eventually(() => {
      const mails = [mentor, english, indonesian].map((person) => officeHourMails(person));
      expect(mails.map((found) => found.length)).toEqual([2, 2, 2]);
      return mails.map((found) => found[1]);
    });
    expect(cancelled[1].subject).toMatch(/^Cancelled: office hours of Studio \d+/);
    expect(cancelled[2].text).toContain(`${mentor.user.fullName} membatalkan`);
    expect(cancelled[0].text).toContain('Anda membatalkan');

    // Running the jobs again sends nothing more.
    const [{ id: bookingId }] = await app.get(DataSource).query<
      {
        id: string;
      }[]
    >(`SELECT id FROM office_hour_booking WHERE slot_id = $1`, [slot.id]);
    // A booking email that goes out only after the cancellation still names who booked.
    const handler = app.worker!.get(OfficeHourEmailsHandler);
    expect((await handler.notice(bookingId, 'booked')).by.id).toBe(indonesian.user.id);
    expect((await handler.notice(bookingId, 'cancelled')).by.id).toBe(mentor.user.id);
    await handler.handle({ bookingId, change: 'booked' });
    await handler.handle({ bookingId, change: 'cancelled' });
    expect([mentor, english, indonesian].map((person) => officeHourMails(person).length)).toEqual([2, 2, 2]);
  });

  it('puts booked office hours in the mentor’s and the members’ calendar feeds, and marks them cancelled', async () => {
    const feeds = new Map<Person, string>();
    const mentor = await app.factory.mentor(hub.id);
    const [slot] = await publish(mentor, { startsAt: at(22, '10:00'), endsAt: at(22, '11:00'), slotMinutes: 60 });
    const studio = await startupOf(1);
    const [member] = studio.members;
    const feedOf = async (person: Person) => {
      if (!feeds.has(person)) feeds.set(person, (await as(person).gql<{ revokeCalendarFeed: string }>(NEW_FEED)).data!.revokeCalendarFeed);
      const url = feeds.get(person)!;
      const text = await (await fetch(url.replace(app.config.PUBLIC_URL, app.url))).text();
      return Object.values(ical.sync.parseICS(text)).filter(
        (entry): entry is ical.VEvent => entry?.type === 'VEVENT' && String(entry.uid).startsWith('office-hour-'),
      );
    };
    expect(await feedOf(mentor)).toEqual([]);
    await book(member, slot.id, studio.id, 'Rencana pemasaran');
    for (const person of [mentor, member]) {
      const [event] = await feedOf(person);
      expect(event).toMatchObject({ status: 'CONFIRMED', sequence: 0, description: expect.stringContaining('Rencana pemasaran') });
      expect(new Date(event.start).toISOString()).toBe(instant(22, '10:00').toISOString());
    }
    expect((await feedOf(mentor))[0].summary).toMatch(/^Jam konsultasi: Studio \d+$/);
    expect((await feedOf(member))[0].summary).toBe(`Jam konsultasi: ${mentor.user.fullName}`);

    await as(member).gql(CANCEL, { id: slot.id });
    for (const person of [mentor, member]) expect(await feedOf(person)).toMatchObject([{ status: 'CANCELLED', sequence: 1 }]);
  });

  it('writes a slot’s times in its hub’s zone, like every instant the API writes', async () => {
    const makassar = await app.factory.hub({ timezone: 'Asia/Makassar' });
    const mentor = await app.factory.mentor(makassar.id);
    const [slot] = await publish(mentor, { startsAt: at(9, '09:00'), endsAt: at(9, '09:30'), slotMinutes: 30 });
    // 09:00 in Jakarta is 10:00 in Makassar (WITA, +08:00): the same instant, written as the hub reads it.
    expect(slot.startsAt).toBe(DateTime.fromISO(at(9, '09:00')).setZone('Asia/Makassar').toISO({ suppressMilliseconds: true }));
    expect(slot.startsAt).toMatch(/T10:00:00\+08:00$/);
  });
});
