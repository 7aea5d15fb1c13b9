import { Role } from '@sanggar/core';
import { DataSource } from 'typeorm';
import type { HubEntity } from '@sanggar/hubs';
import type { Person } from '../support/factories.js';
import { TestApp, codes } from '../support/harness.js';

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
    app = await TestApp.start();
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
});
