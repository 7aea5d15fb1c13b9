import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoLogins } from '../../apps/api/src/seed/demo-data.js';
import { demoVerifyUrl, seedDemoIfEmpty } from '../../apps/api/src/seed/demo-seed.js';
import { DataSource, In } from 'typeorm';
import { preparedPlainRows, rowsByIds, rowsByParentIds } from '@sanggar/database';
import type { ListWindow } from '@sanggar/core';
import { CohortEntity } from '@sanggar/cohorts';
import { HubMembershipEntity, SHOWN_USER_PROPERTIES, UserEntity } from '@sanggar/identity';
import { TestApp } from '../support/harness.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { role } } }`;
const OVERVIEW = `{ hubs { id name rooms { name } } }`;
const COHORTS = `query($hubId: ID!, $status: CohortStatus) { cohorts(hubId: $hubId, status: $status, first: 5) { status curriculum { title status modules { assignments { title } } } mentors { fullName }
  enrollments { totalCount edges { node { status } } } sessions(first: 20) { startsAt endsAt attendance(first: 50) { status } } } }`;

interface Cohort {
  status: string;
  curriculum: { title: string; status: string; modules: { assignments: unknown[] }[] };
  mentors: unknown[];
  enrollments: { totalCount: number; edges: { node: { status: string } }[] };
  sessions: { startsAt: string; endsAt: string; attendance: { status: string }[] }[];
}

