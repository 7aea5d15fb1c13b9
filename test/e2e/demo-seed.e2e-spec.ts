import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoLogins, seedDemoIfEmpty } from '../../apps/api/src/seed/demo-seed.js';
import { TestApp } from '../support/harness.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { role } } }`;
const OVERVIEW = `{ hubs { id name rooms { name } } }`;
const COHORTS = `query($hubId: ID!) { cohorts(hubId: $hubId) { status curriculum { title status modules { assignments { title } } } mentors { fullName }
  enrollments { totalCount edges { node { status } } } sessions { startsAt endsAt attendance { status } } } }`;

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
    for (const hub of hubs) {
      const [cohort] = (await app.gql<{ cohorts: Cohort[] }>(COHORTS, { hubId: hub.id }, { token })).data!.cohorts;
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

    for (const login of demoLogins()) {
      const response = await app.gql<{ login: { user: { role: string } } }>(LOGIN, {
        input: { email: login.email, password: DEMO_PASSWORD },
      });
      expect(response.data?.login.user.role).toBe(login.role);
    }
  });
});
