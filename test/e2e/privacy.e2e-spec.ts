import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { CohortEntity } from '@sanggar/cohorts';
import type { HubEntity } from '@sanggar/hubs';
import type { Person } from '../support/factories.js';
import { TestApp, codes, eventually } from '../support/harness.js';
import { freePort, printed, startProcess } from '../support/processes.js';

const BATCH = `query($id: ID!) { cohort(id: $id) { certificateBatch { id } } }`;
const MY_COHORTS = `{ myEnrollments { status cohort { name mentors { fullName email } } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawEnrollment(id: $id) { status } }`;
const ROSTER = `query($id: ID!) { cohort(id: $id) { enrollments { edges { node { trainee { id email } } } } } }`;
const MENTORS = `query($hubId: ID!) { mentors(hubId: $hubId) { mentor { email } } }`;
const SUBMIT = `mutation($input: SubmitAssignmentInput!) { submitAssignment(input: $input) { id } }`;
const GRADE = `mutation($input: GradeSubmissionInput!) { gradeSubmission(input: $input) { id } }`;
const MY_GRADES = `{ myEnrollments { submissions { grade { gradedBy { fullName email } } } } }`;

describe('privacy: who sees what', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;
  let mentor: Person;
  let trainee: Person;
  let cohort: CohortEntity;

  beforeAll(async () => {
    app = await TestApp.start();
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.mentor(hub.id);
    trainee = await app.factory.trainee(hub.id);
    cohort = await app.factory.cohort(hub.id, { name: 'Angkatan Rahasia' });
    await app
      .as(coordinator)
      .gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, { c: cohort.id, m: mentor.user.id });
    await app.factory.enroll(cohort.id, [trainee.user.id]);
    await app.as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
  });
  afterAll(() => app.close());

  it('shows a person’s email to themself, the hub’s coordinators and a trainee’s mentors, and a name to everyone else', async () => {
    type Roster = { cohort: { enrollments: { edges: { node: { trainee: { id: string; email: string | null } } }[] } } };
    const emailSeenBy = async (viewer: Person) =>
      (await app.as(viewer).gql<Roster>(ROSTER, { id: cohort.id })).data!.cohort.enrollments.edges[0].node.trainee.email;
    expect(await emailSeenBy(trainee)).toBe(trainee.email);
    expect(await emailSeenBy(coordinator)).toBe(trainee.email);
    expect(await emailSeenBy(mentor)).toBe(trainee.email);

    type Mine = { myEnrollments: { cohort: { mentors: { fullName: string; email: string | null }[] } }[] };
    const mentors = (await app.as(trainee).gql<Mine>(MY_COHORTS)).data!.myEnrollments[0].cohort.mentors;
    expect(mentors).toEqual([{ fullName: mentor.user.fullName, email: null }]);
    const otherTrainee = await app.factory.trainee(hub.id);
    expect(
      (await app.as(otherTrainee).gql<{ mentors: { mentor: { email: string | null } }[] }>(MENTORS, { hubId: hub.id })).data?.mentors,
    ).toEqual([{ mentor: { email: null } }]);
  });

  it('shows a grade’s grader by name only', async () => {
    const [assignment] = await app.get(DataSource).query(
      `SELECT a.id, array_agg(c.id ORDER BY c.position) AS criteria FROM assignment a JOIN curriculum_module m ON m.id = a.module_id
           JOIN rubric_criterion c ON c.assignment_id = a.id WHERE m.curriculum_id = $1 GROUP BY a.id`,
      [cohort.curriculumId],
    );
    const submitted = await app.as(trainee).gql<{ submitAssignment: { id: string } }>(SUBMIT, {
      input: { cohortId: cohort.id, assignmentId: assignment.id, content: 'Kanvas saya' },
    });
    await app.as(mentor).gql(GRADE, {
      input: {
        submissionId: submitted.data!.submitAssignment.id,
        scores: (assignment.criteria as string[]).map((criterionId) => ({ criterionId, points: 8 })),
      },
    });
    const seen = await app.as(trainee).gql<{ myEnrollments: { submissions: { grade: unknown }[] }[] }>(MY_GRADES);
    expect(seen.data?.myEnrollments[0].submissions[0].grade).toEqual({ gradedBy: { fullName: mentor.user.fullName, email: null } });
  });

  it('shows a cohort’s certificate batch to the hub’s coordinators only', async () => {
    await app.as(coordinator).gql(`mutation($id: ID!) { completeCohort(id: $id) { id } }`, { id: cohort.id });
    type Batch = { cohort: { certificateBatch: { id: string } | null } };
    expect((await app.as(coordinator).gql<Batch>(BATCH, { id: cohort.id })).data?.cohort.certificateBatch).toEqual({
      id: expect.any(String),
    });
    expect((await app.as(trainee).gql<Batch>(BATCH, { id: cohort.id })).data?.cohort.certificateBatch).toBeNull();
    expect((await app.as(mentor).gql<Batch>(BATCH, { id: cohort.id })).data?.cohort.certificateBatch).toBeNull();
  });

  it('hides a cohort from a trainee who withdrew, through their enrollment as through cohort(id)', async () => {
    const running = await app.factory.cohort(hub.id);
    const leaver = await app.factory.trainee(hub.id);
    await app.factory.enroll(running.id, [leaver.user.id]);
    const [{ id }] = await app.get(DataSource).query(`SELECT id FROM enrollment WHERE trainee_id = $1`, [leaver.user.id]);
    expect((await app.as(leaver).gql(MY_COHORTS)).errors).toBeUndefined();
    await app.as(leaver).gql(WITHDRAW, { id });
    await app.as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: running.id });
    expect(codes(await app.as(leaver).gql(`query($id: ID!) { cohort(id: $id) { id } }`, { id: running.id }))).toEqual(['NOT_FOUND']);
    const through = await app.as(leaver).gql(MY_COHORTS);
    expect(codes(through)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(through.data)).not.toContain(running.name);
  });
});