describe('demo seed', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('fills an empty database once with hubs, rooms, people and a running programme per hub', async () => {
    expect(await seedDemoIfEmpty(app.api)).toBe(true);
    expect(await seedDemoIfEmpty(app.api)).toBe(false);

    const hubs = (await app.gql<{ hubs: { id: string; name: string; rooms: unknown[] }[] }>(OVERVIEW)).data!.hubs;
    expect(hubs.map((hub) => hub.name).sort()).toEqual(['Hetero Space Banyumas', 'Hetero Space Semarang', 'Hetero Space Solo']);
    expect(hubs.every((hub) => hub.rooms.length >= 2)).toBe(true);

    const admin = await app.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD } });
    const token = admin.data!.login.accessToken;
    // Last term's cohort in Semarang is completed, with certificates anyone can verify.
    const verifyUrl = await demoVerifyUrl(app.api);
    expect(verifyUrl).toMatch(/\/verify\/[2-9A-HJKMNP-Z]{12}$/);
    const page = await fetch(verifyUrl!);
    expect(await page.text()).toContain('data-state="VALID"');
    const completed = await app.gql<{ cohorts: { name: string; certificateBatch: { issued: number; status: string } }[] }>(
      `query($hubId: ID!) { cohorts(hubId: $hubId, status: COMPLETED) { name certificateBatch { issued status } } }`,
      { hubId: hubs.find((hub) => hub.name === 'Hetero Space Semarang')!.id },
      { token },
    );
    expect(completed.data!.cohorts).toEqual([
      { name: 'Dasar Bisnis Kreatif Semarang — Angkatan 0', certificateBatch: { issued: 3, status: 'COMPLETED' } },
    ]);

    for (const hub of hubs) {
      const [cohort] = (await app.gql<{ cohorts: Cohort[] }>(COHORTS, { hubId: hub.id, status: 'RUNNING' }, { token })).data!.cohorts;
      expect(cohort).toMatchObject({ status: 'RUNNING', curriculum: { title: 'Dasar Bisnis Kreatif', status: 'PUBLISHED' } });
      expect(cohort.curriculum.modules.flatMap((module) => module.assignments).length).toBeGreaterThanOrEqual(2);
      expect(cohort.mentors).toHaveLength(1);
      expect(cohort.enrollments.totalCount).toBeGreaterThanOrEqual(4);
      expect(cohort.enrollments.edges.every((edge) => edge.node.status === 'ENROLLED')).toBe(true);
      // Three weeks of Monday, Wednesday and Friday classes around today; the ones held have attendance.
      expect(cohort.sessions).toHaveLength(9);
      expect(cohort.sessions.some((session) => new Date(session.startsAt) > new Date())).toBe(true);
      const held = cohort.sessions.filter((session) => new Date(session.endsAt) < new Date());
      expect(held.length).toBeGreaterThanOrEqual(3);
      expect(held.every((session) => session.attendance.length === cohort.enrollments.totalCount)).toBe(true);
      expect(held.flatMap((session) => session.attendance.map((record) => record.status))).toContain('PRESENT');
    }

    // Mentors with expertise, start-ups in several sectors each with a mentor, a week of office hours with bookings.
    const startups = await Promise.all(
      hubs.map(
        async (hub) =>
          (
            await app.gql<{ startups: { sector: string; members: unknown[]; mentors: { id: string }[] }[] }>(
              `query($hubId: ID!) { startups(hubId: $hubId) { sector members { id } mentors { id } } }`,
              { hubId: hub.id },
              { token },
            )
          ).data!.startups,
      ),
    );
    expect(new Set(startups.flat().map((startup) => startup.sector)).size).toBeGreaterThanOrEqual(5);
    expect(startups.flat().every((startup) => startup.members.length === 2 && startup.mentors.length === 1)).toBe(true);
    for (const hub of hubs) {
      const mentors = (
        await app.gql<{ mentors: { mentor: { id: string }; expertise: string[] }[] }>(
          `query($hubId: ID!) { mentors(hubId: $hubId) { mentor { id } expertise } }`,
          { hubId: hub.id },
          { token },
        )
      ).data!.mentors;
      expect(mentors.every((mentor) => mentor.expertise.length >= 2)).toBe(true);
      const slots = (
        await app.gql<{ officeHours: { startsAt: string; bookedBy: unknown }[] }>(
          `query($m: ID!, $from: DateTime!, $to: DateTime!) { officeHours(mentorId: $m, from: $from, to: $to) { startsAt bookedBy { id } } }`,
          { m: mentors[0].mentor.id, from: new Date().toISOString(), to: new Date(Date.now() + 8 * 86_400_000).toISOString() },
          { token },
        )
      ).data!.officeHours;
      expect(slots.length).toBeGreaterThanOrEqual(16);
      expect(slots.some((slot) => slot.bookedBy !== null)).toBe(true);
    }

    for (const login of demoLogins()) {
      const response = await app.gql<{ login: { user: { role: string } } }>(LOGIN, {
        input: { email: login.email, password: DEMO_PASSWORD },
      });
      expect(response.data?.login.user.role).toBe(login.role);
    }
  });

  it('reads rows by id as plain objects equal to the entities TypeORM builds, for every entity it can read so', async () => {
    await seedDemoIfEmpty(app.api);
    const dataSource = app.get(DataSource);
    const missing = '00000000-0000-4000-8000-000000000000';
    const compared: string[] = [];
    const refused: string[] = [];
    for (const metadata of dataSource.entityMetadatas.filter(
      (entity) => entity.primaryColumns.map((c) => c.propertyName).join() === 'id',
    )) {
      const repository = dataSource.getRepository<{ id: string }>(metadata.target);
      const entities = await repository.find({ take: 20, order: { id: 'ASC' } });
      if (entities.length === 0) continue;
      // Asked in reverse, with an id that does not exist: answered in the order asked.
      const read = () => rowsByIds(repository, [missing, ...entities.map((entity) => entity.id).reverse()]);
      const refusal = await read().then(
        () => undefined,
        (error: Error) => error.message,
      );
      if (refusal?.endsWith('is not read as a plain value')) {
        refused.push(metadata.tableName);
        continue;
      }
      const [none, ...rows] = await read();
      expect(none).toBeUndefined();
      expect(rows).toEqual(entities.reverse());
      const selected = metadata.columns.filter((column) => column.isSelect).map((column) => column.propertyName);
      expect(Object.keys(rows[0]!).sort()).toEqual(selected.sort());
      compared.push(metadata.tableName);
    }
    // Refused rather than misread: a grade's score (numeric through a transformer), the outbox's bigint id.
    expect(refused.sort()).toEqual(['grade', 'outbox']);
    // Every table a by-id loader reads this way has rows in the demo, so none passes unread.
    expect(compared).toEqual(
      expect.arrayContaining([
        'hub',
        'room',
        'user',
        'curriculum',
        'assignment',
        'rubric_criterion',
        'cohort',
        'enrollment',
        'session',
        'submission',
        'startup',
      ]),
    );
  });

  it('reads each parent’s rows as plain objects equal to the entities TypeORM finds, in order, for every batch loader that reads so', async () => {
    await seedDemoIfEmpty(app.api);
    const dataSource = app.get(DataSource);
    const missing = '00000000-0000-4000-8000-000000000000';
    // The batch loaders' tables, parent columns and orders (a cohort's sessions, a module's lessons…).
    const loaders: [table: string, parent: string, order: Record<string, 'ASC' | 'DESC'>][] = [
      ['room', 'hubId', { name: 'ASC' }],
      ['session', 'cohortId', { startsAt: 'ASC', id: 'ASC' }],
      ['curriculum_module', 'curriculumId', { position: 'ASC' }],
      ['lesson', 'moduleId', { position: 'ASC' }],
      ['assignment', 'moduleId', { position: 'ASC' }],
      ['rubric_criterion', 'assignmentId', { position: 'ASC' }],
      ['cohort_mentor', 'cohortId', { assignedAt: 'ASC' }],
      ['submission', 'enrollmentId', { submittedAt: 'ASC', attempt: 'ASC' }],
      ['criterion_score', 'gradeId', {}],
    ];
    for (const [table, parent, order] of loaders) {
      const repository = dataSource.getRepository<Record<string, string>>(
        dataSource.entityMetadatas.find((m) => m.tableName === table)!.target,
      );
      const parents = [...new Set((await repository.find({ take: 50 })).map((row) => row[parent]))].reverse();
      expect(parents.length).toBeGreaterThan(0);
      const entities = await repository.find({ where: { [parent]: In(parents) }, order });
      // Asked with a parent that has no rows: answered in the order asked, an empty list for it.
      const [none, ...lists] = await rowsByParentIds(repository, parent, [missing, ...parents], order);
      expect(none).toEqual([]);
      expect(lists).toEqual(parents.map((id) => entities.filter((entity) => entity[parent] === id).map((entity) => ({ ...entity }))));
    }
  });

  it('reads only some properties of each parent’s rows, under a fixed condition, and refuses a read that leaves out the parent', async () => {
    await seedDemoIfEmpty(app.api);
    const memberships = app.get(DataSource).getRepository(HubMembershipEntity);
    // One of them waits for approval, so the condition has a row to leave out.
    const [waiting] = await memberships.find({ take: 1, order: { userId: 'ASC' } });
    await memberships.update({ userId: waiting.userId, hubId: waiting.hubId }, { approvedAt: null });
    const entities = await memberships.find({ order: { createdAt: 'ASC' } });
    const userIds = [...new Set(entities.map((membership) => membership.userId))];
    const read = (condition?: string) =>
      rowsByParentIds(memberships, 'userId', userIds, { createdAt: 'ASC' }, { properties: ['userId', 'hubId'], condition });
    const expected = (kept: (membership: HubMembershipEntity) => boolean) =>
      userIds.map((id) => entities.filter((m) => m.userId === id && kept(m)).map(({ userId, hubId }) => ({ userId, hubId })));
    expect(await read()).toEqual(expected(() => true));
    expect(await read('approved_at IS NOT NULL')).toEqual(expected((membership) => membership.approvedAt !== null));
    expect((await read('approved_at IS NOT NULL')).flat()).not.toContainEqual({ userId: waiting.userId, hubId: waiting.hubId });
    await expect(rowsByParentIds(memberships, 'userId', userIds, {}, { properties: ['hubId'] })).rejects.toThrow(/read hubId by userId/);
    await memberships.update({ userId: waiting.userId, hubId: waiting.hubId }, { approvedAt: waiting.approvedAt });
  });

  it('reads only the properties asked for, as the entity has them, and refuses one it does not have or never reads', async () => {
    await seedDemoIfEmpty(app.api);
    const users = app.get(DataSource).getRepository(UserEntity);
    const entities = await users.find({ take: 5, order: { id: 'ASC' } });
    const rows = await rowsByIds(
      users,
      entities.map((user) => user.id),
      SHOWN_USER_PROPERTIES,
    );
    expect(rows).toEqual(entities.map((user) => Object.fromEntries(SHOWN_USER_PROPERTIES.map((key) => [key, user[key]]))));
    expect(Object.keys(rows[0]!).sort()).toEqual([...SHOWN_USER_PROPERTIES].sort());
    await expect(rowsByIds(users, [entities[0].id], ['id', 'nickname' as 'fullName'])).rejects.toThrow(
      /no readable column for one of id,nickname/,
    );
    // Named or not, a `select: false` column is never read.
    await expect(rowsByIds(users, [entities[0].id], ['id', 'passwordHash'])).rejects.toThrow(
      /no readable column for one of id,passwordHash/,
    );
  });

  it("reads a query builder's rows as plain objects equal to the entities TypeORM builds from the same query, a page at a time", async () => {
    await seedDemoIfEmpty(app.api);
    const dataSource = app.get(DataSource);
    const cohorts = dataSource.getRepository(CohortEntity);
    const entities = await cohorts.createQueryBuilder('c').orderBy('c.id').getMany();
    expect(entities.length).toBeGreaterThan(2);
    const read = (window?: ListWindow) =>
      preparedPlainRows<CohortEntity>(dataSource.manager, cohorts.createQueryBuilder('c').orderBy('c.id'), window);
    const rows = await read();
    // Dates as their 'YYYY-MM-DD' text, instants as Dates: as the entity has them.
    expect(rows).toEqual(entities);
    expect(typeof rows[0].startsOn).toBe('string');
    // The same statement for every page: the window is its parameters.
    expect(await read({ first: 2, offset: 0 })).toEqual(entities.slice(0, 2));
    expect(await read({ first: 2, offset: 1 })).toEqual(entities.slice(1, 3));
    expect(await read({ first: 1, offset: entities.length })).toEqual([]);
  });
});
