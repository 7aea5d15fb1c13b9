import { Role } from '@sanggar/core';
import { DataSource } from 'typeorm';
import type { HubEntity } from '@sanggar/hubs';
import type { Person } from '../support/factories.js';
import { TestApp, codes, eventually } from '../support/harness.js';

const MEMBERS = `query($hubId: ID!, $search: String, $role: Role, $first: Int, $after: String) {
  members(hubId: $hubId, search: $search, role: $role, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { fullName role email } } } }`;

type Members = {
  members: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { fullName: string; role: string; email: string | null } }[];
  };
};

describe('member directory', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
    // 2,000 trainees ("Peserta 1" …), a few named ones, and a sign-up still waiting for approval.
    await app.factory.trainees(hub.id, 2000);
    await app.factory.trainee(hub.id, { fullName: 'Sekar Ayu Larasati' });
    await app.factory.trainee(hub.id, { fullName: 'Ayu Wandira' });
    await app.factory.person(Role.MENTOR, hub.id, { fullName: 'Bayu Ayuningtyas' });
    const waiting = await app.factory.trainee(hub.id, { fullName: 'Ayu Menunggu' });
    await app.get(DataSource).query(`UPDATE hub_membership SET approved_at = NULL WHERE user_id = $1`, [waiting.user.id]);
  }, 60_000);
  afterAll(() => app.close());

  const search = async (variables: Record<string, unknown>, who = coordinator) =>
    app.as(who).gql<Members>(MEMBERS, { hubId: hub.id, ...variables });

  it('finds approved members by part of a name or email, any case, A to Z, with their total', async () => {
    const ayu = (await search({ search: 'AYU' })).data!.members;
    expect(ayu.edges.map((edge) => edge.node.fullName)).toEqual(['Ayu Wandira', 'Bayu Ayuningtyas', 'Sekar Ayu Larasati']);
    expect(ayu.totalCount).toBe(3);
    expect(ayu.edges[0].node.email).toMatch(/@test\.sanggar\.id$/);

    const mentors = (await search({ search: 'ayu', role: 'MENTOR' })).data!.members;
    expect(mentors.edges.map((edge) => edge.node.fullName)).toEqual(['Bayu Ayuningtyas']);
    const byEmail = (await search({ search: 'bulk-' })).data!.members;
    expect(byEmail.totalCount).toBe(2000);
    // Wildcards typed by a person are letters.
    expect((await search({ search: '%' })).data!.members.totalCount).toBe(0);
  });

  it('counts every approved member when nothing is searched (the coordinator too), never the sign-up still waiting', async () => {
    expect((await search({})).data!.members.totalCount).toBe(2004);
    expect((await search({ role: 'MENTOR' })).data!.members.totalCount).toBe(1);
    expect((await search({ role: 'TRAINEE' })).data!.members.totalCount).toBe(2002);
  });

  it('pages through 2,000 members with cursors, each once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Members['members'] = (await search({ search: 'peserta', first: 100, after })).data!.members;
      expect(page.totalCount).toBe(2000);
      seen.push(...page.edges.map((edge) => edge.node.fullName));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(20);
    expect(new Set(seen).size).toBe(2000);
    expect(seen).toEqual([...seen].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
  });

  it('shows a hub’s members only to its coordinators, and refuses bad pages', async () => {
    const otherCoordinator = await app.factory.coordinator((await app.factory.hub()).id);
    expect(codes(await search({}, otherCoordinator))).toEqual(['FORBIDDEN']);
    const mentor = await app.factory.mentor(hub.id);
    expect(codes(await search({}, mentor))).toEqual(['FORBIDDEN']);
    expect(codes(await search({ first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await search({ after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('enrolls many at once, picked or pasted, saying what happened to each', async () => {
    const cohort = await app.factory.cohort(hub.id, { capacity: 3 });
    const picked = (await search({ search: 'peserta 10', first: 3 })).data!.members.edges;
    const ids = await app
      .get(DataSource)
      .query<{ id: string; email: string }[]>(`SELECT id, email FROM "user" WHERE full_name = ANY($1) ORDER BY full_name`, [
        picked.map((edge) => edge.node.fullName),
      ]);
    const ayu = (await search({ search: 'ayu wandira' })).data!.members.edges[0].node.email!;
    const mentorEmail = (await search({ search: 'ayuningtyas' })).data!.members.edges[0].node.email!;
    const ENROLL_MANY = `mutation($input: EnrollManyInput!) { enrollMany(input: $input) { email traineeId outcome enrollment { status } } }`;
    type Outcomes = { enrollMany: { email: string | null; outcome: string; enrollment: { status: string } | null }[] };
    const first = await app.as(coordinator).gql<Outcomes>(ENROLL_MANY, {
      input: {
        cohortId: cohort.id,
        traineeIds: ids.map((row) => row.id),
        emails: [` ${ayu.toUpperCase()} `, 'nobody@nowhere.example', mentorEmail],
      },
    });
    expect(first.data?.enrollMany.map((row) => [row.email, row.outcome, row.enrollment?.status ?? null])).toEqual([
      [null, 'ENROLLED', 'ENROLLED'],
      [null, 'ENROLLED', 'ENROLLED'],
      [null, 'ENROLLED', 'ENROLLED'],
      [ayu, 'WAITLISTED', 'WAITLISTED'],
      ['nobody@nowhere.example', 'UNKNOWN', null],
      [mentorEmail, 'NOT_A_TRAINEE', null],
    ]);
    const again = await app.as(coordinator).gql<Outcomes>(ENROLL_MANY, { input: { cohortId: cohort.id, emails: [ids[0].email] } });
    expect(again.data?.enrollMany.map((row) => row.outcome)).toEqual(['ALREADY_IN']);
    const trainee = await app.factory.trainee(hub.id);
    expect(codes(await app.as(trainee).gql(ENROLL_MANY, { input: { cohortId: cohort.id, emails: [ayu] } }))).toEqual(['FORBIDDEN']);
  });

  it('invites a pasted list: accounts made, one email each with a link and no password; an address with an account is said, not sent', async () => {
    const INVITE = `mutation($input: InviteUsersInput!) { inviteUsers(input: $input) { email user { fullName role } } }`;
    const taken = (await search({ search: 'ayu wandira' })).data!.members.edges[0].node.email!;
    const invited = await app
      .as(coordinator)
      .gql<{ inviteUsers: { email: string; user: { fullName: string; role: string } | null }[] }>(INVITE, {
        input: {
          hubId: hub.id,
          people: [
            { email: 'Rara.Anindya@Contoh.id', fullName: 'Rara Anindya', role: 'TRAINEE' },
            { email: 'dimas@contoh.id', fullName: 'Dimas Arya', role: 'MENTOR', locale: 'en' },
            { email: taken, fullName: 'Ayu Lagi', role: 'TRAINEE' },
          ],
        },
      });
    expect(invited.data?.inviteUsers).toEqual([
      { email: 'rara.anindya@contoh.id', user: { fullName: 'Rara Anindya', role: 'TRAINEE' } },
      { email: 'dimas@contoh.id', user: { fullName: 'Dimas Arya', role: 'MENTOR' } },
      { email: taken, user: null },
    ]);
    const mail = await eventually(() => {
      const [sent] = app.mail.to('rara.anindya@contoh.id');
      expect(sent).toBeDefined();
      return sent;
    });
    expect(mail.text).toMatch(/\/invitation\?token=/);
    expect(mail.text).not.toMatch(/kata sandi:|password:/i);
    // Bad input changes nothing: one invalid person refuses the whole list.
    const refused = await app.as(coordinator).gql(INVITE, {
      input: {
        hubId: hub.id,
        people: [
          { email: 'baru@contoh.id', fullName: 'Baru', role: 'TRAINEE' },
          { email: 'bukan-email', fullName: 'X', role: 'TRAINEE' },
        ],
      },
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect((await search({ search: 'baru@contoh.id' })).data!.members.totalCount).toBe(0);
    // A coordinator invites no coordinators.
    expect(
      codes(
        await app
          .as(coordinator)
          .gql(INVITE, { input: { hubId: hub.id, people: [{ email: 'k@contoh.id', fullName: 'K', role: 'COORDINATOR' }] } }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('lets a coordinator correct a member’s name, and only theirs', async () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { fullName } }`;
    const trainee = await app.factory.trainee(hub.id, { fullName: 'Anisa Rahmwati' });
    const fixed = await app
      .as(coordinator)
      .gql<{ updateUser: { fullName: string } }>(UPDATE, { id: trainee.user.id, input: { fullName: ' Anisa Rahmawati ' } });
    expect(fixed.data?.updateUser).toEqual({ fullName: 'Anisa Rahmawati' });
    const elsewhere = await app.factory.coordinator((await app.factory.hub()).id);
    expect(codes(await app.as(elsewhere).gql(UPDATE, { id: trainee.user.id, input: { fullName: 'Orang Lain' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await app.as(coordinator).gql(UPDATE, { id: trainee.user.id, input: { fullName: 'Anisa www.spam.id' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await app.as(trainee).gql<{ me: { fullName: string } }>(`{ me { fullName } }`)).data?.me.fullName).toBe('Anisa Rahmawati');
  });

  it('shows a person’s page to the coordinators of their hub: contact, whether active, their enrollments here', async () => {
    const PERSON = `query($id: ID!) { person(id: $id) { fullName email active enrollments { status cohort { name } } } }`;
    const trainee = await app.factory.trainee(hub.id, { fullName: 'Laras Prameswari' });
    const here = await app.factory.cohort(hub.id, { name: 'Angkatan Tenun 2' });
    const otherHub = await app.factory.hub();
    const elsewhere = await app.factory.cohort(otherHub.id, { name: 'Angkatan Lain' });
    await app
      .get(DataSource)
      .query(`INSERT INTO hub_membership (user_id, hub_id, approved_at) VALUES ($1, $2, now())`, [trainee.user.id, otherHub.id]);
    await app.factory.enroll(here.id, [trainee.user.id]);
    await app.factory.enroll(elsewhere.id, [trainee.user.id]);

    const page = await app.as(coordinator).gql(PERSON, { id: trainee.user.id });
    expect(page.data).toEqual({
      person: {
        fullName: 'Laras Prameswari',
        email: trainee.email,
        active: true,
        enrollments: [{ status: 'ENROLLED', cohort: { name: 'Angkatan Tenun 2' } }],
      },
    });
    // The other hub's coordinator sees only the enrollment there; the trainee sees both of their own.
    const theirs = await app
      .as(await app.factory.coordinator(otherHub.id))
      .gql<{ person: { enrollments: { cohort: { name: string } }[] } }>(PERSON, {
        id: trainee.user.id,
      });
    expect(theirs.data!.person.enrollments.map((enrollment) => enrollment.cohort.name)).toEqual(['Angkatan Lain']);
    const own = await app.as(trainee).gql<{ me: { enrollments: unknown[] } }>(`{ me { enrollments { status } } }`);
    expect(own.data!.me.enrollments).toHaveLength(2);
    const newest = await app.as(trainee).gql<{ me: { enrollments: unknown[] } }>(`{ me { enrollments(first: 1) { cohort { name } } } }`);
    expect(newest.data!.me.enrollments).toEqual([{ cohort: { name: 'Angkatan Lain' } }]);

    await app.as(coordinator).gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: trainee.user.id });
    expect((await app.as(coordinator).gql<{ person: { active: boolean } }>(PERSON, { id: trainee.user.id })).data!.person.active).toBe(
      false,
    );

    const stranger = await app.factory.coordinator((await app.factory.hub()).id);
    expect(codes(await app.as(stranger).gql(PERSON, { id: trainee.user.id }))).toEqual(['NOT_FOUND']);
    const mentor = await app.factory.mentor(hub.id);
    expect(codes(await app.as(mentor).gql(PERSON, { id: trainee.user.id }))).toEqual(['FORBIDDEN']);
    // A mentor has no enrollments of their own.
    const seen = await app.as(mentor).gql<{ members?: unknown }>(`{ me { enrollments { status } active } }`);
    expect(seen.data).toEqual({ me: { enrollments: [], active: true } });
  });
});