describe('hardening: headers, access log, mail files, public routes', () => {
  it('puts security headers on every answer, HSTS when the public address is https', async () => {
    const app = await TestApp.start({ env: { PUBLIC_URL: 'https://sanggar.example.id' } });
    try {
      for (const path of ['/health', '/graphql', '/verify/ABCDEFGHJKMN', '/no-such-page']) {
        const { headers } = await fetch(`${app.url}${path}`);
        expect(headers.get('x-content-type-options')).toBe('nosniff');
        expect(headers.get('referrer-policy')).toBe('no-referrer');
        expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'|default-src 'none'/);
        expect(headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
      }
    } finally {
      await app.close();
    }
  });

  it('logs one line per request with its route, status, duration, caller and request id — never a token or code', async () => {
    const app = await TestApp.start();
    let api: ChildProcess | undefined;
    try {
      const hub = await app.factory.hub();
      const trainee = await app.factory.trainee(hub.id);
      const port = await freePort();
      api = startProcess(app, 'api', { PORT: String(port), LOG_LEVEL: 'info' });
      let output = '';
      api.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await printed(api, 'Sanggar is ready');
      const base = `http://127.0.0.1:${port}`;
      const requestId = `probe-${randomUUID()}`;
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${trainee.token}`, 'x-request-id': requestId },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const feedToken = 'F'.repeat(65);
      await fetch(`${base}/calendar/${feedToken}.ics`);
      await fetch(`${base}/verify/QWERTYZXCVBN?lang=en`);
      await fetch(`${base}/certificates/QWERTYZXCVBN.pdf`);
      const lines = await eventually(() => {
        const found = output
          .split('\n')
          .filter((line) => line.includes('"context":"AccessLog"'))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(found).toHaveLength(4);
        return found;
      });
      expect(lines[0]).toMatchObject({
        requestId,
        method: 'POST',
        route: '/graphql',
        status: 200,
        userId: trainee.user.id,
        ms: expect.any(Number),
      });
      expect(lines.slice(1).map((line) => [line.route, line.status, line.userId])).toEqual([
        ['/calendar/:file', 404, null],
        ['/verify/:code', 404, null],
        ['/certificates/:file', 404, null],
      ]);
      for (const secret of [trainee.token, feedToken, 'QWERTYZXCVBN', trainee.email]) expect(output).not.toContain(secret);
    } finally {
      api?.kill('SIGKILL');
      await app.close();
    }
  });

  it('writes emails without an SMTP server as files only their owner can read', async () => {
    const mailDir = await mkdtemp(join(tmpdir(), 'sanggar-mail-'));
    const app = await TestApp.start({ worker: true, env: { SMTP_URL: '', MAIL_DIR: mailDir } });
    try {
      await app.factory.coordinator((await app.factory.hub()).id);
      const [file] = await eventually(async () => {
        const files = await readdir(mailDir);
        expect(files.length).toBeGreaterThan(0);
        return files;
      });
      expect((await stat(join(mailDir, file))).mode & 0o777).toBe(0o600);
    } finally {
      await app.close();
    }
  });

  it('answers an address that asks for certificates too often with 429 and when to come back', async () => {
    const app = await TestApp.start();
    try {
      const statuses = [];
      for (let i = 0; i < 121; i++) statuses.push((await fetch(`${app.url}/verify/QWERTYZXCVBN`)).status);
      expect(statuses.slice(0, 120).every((status) => status === 404)).toBe(true);
      const refused = await fetch(`${app.url}/certificates/QWERTYZXCVBN.pdf`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
