import { DataSource } from 'typeorm';
import { Locale, Role } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import { IdentityService } from '@sanggar/identity';
import { MentorshipService } from '@sanggar/mentorship';
import type { Person } from '../support/factories.js';
import { type GqlResponse, TestApp, codes } from '../support/harness.js';
import { statementsSent } from '../support/statements.js';

const PROFILE = `mutation($input: UpdateMentorProfileInput!) { updateMentorProfile(input: $input) { mentor { id } bio expertise maxMentees activeMentees } }`;
const MENTORS = `query($hubId: ID!, $expertise: String) { mentors(hubId: $hubId, expertise: $expertise) { mentor { id } expertise maxMentees activeMentees } }`;
const CREATE = `mutation($input: CreateStartupInput!) { createStartup(input: $input) { id name sector hub { id } members { id } mentors { id } } }`;
const ASSIGN = `mutation($s: ID!, $m: ID!) { assignStartupMentor(startupId: $s, mentorId: $m) { id mentors { id } } }`;
const SUGGEST = `query($s: ID!, $limit: Int) { suggestMentors(startupId: $s, limit: $limit) { mentor { id } score reasons } }`;
const STARTUPS = `query($hubId: ID!) { startups(hubId: $hubId) { id } }`;

describe('mentorship: profiles, start-ups, matching', () => {
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
  const mentorWith = async (expertise: string[], maxMentees: number) => {
    const mentor = await app.factory.mentor(hub.id);
    expect((await as(mentor).gql(PROFILE, { input: { bio: 'Pengusaha kreatif', expertise, maxMentees } })).errors).toBeUndefined();
    return mentor;
  };
  const startup = async (sector: string, members = 1) => {
    const trainees = await app.factory.trainees(hub.id, members);
    const created = await as(coordinator).gql<{ createStartup: { id: string } }>(CREATE, {
      input: { hubId: hub.id, name: `Usaha ${Math.random().toString(36).slice(2, 8)}`, sector, memberIds: trainees },
    });
    expect(created.errors).toBeUndefined();
    return { id: created.data!.createStartup.id, trainees };
  };

  it('lets a mentor describe their expertise and capacity, and lists the hub’s mentors by expertise', async () => {
    const mentor = await mentorWith(['kuliner', 'kriya'], 2);
    const listed = await as(coordinator).gql<{ mentors: { mentor: { id: string }; expertise: string[] }[] }>(MENTORS, {
      hubId: hub.id,
      expertise: 'kriya',
    });
    expect(listed.data!.mentors).toContainEqual({
      mentor: { id: mentor.user.id },
      expertise: ['kuliner', 'kriya'],
      maxMentees: 2,
      activeMentees: 0,
    });
    for (const [input, field] of [
      [{ expertise: ['memasak'], maxMentees: 1 }, 'expertise.0'],
      [{ expertise: [], maxMentees: 51 }, 'maxMentees'],
      [{ bio: 'x'.repeat(2001), expertise: [], maxMentees: 1 }, 'bio'],
    ] as const) {
      const refused = await as(mentor).gql(PROFILE, { input });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual([field]);
    }
    expect(codes(await as(coordinator).gql(PROFILE, { input: { expertise: [], maxMentees: 1 } }))).toEqual(['FORBIDDEN']);
  });

  it('forms start-ups from trainees of the hub, each trainee in one start-up at most', async () => {
    const { trainees } = await startup('kuliner', 2);
    const again = await as(coordinator).gql(CREATE, {
      input: { hubId: hub.id, name: 'Dua kali', sector: 'fashion', memberIds: [trainees[0]] },
    });
    expect(codes(again)).toEqual(['CONFLICT']);
    const mentor = await app.factory.mentor(hub.id);
    const notTrainee = await as(coordinator).gql(CREATE, {
      input: { hubId: hub.id, name: 'Salah', sector: 'fashion', memberIds: [mentor.user.id] },
    });
    expect(Object.keys(notTrainee.errors![0].extensions.fields!)).toEqual(['memberIds']);
    const badSector = await as(coordinator).gql(CREATE, {
      input: { hubId: hub.id, name: 'Salah', sector: 'tambang', memberIds: await app.factory.trainees(hub.id, 1) },
    });
    expect(Object.keys(badSector.errors![0].extensions.fields!)).toEqual(['sector']);
    const otherCoordinator = await app.factory.coordinator((await app.factory.hub()).id);
    expect(
      codes(
        await as(otherCoordinator).gql(CREATE, {
          input: { hubId: hub.id, name: 'X', sector: 'fashion', memberIds: await app.factory.trainees(hub.id, 1) },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('assigns mentors within their limit, idempotently, and never beyond it even when 20 assignments race', async () => {
    const mentor = await mentorWith(['musik'], 3);
    const first = await startup('musik');
    await as(coordinator).gql(ASSIGN, { s: first.id, m: mentor.user.id });
    const twice = await as(coordinator).gql<{ assignStartupMentor: { mentors: { id: string }[] } }>(ASSIGN, {
      s: first.id,
      m: mentor.user.id,
    });
    expect(twice.data!.assignStartupMentor.mentors).toEqual([{ id: mentor.user.id }]);

    const others = await Promise.all(Array.from({ length: 20 }, () => startup('musik')));
    const results = await Promise.all(others.map((s) => as(coordinator).gql(ASSIGN, { s: s.id, m: mentor.user.id })));
    expect(results.filter((r) => !r.errors).length).toBe(2);
    expect(results.flatMap(codes).every((code) => code === 'CAPACITY_EXCEEDED')).toBe(true);
    const [{ active }] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS active FROM startup_mentor WHERE mentor_id = $1`, [mentor.user.id]);
    expect(active).toBe(3);
  });

  it('lists each start-up with its trainees and its mentors longest-serving first', async () => {
    const [senior, junior] = [await mentorWith(['kuliner'], 3), await mentorWith(['kuliner'], 3)];
    const [busy, quiet] = [await startup('kuliner', 3), await startup('kuliner', 1)];
    for (const mentor of [junior, senior, junior]) await as(coordinator).gql(ASSIGN, { s: busy.id, m: mentor.user.id });
    await as(coordinator).gql(ASSIGN, { s: quiet.id, m: senior.user.id });

    const DIRECTORY = `query($hubId: ID!) { startups(hubId: $hubId, first: 200) { id members { id fullName } mentors { id fullName } first: mentors(first: 1) { id } } }`;
    let answer!: GqlResponse<{
      startups: { id: string; members: { id: string }[]; mentors: { id: string }[]; first: { id: string }[] }[];
    }>;
    const sent = await statementsSent(async () => (answer = await as(coordinator).gql(DIRECTORY, { hubId: hub.id })));
    // The page, then both lists of people with their names at once.
    expect(sent).toHaveLength(2);
    const ids = (people: { id: string }[]) => people.map((person) => person.id);
    const listed = (id: string) => answer.data!.startups.find((listedStartup) => listedStartup.id === id)!;
    const [a, b] = [listed(busy.id), listed(quiet.id)];
    expect(ids(a.members)).toEqual([...busy.trainees].sort());
    expect(ids(b.members)).toEqual(quiet.trainees);
    expect(ids(a.mentors)).toEqual([junior.user.id, senior.user.id]);
    expect(ids(a.first)).toEqual([junior.user.id]);
    expect(ids(b.mentors)).toEqual([senior.user.id]);
  });

  it('reads a start-up’s people as the by-id read shows them, a deactivated and erased member’s instants included', async () => {
    const mentor = await mentorWith(['kuliner'], 3);
    const team = await startup('kuliner', 3);
    await as(coordinator).gql(ASSIGN, { s: team.id, m: mentor.user.id });
    const [gone, young] = [...team.trainees].sort();
    // Microseconds, as PostgreSQL keeps them: JSON carries all six digits, the by-id read parses them as text.
    await app
      .get(DataSource)
      .query(`UPDATE "user" SET deactivated_at = now() - interval '1.234567 s', erased_at = now() WHERE id = $1`, [gone]);
    await app.get(DataSource).query(`UPDATE "user" SET birth_year = 2009 WHERE id = $1`, [young]);
    const [people] = await app.get(MentorshipService).peopleOf([team.id]);
    const byId = (ids: string[]) => app.get(IdentityService).shownUsersByIds(ids);
    expect(people.members).toEqual(await byId([...team.trainees].sort()));
    expect(people.mentors).toEqual(await byId([mentor.user.id]));
    expect(people.members[0].erasedAt).toBeInstanceOf(Date);
    expect(people.members[1].birthYear).toBe(2009);
    expect(people.members[0].deactivatedAt!.getTime()).toBeLessThan(people.members[0].erasedAt!.getTime());
  });

  it('suggests mentors with room, best first, with reasons in the reader’s language', async () => {
    const matchHub = await app.factory.hub();
    const matchCoordinator = await app.factory.person(Role.COORDINATOR, matchHub.id, { locale: Locale.en });
    const mentor = async (expertise: string[], max: number) => {
      const person = await app.factory.mentor(matchHub.id);
      await as(person).gql(PROFILE, { input: { expertise, maxMentees: max } });
      return person;
    };
    const specialist = await mentor(['fotografi'], 2);
    const generalist = await mentor(['musik'], 4);
    const full = await mentor(['fotografi'], 1);
    const members = await app.factory.trainees(matchHub.id, 2);
    const busy = await as(matchCoordinator).gql<{ createStartup: { id: string } }>(CREATE, {
      input: { hubId: matchHub.id, name: 'Sibuk', sector: 'fotografi', memberIds: [members[0]] },
    });
    await as(matchCoordinator).gql(ASSIGN, { s: busy.data!.createStartup.id, m: full.user.id });
    const target = await as(matchCoordinator).gql<{ createStartup: { id: string } }>(CREATE, {
      input: { hubId: matchHub.id, name: 'Foto Produk', sector: 'fotografi', memberIds: [members[1]] },
    });

    const suggested = await as(matchCoordinator).gql<{ suggestMentors: { mentor: { id: string }; score: number; reasons: string[] }[] }>(
      SUGGEST,
      { s: target.data!.createStartup.id },
    );
    expect(suggested.data!.suggestMentors.map((m) => m.mentor.id)).toEqual([specialist.user.id, generalist.user.id]);
    expect(suggested.data!.suggestMentors[0]).toEqual({
      mentor: { id: specialist.user.id },
      score: 1,
      reasons: ['Expertise in fotografi', 'Can take 2 more start-ups', 'Not mentoring any start-up yet'],
    });
    const trainee = await app.factory.trainee(matchHub.id);
    expect(codes(await as(trainee).gql(SUGGEST, { s: target.data!.createStartup.id }))).toEqual(['FORBIDDEN']);
  });

  it('shows trainees their own start-up and the mentors’ public profiles, and mentors the start-ups they mentor', async () => {
    const mentor = await mentorWith(['dkv'], 5);
    const own = await startup('dkv');
    await startup('dkv');
    await as(coordinator).gql(ASSIGN, { s: own.id, m: mentor.user.id });
    expect((await as(mentor).gql<{ startups: { id: string }[] }>(STARTUPS, { hubId: hub.id })).data!.startups).toEqual([{ id: own.id }]);
    const trainee = await app.factory.trainee(hub.id);
    expect((await as(trainee).gql<{ startups: unknown[] }>(STARTUPS, { hubId: hub.id })).data!.startups).toEqual([]);
    const theirs = await as(coordinator).gql<{ createStartup: { id: string } }>(CREATE, {
      input: { hubId: hub.id, name: 'Kopi Lereng', sector: 'kuliner', memberIds: [trainee.user.id] },
    });
    expect((await as(trainee).gql(STARTUPS, { hubId: hub.id })).data!.startups).toEqual([{ id: theirs.data!.createStartup.id }]);
    const profiles = await as(trainee).gql<{ mentors: { mentor: { id: string } }[] }>(MENTORS, { hubId: hub.id });
    expect(profiles.data!.mentors).toContainEqual({ mentor: { id: mentor.user.id }, expertise: ['dkv'], maxMentees: 5, activeMentees: 1 });
    const elsewhere = await app.factory.trainee((await app.factory.hub()).id);
    expect((await as(elsewhere).gql(MENTORS, { hubId: hub.id })).data!.mentors).toEqual([]);
  });
});
