import { DataSource } from 'typeorm';
import { type CohortEntity, CohortsService } from '@sanggar/cohorts';
import { Locale, Role } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import { IdentityService, SHOWN_USER_PROPERTIES } from '@sanggar/identity';
import type { Person } from '../support/factories.js';
import { type GqlResponse, TestApp, codes } from '../support/harness.js';
import { countStatements, statementsSent } from '../support/statements.js';
import { at, day } from '../support/time.js';

const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id name startsOn endsOn capacity status hub { id } curriculum { id version } mentors { id } } }`;
const START = `mutation($id: ID!) { startCohort(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelCohort(id: $id) { id status } }`;
const ENROLL = `mutation($input: EnrollInput!) { enrollTrainee(input: $input) { id status trainee { id } cohort { id } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawEnrollment(id: $id) { id status } }`;
const ASSIGN = `mutation($cohortId: ID!, $mentorId: ID!) { assignMentor(cohortId: $cohortId, mentorId: $mentorId) { id mentors { id fullName } } }`;
const COHORT = `query($id: ID!) { cohort(id: $id) { id status } }`;
const COHORTS = `query($hubId: ID!, $status: CohortStatus) { cohorts(hubId: $hubId, status: $status) { id } }`;
const ROSTER = `query($id: ID!, $first: Int, $after: String, $status: EnrollmentStatus) {
  cohort(id: $id) { enrollments(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status trainee { id } } } } } }`;

interface Roster {
  cohort: {
    enrollments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string; status: string; trainee: { id: string } } }[];
    };
  };
}

describe('cohorts, enrollment and mentors', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;

  beforeAll(async () => {
    app = await TestApp.start();
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
  });
  afterAll(() => app.close());

  const as = (person: Person) => app.as(person);
  const enroll = (cohortId: string, traineeId: string, by = coordinator) =>
    as(by).gql<{ enrollTrainee: { id: string; status: string } }>(ENROLL, { input: { cohortId, traineeId } });

  describe('createCohort', () => {
    const input = (curriculumId: string, override: Record<string, unknown> = {}) => ({
      input: {
        hubId: hub.id,
        curriculumId,
        name: 'Dasar Bisnis Kreatif — Angkatan 1',
        startsOn: day(14),
        endsOn: day(56),
        capacity: 30,
        ...override,
      },
    });

    it('opens a PLANNED cohort on a published curriculum of the hub', async () => {
      const curriculum = await app.factory.publishedCurriculum(hub.id);
      const created = await as(coordinator).gql(CREATE_COHORT, input(curriculum.id));
      expect(created.data).toEqual({
        createCohort: {
          id: expect.any(String),
          name: 'Dasar Bisnis Kreatif — Angkatan 1',
          startsOn: day(14),
          endsOn: day(56),
          capacity: 30,
          status: 'PLANNED',
          hub: { id: hub.id },
          curriculum: { id: curriculum.id, version: 1 },
          mentors: [],
        },
      });
    });

    it('refuses a draft curriculum, one of another hub, reversed dates, no seats and a malformed date', async () => {
      const admin = await app.factory.admin();
      const published = await app.factory.publishedCurriculum(hub.id);
      const draft = await app.get(DataSource).query(
        `INSERT INTO curriculum (id, hub_id, lineage_id, version, title, status, min_attendance_rate, min_final_score, require_all_assignments)
         VALUES (gen_random_uuid(), $1, gen_random_uuid(), 1, 'Draf', 'DRAFT', 0.8, 70, true) RETURNING id`,
        [hub.id],
      );
      const otherHub = await app.factory.hub();
      const foreign = await app.factory.publishedCurriculum(otherHub.id);
      const cases: [Record<string, unknown>, string][] = [
        [input(draft[0].id), 'curriculumId'],
        [input(foreign.id), 'curriculumId'],
        [input(published.id, { startsOn: day(60), endsOn: day(30) }), 'endsOn'],
        [input(published.id, { capacity: 0 }), 'capacity'],
      ];
      for (const [variables, field] of cases) {
        const refused = await as(admin).gql(CREATE_COHORT, variables);
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual([field]);
      }
      expect(codes(await as(admin).gql(CREATE_COHORT, input(published.id, { startsOn: '2026-02-30' })))).toEqual(['BAD_USER_INPUT']);
    });

    it('lets only the hub’s managers open cohorts', async () => {
      const curriculum = await app.factory.publishedCurriculum(hub.id);
      const otherCoordinator = await app.factory.coordinator((await app.factory.hub()).id);
      const mentor = await app.factory.mentor(hub.id);
      expect(codes(await as(otherCoordinator).gql(CREATE_COHORT, input(curriculum.id)))).toEqual(['FORBIDDEN']);
      expect(codes(await as(mentor).gql(CREATE_COHORT, input(curriculum.id)))).toEqual(['FORBIDDEN']);
    });
  });

  it('moves PLANNED -> RUNNING -> CANCELLED, and refuses an illegal move naming both states', async () => {
    const cohort = await app.factory.cohort(hub.id);
    expect((await as(coordinator).gql(START, { id: cohort.id })).data).toEqual({ startCohort: { id: cohort.id, status: 'RUNNING' } });
    const again = await app.gql(START, { id: cohort.id }, { token: coordinator.token });
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0].message).toBe('Kelompok berstatus BERJALAN (RUNNING) tidak bisa diubah menjadi BERJALAN (RUNNING)');
    expect((await as(coordinator).gql(CANCEL, { id: cohort.id })).data).toEqual({ cancelCohort: { id: cohort.id, status: 'CANCELLED' } });
    const english = await app.factory.person(Role.COORDINATOR, hub.id, { locale: Locale.en });
    const restart = await as(english).gql(START, { id: cohort.id });
    expect(restart.errors?.[0].message).toBe('A cohort that is CANCELLED cannot become RUNNING');
    const trainee = await app.factory.trainee(hub.id);
    expect(codes(await enroll(cohort.id, trainee.user.id))).toEqual(['CONFLICT']);
  });

  describe('enrollment', () => {
    it('seats trainees until the cohort is full, then waitlists; enrolling twice is a conflict', async () => {
      const cohort = await app.factory.cohort(hub.id, { capacity: 2 });
      const [a, b, c] = await app.factory.trainees(hub.id, 3);
      expect((await enroll(cohort.id, a)).data?.enrollTrainee.status).toBe('ENROLLED');
      expect((await enroll(cohort.id, b)).data?.enrollTrainee.status).toBe('ENROLLED');
      expect((await enroll(cohort.id, c)).data?.enrollTrainee.status).toBe('WAITLISTED');
      expect(codes(await enroll(cohort.id, a))).toEqual(['CONFLICT']);
      expect(codes(await enroll(cohort.id, c))).toEqual(['CONFLICT']);
    });

    it('accepts only trainees of the cohort’s hub', async () => {
      const cohort = await app.factory.cohort(hub.id);
      const mentor = await app.factory.mentor(hub.id);
      const [stranger] = await app.factory.trainees((await app.factory.hub()).id, 1);
      for (const personId of [mentor.user.id, stranger]) {
        const refused = await enroll(cohort.id, personId);
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual(['traineeId']);
      }
      expect(codes(await enroll(cohort.id, '0b3c0d9e-53a4-4c9e-8f1e-5c0a8a1d2e3f'))).toEqual(['NOT_FOUND']);
    });

    it('frees a seat on withdrawal and promotes the oldest waitlisted trainee in the same step', async () => {
      const cohort = await app.factory.cohort(hub.id, { capacity: 1 });
      const seated = await app.factory.trainee(hub.id);
      const [first, second] = await app.factory.trainees(hub.id, 2);
      const seat = (await enroll(cohort.id, seated.user.id)).data!.enrollTrainee;
      const firstWaiting = (await enroll(cohort.id, first)).data!.enrollTrainee;
      const secondWaiting = (await enroll(cohort.id, second)).data!.enrollTrainee;

      // The trainee withdraws themself.
      expect((await as(seated).gql(WITHDRAW, { id: seat.id })).data).toEqual({ withdrawEnrollment: { id: seat.id, status: 'WITHDRAWN' } });
      const roster = await as(coordinator).gql<Roster>(ROSTER, { id: cohort.id });
      const statusOf = (id: string) => roster.data!.cohort.enrollments.edges.find((edge) => edge.node.id === id)?.node.status;
      expect([statusOf(seat.id), statusOf(firstWaiting.id), statusOf(secondWaiting.id)]).toEqual(['WITHDRAWN', 'ENROLLED', 'WAITLISTED']);
      expect(codes(await as(coordinator).gql(WITHDRAW, { id: seat.id }))).toEqual(['CONFLICT']);
    });

    it('does not let a trainee withdraw someone else', async () => {
      const cohort = await app.factory.cohort(hub.id);
      const other = await app.factory.trainee(hub.id);
      const [victim] = await app.factory.trainees(hub.id, 1);
      await enroll(cohort.id, other.user.id);
      const victimEnrollment = (await enroll(cohort.id, victim)).data!.enrollTrainee;
      expect(codes(await as(other).gql(WITHDRAW, { id: victimEnrollment.id }))).toEqual(['NOT_FOUND']);
    });

    it('never overbooks: 20 simultaneous enrollments for 5 seats seat exactly 5', async () => {
      const cohort = await app.factory.cohort(hub.id, { capacity: 5 });
      const trainees = await app.factory.trainees(hub.id, 20);
      const results = await Promise.all(trainees.map((traineeId) => enroll(cohort.id, traineeId)));
      expect(results.flatMap(codes)).toEqual([]);
      const statuses = results.map((result) => result.data!.enrollTrainee.status);
      expect(statuses.filter((status) => status === 'ENROLLED')).toHaveLength(5);
      expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(15);
      const [{ enrolled }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS enrolled FROM enrollment WHERE cohort_id = $1 AND status = 'ENROLLED'`, [cohort.id]);
      expect(enrolled).toBe(5);
    });
  });

  it('assigns mentors of the hub, idempotently', async () => {
    const cohort = await app.factory.cohort(hub.id);
    const mentor = await app.factory.mentor(hub.id);
    await as(coordinator).gql(ASSIGN, { cohortId: cohort.id, mentorId: mentor.user.id });
    const again = await as(coordinator).gql<{ assignMentor: { mentors: { id: string }[] } }>(ASSIGN, {
      cohortId: cohort.id,
      mentorId: mentor.user.id,
    });
    expect(again.data?.assignMentor.mentors.map((m) => m.id)).toEqual([mentor.user.id]);

    const trainee = await app.factory.trainee(hub.id);
    const otherHubMentor = await app.factory.mentor((await app.factory.hub()).id);
    for (const notAMentor of [trainee, otherHubMentor]) {
      const refused = await as(coordinator).gql(ASSIGN, { cohortId: cohort.id, mentorId: notAMentor.user.id });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual(['mentorId']);
    }
    expect(codes(await as(mentor).gql(ASSIGN, { cohortId: cohort.id, mentorId: mentor.user.id }))).toEqual(['FORBIDDEN']);
  });

  describe('correcting a cohort', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateCohortInput!) { updateCohort(id: $id, input: $input) { name startsOn endsOn capacity } }`;
    const UNASSIGN = `mutation($cohortId: ID!, $mentorId: ID!) { unassignMentor(cohortId: $cohortId, mentorId: $mentorId) { mentors { id } } }`;
    const statuses = async (cohortId: string) =>
      (await as(coordinator).gql<Roster>(ROSTER, { id: cohortId, first: 100 })).data!.cohort.enrollments.edges.map(
        (edge) => edge.node.status,
      );

    it('changes name, dates and capacity; the fields left out stay', async () => {
      const cohort = await app.factory.cohort(hub.id, { name: 'Angkatan Lama', capacity: 10 });
      const changed = await as(coordinator).gql(UPDATE, {
        id: cohort.id,
        input: { name: ' Angkatan Batik 5 ', startsOn: day(21), endsOn: day(70) },
      });
      expect(changed.data).toEqual({ updateCohort: { name: 'Angkatan Batik 5', startsOn: day(21), endsOn: day(70), capacity: 10 } });
    });

    it('refuses dates that would leave scheduled sessions outside them, and changes nothing', async () => {
      const cohort = await app.factory.cohort(hub.id, { startsOn: day(1), endsOn: day(40) });
      const room = await app.factory.room(hub.id);
      await app
        .get(DataSource)
        .query(
          `INSERT INTO session (cohort_id, title, room_id, starts_at, ends_at) VALUES ($1, 'Pitching', $2, $3, $4), ($1, 'Harga', $2, $5, $6)`,
          [cohort.id, room.id, at(10, '09:00'), at(10, '11:00'), at(30, '09:00'), at(30, '11:00')],
        );
      const shortened = await as(coordinator).gql(UPDATE, { id: cohort.id, input: { endsOn: day(20) } });
      expect(codes(shortened)).toEqual(['CONFLICT']);
      expect(shortened.errors![0].message).toMatch(/^1 sesi terjadwal jatuh di luar tanggal baru ini/);
      const later = await as(coordinator).gql(UPDATE, { id: cohort.id, input: { startsOn: day(15), endsOn: day(5 + 40) } });
      expect(codes(later)).toEqual(['CONFLICT']);
      expect((await as(coordinator).gql(`query($id: ID!) { cohort(id: $id) { startsOn endsOn } }`, { id: cohort.id })).data).toEqual({
        cohort: { startsOn: day(1), endsOn: day(40) },
      });
      // Still holding both sessions: fine, including ending on the last session's day.
      expect((await as(coordinator).gql(UPDATE, { id: cohort.id, input: { endsOn: day(30) } })).errors).toBeUndefined();
    });

    it('raising the capacity seats the waitlist first come first served; lowering it below the seated is refused', async () => {
      const cohort = await app.factory.cohort(hub.id, { capacity: 1 });
      const trainees = await Promise.all([1, 2, 3].map(() => app.factory.trainee(hub.id)));
      for (const trainee of trainees) await enroll(cohort.id, trainee.user.id);
      expect(await statuses(cohort.id)).toEqual(['ENROLLED', 'WAITLISTED', 'WAITLISTED']);
      await as(coordinator).gql(UPDATE, { id: cohort.id, input: { capacity: 2 } });
      expect(await statuses(cohort.id)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED']);

      const refused = await as(coordinator).gql(UPDATE, { id: cohort.id, input: { capacity: 1, name: 'Tidak jadi' } });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0].extensions.fields).toEqual({ capacity: 'Sudah 2 peserta terdaftar; kapasitas paling sedikit 2' });
      expect(
        (await as(coordinator).gql<{ cohort: { name: string } }>(`query($id: ID!) { cohort(id: $id) { name } }`, { id: cohort.id })).data
          ?.cohort.name,
      ).not.toBe('Tidak jadi');
    });

    it('keeps the start date of a running cohort, refuses reversed dates, and changes nothing once it is over', async () => {
      const cohort = await app.factory.cohort(hub.id);
      await as(coordinator).gql(START, { id: cohort.id });
      const moved = await as(coordinator).gql(UPDATE, { id: cohort.id, input: { startsOn: day(30) } });
      expect(Object.keys(moved.errors![0].extensions.fields!)).toEqual(['startsOn']);
      const reversed = await as(coordinator).gql(UPDATE, { id: cohort.id, input: { endsOn: day(-400) } });
      expect(Object.keys(reversed.errors![0].extensions.fields!)).toEqual(['endsOn']);
      // Extending a running cohort is fine.
      expect((await as(coordinator).gql(UPDATE, { id: cohort.id, input: { endsOn: day(120) } })).errors).toBeUndefined();
      await as(coordinator).gql(CANCEL, { id: cohort.id });
      expect(codes(await as(coordinator).gql(UPDATE, { id: cohort.id, input: { name: 'Terlambat' } }))).toEqual(['CONFLICT']);
      const mentor = await app.factory.mentor(hub.id);
      expect(codes(await as(mentor).gql(UPDATE, { id: cohort.id, input: { name: 'Oleh mentor' } }))).toEqual(['FORBIDDEN']);
    });

    it('takes a mentor off a cohort, unless they still lead one of its sessions to come', async () => {
      const cohort = await app.factory.cohort(hub.id);
      const [leading, helping] = [await app.factory.mentor(hub.id), await app.factory.mentor(hub.id)];
      for (const mentor of [leading, helping]) await as(coordinator).gql(ASSIGN, { cohortId: cohort.id, mentorId: mentor.user.id });
      const room = await as(coordinator).gql<{ createRoom: { id: string } }>(
        `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
        { input: { hubId: hub.id, name: `Ruang ${cohort.id.slice(0, 6)}`, capacity: 30 } },
      );
      const scheduled = await as(coordinator).gql(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
        input: {
          cohortId: cohort.id,
          roomId: room.data!.createRoom.id,
          mentorId: leading.user.id,
          title: 'Sesi 1',
          startsAt: at(20, '09:00'),
          endsAt: at(20, '11:00'),
        },
      });
      expect(scheduled.errors).toBeUndefined();

      const refused = await as(coordinator).gql(UNASSIGN, { cohortId: cohort.id, mentorId: leading.user.id });
      expect(codes(refused)).toEqual(['CONFLICT']);
      expect(refused.errors?.[0].message).toBe('Mentor ini memimpin 1 sesi mendatang di kelompok ini; ganti mentornya dulu di jadwal');
      expect((await as(coordinator).gql(UNASSIGN, { cohortId: cohort.id, mentorId: helping.user.id })).data).toEqual({
        unassignMentor: { mentors: [{ id: leading.user.id }] },
      });
    });
  });

  it('lists a hub’s cohorts latest start first, or soonest first when asked (what comes next), a page at a time', async () => {
    const otherHub = await app.factory.hub();
    const manager = await app.factory.coordinator(otherHub.id);
    const curriculum = await app.factory.publishedCurriculum(otherHub.id);
    for (const [name, startsIn] of [
      ['Juli', 40],
      ['Mei', 10],
      ['Juni', 25],
    ] as const)
      await app.factory.cohort(otherHub.id, { name, curriculumId: curriculum.id, startsOn: day(startsIn), endsOn: day(startsIn + 30) });
    const LIST = `query($hubId: ID!, $order: CohortOrder, $offset: Int) { cohorts(hubId: $hubId, order: $order, first: 2, offset: $offset) { name } }`;
    const names = async (variables: Record<string, unknown>) =>
      (await as(manager).gql<{ cohorts: { name: string }[] }>(LIST, { hubId: otherHub.id, ...variables })).data!.cohorts.map((c) => c.name);
    expect(await names({})).toEqual(['Juli', 'Juni']);
    expect(await names({ order: 'STARTS_SOONEST' })).toEqual(['Mei', 'Juni']);
    expect(await names({ order: 'STARTS_SOONEST', offset: 2 })).toEqual(['Juli']);
  });

  describe('visibility', () => {
    let planned: CohortEntity;
    let running: CohortEntity;
    let taught: CohortEntity;
    let mentor: Person;
    let trainee: Person;

    beforeAll(async () => {
      planned = await app.factory.cohort(hub.id, { name: 'Yang akan datang' });
      running = await app.factory.cohort(hub.id, { name: 'Sedang berjalan' });
      taught = await app.factory.cohort(hub.id, { name: 'Diajar mentor' });
      await as(coordinator).gql(START, { id: running.id });
      await as(coordinator).gql(START, { id: taught.id });
      mentor = await app.factory.mentor(hub.id);
      trainee = await app.factory.trainee(hub.id);
      await as(coordinator).gql(ASSIGN, { cohortId: taught.id, mentorId: mentor.user.id });
      await enroll(taught.id, trainee.user.id);
    });

    const visibleIds = async (person: Person) =>
      (await as(person).gql<{ cohorts: { id: string }[] }>(COHORTS, { hubId: hub.id })).data!.cohorts.map((cohort) => cohort.id);

    it('shows a coordinator and an admin every cohort of the hub', async () => {
      for (const person of [coordinator, await app.factory.admin()]) {
        expect(await visibleIds(person)).toEqual(expect.arrayContaining([planned.id, running.id, taught.id]));
      }
    });

    it('shows a mentor only the cohorts they teach', async () => {
      expect(await visibleIds(mentor)).toEqual([taught.id]);
      expect(codes(await as(mentor).gql(COHORT, { id: running.id }))).toEqual(['NOT_FOUND']);
    });

    it('shows a trainee their cohorts and what is coming in their hub', async () => {
      const ids = await visibleIds(trainee);
      expect(ids).toEqual(expect.arrayContaining([planned.id, taught.id]));
      expect(ids).not.toContain(running.id);
      expect(codes(await as(trainee).gql(COHORT, { id: running.id }))).toEqual(['NOT_FOUND']);
    });

    it('hides a hub’s cohorts from another hub’s coordinator, as NOT_FOUND', async () => {
      const stranger = await app.factory.coordinator((await app.factory.hub()).id);
      expect(await visibleIds(stranger)).toEqual([]);
      expect(codes(await as(stranger).gql(COHORT, { id: planned.id }))).toEqual(['NOT_FOUND']);
    });

    it('shows a trainee only their own enrollment in the roster', async () => {
      const [other] = await app.factory.trainees(hub.id, 1);
      await enroll(taught.id, other);
      const own = await as(trainee).gql<Roster>(ROSTER, { id: taught.id });
      expect(own.data!.cohort.enrollments.edges.map((edge) => edge.node.trainee.id)).toEqual([trainee.user.id]);
      expect(own.data!.cohort.enrollments.totalCount).toBe(1);
      const all = await as(mentor).gql<Roster>(ROSTER, { id: taught.id });
      expect(all.data!.cohort.enrollments.totalCount).toBe(2);
    });
  });

  describe('the roster connection', () => {
    it('pages with stable opaque cursors, filters by status and counts the total', async () => {
      const cohort = await app.factory.cohort(hub.id, { capacity: 7 });
      for (const traineeId of await app.factory.trainees(hub.id, 10)) await enroll(cohort.id, traineeId);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 4; page++) {
        const response: GqlResponse<Roster> = await as(coordinator).gql<Roster>(ROSTER, { id: cohort.id, first: 3, after });
        const { enrollments } = response.data!.cohort;
        expect(enrollments.totalCount).toBe(10);
        seen.push(...enrollments.edges.map((edge) => edge.node.id));
        after = enrollments.pageInfo.endCursor;
        expect(enrollments.pageInfo.hasNextPage).toBe(page < 3);
      }
      expect(seen).toHaveLength(10);
      expect(new Set(seen).size).toBe(10);

      const waitlisted = await as(coordinator).gql<Roster>(ROSTER, { id: cohort.id, status: 'WAITLISTED' });
      expect(waitlisted.data!.cohort.enrollments.totalCount).toBe(3);
      expect(waitlisted.data!.cohort.enrollments.edges.every((edge) => edge.node.status === 'WAITLISTED')).toBe(true);
    });

    it('reads the trainees a roster names with its page, each as every list shows a person', async () => {
      const cohort = await app.factory.cohort(hub.id);
      for (const traineeId of await app.factory.trainees(hub.id, 3)) await enroll(cohort.id, traineeId);
      await app
        .get(DataSource)
        .query(`UPDATE "user" SET birth_year = 2001, deactivated_at = now() WHERE id = $1`, [
          (await app.get(DataSource).query(`SELECT trainee_id FROM enrollment WHERE cohort_id = $1 LIMIT 1`, [cohort.id]))[0].trainee_id,
        ]);
      const [page] = await app.get(CohortsService).enrollmentPages([{ cohortId: cohort.id, first: 10, withTrainees: true }]);
      const trainees = page.rows.map((row) => row.trainee);
      expect(trainees).toEqual(await app.get(IdentityService).shownUsersByIds(page.rows.map((row) => row.enrollment.traineeId)));
      expect(trainees.map((trainee) => Object.keys(trainee!).sort())).toEqual(trainees.map(() => [...SHOWN_USER_PROPERTIES].sort()));

      const NAMED = `query($id: ID!) { cohort(id: $id) { enrollments { edges { node { trainee { fullName email } } } } } }`;
      let named: GqlResponse<Roster> | undefined;
      const sent = await statementsSent(async () => (named = await as(coordinator).gql<Roster>(NAMED, { id: cohort.id })));
      expect(named!.data!.cohort.enrollments.edges).toHaveLength(3);
      expect(sent.filter((text) => text.includes('FROM "user"'))).toEqual([]);
    });

    it('refuses more than 100 per page and a forged cursor', async () => {
      const cohort = await app.factory.cohort(hub.id);
      expect(codes(await as(coordinator).gql(ROSTER, { id: cohort.id, first: 101 }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await as(coordinator).gql(ROSTER, { id: cohort.id, after: 'bm90LWEtY3Vyc29y' }))).toEqual(['BAD_USER_INPUT']);
    });

    it('answers cohorts(hubId) with names of every trainee and the grading counts in a number of statements that does not grow with the data', async () => {
      const query = `query($hubId: ID!) { cohorts(hubId: $hubId) { name hub { name } curriculum { title } mentors { fullName }
        enrollments(first: 100) { totalCount edges { node { status trainee { fullName } } } } gradingQueue { waiting graded } certificateBatch { status } } }`;
      const measure = async (cohorts: number, traineesEach: number) => {
        const measuredHub = await app.factory.hub();
        const admin = await app.factory.admin();
        const curriculum = await app.factory.publishedCurriculum(measuredHub.id);
        const mentor = await app.factory.mentor(measuredHub.id);
        const db = app.get(DataSource);
        for (let i = 0; i < cohorts; i++) {
          const cohort = await app.factory.cohort(measuredHub.id, { curriculumId: curriculum.id, capacity: traineesEach });
          await db.query(`INSERT INTO cohort_mentor (cohort_id, mentor_id) VALUES ($1, $2)`, [cohort.id, mentor.user.id]);
          const trainees = await app.factory.trainees(measuredHub.id, traineesEach);
          await db.query(`INSERT INTO enrollment (cohort_id, trainee_id, status) SELECT $1, unnest($2::uuid[]), 'ENROLLED'`, [
            cohort.id,
            trainees,
          ]);
        }
        let response: Awaited<ReturnType<TestApp['gql']>> | undefined;
        const statements = await countStatements(async () => {
          response = await app.gql(query, { hubId: measuredHub.id }, { token: admin.token });
        });
        expect(response?.errors).toBeUndefined();
        type Listed = { enrollments: { edges: unknown[] }; gradingQueue: { waiting: number; graded: number } | null };
        const listed = (response!.data as { cohorts: Listed[] }).cohorts;
        expect(listed).toHaveLength(cohorts);
        expect(listed.every((cohort) => cohort.enrollments.edges.length === traineesEach)).toBe(true);
        expect(listed.map((cohort) => cohort.gradingQueue)).toEqual(listed.map(() => ({ waiting: 0, graded: 0 })));
        return statements;
      };
      const small = await measure(2, 3);
      const large = await measure(20, 50);
      // cohorts, hub, curriculum, mentor ids, mentors, enrollment pages with their trainees, the
      // grading queue's submission counts, certificate batches
      expect(small).toBe(8);
      expect(large).toBe(small);
    });
  });
});
