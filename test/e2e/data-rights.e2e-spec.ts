import type { ChildProcess } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { DataSource } from 'typeorm';
import type { CohortEntity } from '@sanggar/cohorts';
import { Role } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import { ERASED_TEXT } from '@sanggar/privacy';
import type { Person } from '../support/factories.js';
import { TestApp, codes, eventually } from '../support/harness.js';
import { freePort, printed, startProcess } from '../support/processes.js';
import { at, day } from '../support/time.js';

const ERASE = `mutation($input: ErasePersonInput!) { erasePerson(input: $input) { id fullName email active } }`;
const AUDIT = `query($personId: ID) { auditLog(personId: $personId) { action actor { id } subject { id } hubId cohortId count reason } }`;
const ROSTER = `query($id: ID!) { cohort(id: $id) {
  enrollments { edges { node { status trainee { id fullName email } progress { attendanceRate finalScore eligible assignmentsPassed }
    submissions { content grade { score feedback } } } } } } }`;
const REPORT_URL = `query($id: ID!) { cohort(id: $id) { progressReportUrl(format: CSV) } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { valid status holderName } }`;
const MEMBERS = `query($hubId: ID!) { members(hubId: $hubId) { totalCount edges { node { fullName email } } } }`;
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;

interface Row {
  status: string;
  trainee: { id: string; fullName: string; email: string | null };
  progress: { attendanceRate: number; finalScore: number; eligible: boolean; assignmentsPassed: number };
  submissions: { content: string; grade: { score: number; feedback: string | null } | null }[];
}

describe('data rights (UU PDP): erasure and the audit log', () => {
  let app: TestApp;
  let hub: HubEntity;
  let admin: Person;
  let coordinator: Person;
  let mentor: Person;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true, env: { NOTIFICATION_EMAIL_DELAY_SECONDS: '1' } });
    hub = await app.factory.hub({ name: 'Hetero Space Solo', city: 'Surakarta' });
    [admin, coordinator, mentor] = await Promise.all([app.factory.admin(), app.factory.coordinator(hub.id), app.factory.mentor(hub.id)]);
  });
  afterAll(() => app.close());

  const db = () => app.get(DataSource);
  const roster = async (cohortId: string) =>
    (
      await app.as(coordinator).gql<{ cohort: { enrollments: { edges: { node: Row }[] } } }>(ROSTER, { id: cohortId })
    ).data!.cohort.enrollments.edges.map((edge) => edge.node);
  const reportOf = async (cohortId: string) => {
    const url = (await app.as(coordinator).gql<{ cohort: { progressReportUrl: string } }>(REPORT_URL, { id: cohortId })).data!.cohort
      .progressReportUrl;
    return (await fetch(`${app.url}${url}`)).text();
  };
  /** A report's numbers, without the two columns that name the person. */
  const numbersOf = (csv: string) =>
    csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',').slice(2).join(','))
      .sort();

  /** A completed cohort with a certificate, a graded submission with feedback and an excused absence; and a running one. */
  async function journeyOf(target: Person, other: Person): Promise<{ completed: CohortEntity; running: CohortEntity; code: string }> {
    const curriculum = await app.factory.publishedCurriculum(hub.id, {
      rule: { minAttendanceRate: 0, minFinalScore: 60 },
      assignments: [{ title: 'Kanvas', rubric: [10] }],
    });
    const completed = await app.factory.cohort(hub.id, { curriculumId: curriculum.id, startsOn: day(-33), endsOn: day(-6) });
    const running = await app.factory.cohort(hub.id);
    const people = [target.user.id, other.user.id];
    await app.factory.enroll(completed.id, people);
    await app.factory.enroll(running.id, people);
    for (const cohort of [completed, running])
      await app.as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
    const room = await app.factory.room(hub.id);
    const [{ id: sessionId }] = await db().query<{ id: string }[]>(
      `INSERT INTO session (cohort_id, title, room_id, starts_at, ends_at) VALUES ($1, 'Pitching', $2, $3, $4) RETURNING id`,
      [completed.id, room.id, at(-10, '09:00'), at(-10, '11:00')],
    );
    await db().query(
      `INSERT INTO attendance_record (session_id, trainee_id, status, source, note, recorded_at)
       VALUES ($1, $2, 'EXCUSED', 'MANUAL', 'Dirawat karena tifus', now()), ($1, $3, 'PRESENT', 'MANUAL', NULL, now())`,
      [sessionId, target.user.id, other.user.id],
    );
    await db().query(
      `WITH subs AS (
         INSERT INTO submission (enrollment_id, assignment_id, attempt, content, status)
         SELECT e.id, a.id, 1, 'Kanvas usaha batik milik ' || u.full_name, 'GRADED'
           FROM enrollment e JOIN "user" u ON u.id = e.trainee_id JOIN curriculum_module m ON m.curriculum_id = $2
           JOIN assignment a ON a.module_id = m.id WHERE e.cohort_id = $1 RETURNING id)
       INSERT INTO grade (submission_id, score, resubmission_requested, graded_by, feedback)
       SELECT id, 70 + row_number() OVER (ORDER BY id) * 5, false, $3, 'Bagus, perjelas harga' FROM subs`,
      [completed.id, curriculum.id, mentor.user.id],
    );
    const [{ id: startupId }] = await db().query<{ id: string }[]>(
      `INSERT INTO startup (hub_id, name, sector) VALUES ($1, 'Batik ' || $2, 'Fesyen') RETURNING id`,
      [hub.id, target.user.id],
    );
    await db().query(`INSERT INTO startup_member (startup_id, trainee_id) VALUES ($1, $2), ($1, $3)`, [
      startupId,
      target.user.id,
      other.user.id,
    ]);
    const [{ id: slotId }] = await db().query<{ id: string }[]>(
      `INSERT INTO office_hour_slot (id, mentor_id, room_id, starts_at, ends_at) VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING id`,
      [mentor.user.id, room.id, at(-12, '13:00'), at(-12, '14:00')],
    );
    await db().query(`INSERT INTO office_hour_booking (slot_id, startup_id, agenda, booked_by) VALUES ($1, $2, $3, $4)`, [
      slotId,
      startupId,
      `Strategi harga untuk ${target.user.fullName}`,
      target.user.id,
    ]);
    await db().query(
      `INSERT INTO lesson_completion (enrollment_id, lesson_id, completed_at)
       SELECT e.id, l.id, $3 FROM enrollment e JOIN curriculum_module m ON m.curriculum_id = $2 JOIN lesson l ON l.module_id = m.id
        WHERE e.cohort_id = $1`,
      [completed.id, curriculum.id, at(-20, '10:00')],
    );
    await db().query(`INSERT INTO notification_opt_out (user_id, category) VALUES ($1, 'GRADES')`, [target.user.id]);
    await app.as(coordinator).gql(`mutation($id: ID!) { completeCohort(id: $id) { id } }`, { id: completed.id });
    const certificate = await eventually(async () => {
      const [row] = await db().query<{ verification_code: string }[]>(
        `SELECT verification_code FROM certificate WHERE holder_id = $1 AND status = 'VALID'`,
        [target.user.id],
      );
      expect(row).toBeDefined();
      return row;
    }, 20_000);
    return { completed, running, code: certificate.verification_code };
  }

  it('anonymises the person, keeps cohort statistics true, revokes their certificates, and shows their name or email nowhere', async () => {
    const target = await app.factory.trainee(hub.id, { fullName: 'Rina Kusumawati Lestari' });
    const other = await app.factory.trainee(hub.id, { fullName: 'Dimas Anggara Putra' });
    const { completed, running, code } = await journeyOf(target, other);
    const secrets = [
      target.user.fullName,
      target.email,
      'Rina Kusumawati',
      'Dirawat karena tifus',
      'Kanvas usaha batik milik Rina',
      'Strategi harga untuk Rina',
    ];
    const feed = (await app.as(target).gql<{ revokeCalendarFeed: string }>(`mutation { revokeCalendarFeed }`)).data!.revokeCalendarFeed;
    expect((await fetch(feed)).status).toBe(200);
    const before = await roster(completed.id);
    const reportBefore = await reportOf(completed.id);
    expect(reportBefore).toContain(target.user.fullName);

    // Refused: not an admin; a confirmation that is not their email. Nothing changes.
    const asCoordinator = await app.as(coordinator).gql(ERASE, {
      input: { userId: target.user.id, reason: 'HOLDER_REQUEST', confirmEmail: target.email },
    });
    expect(codes(asCoordinator)).toEqual(['FORBIDDEN']);
    const mistyped = await app.as(admin).gql(ERASE, {
      input: { userId: target.user.id, reason: 'HOLDER_REQUEST', confirmEmail: other.email },
    });
    expect(codes(mistyped)).toEqual(['BAD_USER_INPUT']);
    expect(await roster(completed.id)).toEqual(before);
    await expect(
      db().query(`SELECT count(*)::int AS n FROM audit_entry WHERE subject_id = $1 AND action = 'PERSON_ERASED'`, [target.user.id]),
    ).resolves.toEqual([{ n: 0 }]);

    // Erased through a real api process, whose log lines are read.
    let api: ChildProcess | undefined;
    let log = '';
    try {
      const port = await freePort();
      api = startProcess(app, 'api', { PORT: String(port), LOG_LEVEL: 'info' });
      api.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      await printed(api, 'Sanggar is ready');
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
        body: JSON.stringify({
          query: ERASE,
          variables: { input: { userId: target.user.id, reason: 'HOLDER_REQUEST', confirmEmail: ` ${target.email.toUpperCase()} ` } },
        }),
      });
      const erased = (await response.json()) as { data: { erasePerson: { fullName: string; email: string; active: boolean } } };
      expect(erased.data.erasePerson).toMatchObject({ fullName: expect.stringMatching(/^Peserta terhapus #\d+$/), active: false });
      expect(erased.data.erasePerson.email).toMatch(/^erased-\d+@sanggar\.invalid$/);
      // Log lines are written asynchronously: read them before the process ends.
      await eventually(() => expect(log).toContain('person erased'));
    } finally {
      api?.kill('SIGTERM');
    }
    for (const secret of secrets) expect(log).not.toContain(secret);

    // Statistics: the same rows and numbers, under the anonymous name; what they wrote and what was written about them is gone.
    const after = await roster(completed.id);
    const erasedRow = after.find((row) => row.trainee.id === target.user.id)!;
    expect(erasedRow.trainee.fullName).toMatch(/^Peserta terhapus #\d+$/);
    expect(erasedRow.submissions).toEqual([{ content: ERASED_TEXT, grade: { score: expect.any(Number), feedback: null } }]);
    expect(after.map((row) => ({ ...row.progress, status: row.status }))).toEqual(
      before.map((row) => ({ ...row.progress, status: row.status })),
    );
    expect(after.map((row) => row.submissions[0].grade!.score)).toEqual(before.map((row) => row.submissions[0].grade!.score));
    const reportAfter = await reportOf(completed.id);
    expect(numbersOf(reportAfter)).toEqual(numbersOf(reportBefore));
    await expect(db().query(`SELECT status, note FROM attendance_record WHERE trainee_id = $1`, [target.user.id])).resolves.toEqual([
      { status: 'EXCUSED', note: '' },
    ]);
    // The seat in the running cohort is given up; the finished cohort keeps its enrollment.
    await expect(
      db().query(`SELECT cohort_id, status FROM enrollment WHERE trainee_id = $1 ORDER BY status`, [target.user.id]),
    ).resolves.toEqual([
      { cohort_id: completed.id, status: before.find((row) => row.trainee.id === target.user.id)!.status },
      { cohort_id: running.id, status: 'WITHDRAWN' },
    ]);

    // Certificates: revoked, verifiable as such, with no name, no credential and no PDF.
    const verified = await app.gql<{ verifyCertificate: { valid: boolean; status: string; holderName: string } }>(VERIFY, { code });
    expect(verified.data!.verifyCertificate).toMatchObject({ valid: false, status: 'REVOKED', holderName: erasedRow.trainee.fullName });
    const page = await (await fetch(`${app.url}/verify/${code}`)).text();
    expect(page).toContain('DICABUT');
    expect((await fetch(`${app.url}/certificates/${code}/credential.json`)).status).toBe(404);
    expect((await fetch(`${app.url}/certificates/${code}.pdf`)).status).toBe(404);
    await expect(db().query(`SELECT revoked_reason FROM certificate WHERE verification_code = $1`, [code])).resolves.toEqual([
      { revoked_reason: expect.stringContaining('withdrawn at the holder’s request') },
    ]);

    // No login, no session, no calendar feed.
    expect((await fetch(feed)).status).toBe(404);
    expect(codes(await app.as(target).gql(`{ me { id } }`))).toEqual(['UNAUTHENTICATED']);
    expect(
      codes(
        await app.gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
          input: { email: target.email, password: target.password },
        }),
      ),
    ).toEqual(['UNAUTHENTICATED']);

    // A session scheduled afterwards emails the others, not the erased person; no email names them.
    const mailsBefore = app.mail.all().length;
    const scheduled = await app.as(coordinator).gql(SCHEDULE, {
      input: {
        cohortId: running.id,
        title: 'Kelas harga',
        roomId: (await app.factory.room(hub.id)).id,
        startsAt: at(3, '09:00'),
        endsAt: at(3, '11:00'),
      },
    });
    expect(scheduled.errors).toBeUndefined();
    await eventually(() => expect(app.mail.to(other.email).some((mail) => /Kelas harga/.test(mail.subject ?? ''))).toBe(true), 20_000);
    const everyMail = app.mail.all();
    expect(everyMail.slice(mailsBefore).filter((mail) => JSON.stringify(mail.to).includes('sanggar.invalid'))).toEqual([]);
    for (const mail of everyMail.slice(mailsBefore)) for (const secret of secrets) expect(JSON.stringify(mail)).not.toContain(secret);

    // Everything a coordinator or admin can read: no name, no email.
    const reads = [
      JSON.stringify(after),
      reportAfter,
      page,
      JSON.stringify(await app.as(coordinator).gql(MEMBERS, { hubId: hub.id })),
      JSON.stringify(await app.as(admin).gql(`query($id: ID!) { person(id: $id) { fullName email } }`, { id: target.user.id })),
      JSON.stringify(await db().query(`SELECT params FROM notification`)),
    ];
    for (const read of reads) for (const secret of secrets) expect(read).not.toContain(secret);

    // Exactly one audit entry, with the reason and no personal data; a second erasure finds no one.
    const audit = await app.as(admin).gql<{ auditLog: unknown[] }>(AUDIT, { personId: target.user.id });
    expect(audit.data!.auditLog).toEqual([
      {
        action: 'PERSON_ERASED',
        actor: { id: admin.user.id },
        subject: { id: target.user.id },
        hubId: null,
        cohortId: null,
        count: null,
        reason: 'HOLDER_REQUEST',
      },
    ]);
    const again = await app
      .as(admin)
      .gql(ERASE, { input: { userId: target.user.id, reason: 'HOLDER_REQUEST', confirmEmail: target.email } });
    expect(codes(again)).toEqual(['NOT_FOUND']);
    expect(codes(await app.as(coordinator).gql(AUDIT, { personId: target.user.id }))).toEqual(['FORBIDDEN']);
  });

  it('leaves exactly one audit entry per audited action, and none for a refused one', async () => {
    const target = await app.factory.trainee(hub.id);
    const other = await app.factory.trainee(hub.id);
    const { completed } = await journeyOf(target, other);
    const [{ id: certificateId }] = await db().query<{ id: string }[]>(`SELECT id FROM certificate WHERE holder_id = $1`, [target.user.id]);
    const since = new Date();
    const ok = (response: { errors?: unknown }) => expect(response.errors).toBeUndefined();

    ok(await app.as(target).gql(`mutation { updateMyProfile(input: { fullName: "Rina K. Lestari" }) { id } }`));
    ok(
      await app
        .as(coordinator)
        .gql(`mutation($id: ID!) { updateUser(id: $id, input: { fullName: "Rina Kusuma Lestari" }) { id } }`, { id: target.user.id }),
    );
    ok(await app.as(coordinator).gql(`mutation($id: ID!) { reissueCertificate(id: $id) { id } }`, { id: certificateId }));
    ok(await app.as(coordinator).gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: other.user.id }));
    ok(await app.as(coordinator).gql(`mutation($id: ID!) { reactivateUser(id: $id) { id } }`, { id: other.user.id }));
    ok(await app.as(coordinator).gql(MEMBERS, { hubId: hub.id }));
    await reportOf(completed.id);
    const archive = await app
      .as(coordinator)
      .gql<{ cohort: { certificateBatch: { pdfArchiveUrl: string } } }>(
        `query($id: ID!) { cohort(id: $id) { certificateBatch { pdfArchiveUrl } } }`,
        {
          id: completed.id,
        },
      );
    expect((await fetch(`${app.url}${archive.data!.cohort.certificateBatch.pdfArchiveUrl}`)).status).toBe(200);
    // Refused actions leave nothing.
    expect(
      codes(
        await app.as(mentor).gql(`mutation($id: ID!) { updateUser(id: $id, input: { fullName: "X" }) { id } }`, { id: target.user.id }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await app.as(mentor).gql(MEMBERS, { hubId: hub.id }))).toEqual(['FORBIDDEN']);

    const entries = await db().query<
      { action: string; actor_id: string; subject_id: string | null; cohort_id: string | null; count: number | null }[]
    >(
      `SELECT action, actor_id, subject_id, cohort_id, count FROM audit_entry WHERE at >= $1 AND actor_id = ANY($2::uuid[]) ORDER BY action`,
      [since, [target.user.id, coordinator.user.id, mentor.user.id]],
    );
    const count = (await db().query<{ n: number }[]>(`SELECT count(*)::int AS n FROM enrollment WHERE cohort_id = $1`, [completed.id]))[0]
      .n;
    expect(entries).toEqual([
      { action: 'CERTIFICATE_REISSUED', actor_id: coordinator.user.id, subject_id: target.user.id, cohort_id: null, count: null },
      {
        action: 'COHORT_CERTIFICATES_DOWNLOADED',
        actor_id: coordinator.user.id,
        subject_id: null,
        cohort_id: completed.id,
        count: expect.any(Number),
      },
      { action: 'COHORT_REPORT_DOWNLOADED', actor_id: coordinator.user.id, subject_id: null, cohort_id: completed.id, count },
      { action: 'MEMBERS_LISTED', actor_id: coordinator.user.id, subject_id: null, cohort_id: null, count: expect.any(Number) },
      { action: 'NAME_CORRECTED', actor_id: coordinator.user.id, subject_id: target.user.id, cohort_id: null, count: null },
      { action: 'PERSON_DEACTIVATED', actor_id: coordinator.user.id, subject_id: other.user.id, cohort_id: null, count: null },
      { action: 'PERSON_REACTIVATED', actor_id: coordinator.user.id, subject_id: other.user.id, cohort_id: null, count: null },
      { action: 'PROFILE_CORRECTED', actor_id: target.user.id, subject_id: target.user.id, cohort_id: null, count: null },
    ]);

    // Admins list it by person and time, newest first; the entries carry ids, never the names themselves.
    const byPerson = await app.as(admin).gql<{ auditLog: { action: string }[] }>(AUDIT, { personId: target.user.id });
    expect(byPerson.data!.auditLog.map((entry) => entry.action)).toEqual(['CERTIFICATE_REISSUED', 'NAME_CORRECTED', 'PROFILE_CORRECTED']);
    const later = await app.as(admin).gql<{ auditLog: unknown[] }>(`query($from: DateTime) { auditLog(from: $from) { action } }`, {
      from: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(later.data!.auditLog).toEqual([]);
    const stored = JSON.stringify(await db().query(`SELECT * FROM audit_entry WHERE subject_id = $1`, [target.user.id]));
    for (const secret of ['Rina', target.email]) expect(stored).not.toContain(secret);
  });

  it('exports everything about a person, and nothing of anyone else, through a link that works once', async () => {
    const target = await app.factory.trainee(hub.id, { fullName: 'Sekar Ayu Wulandari' });
    const other = await app.factory.trainee(hub.id, { fullName: 'Bagus Hartono Wibowo' });
    const { code } = await journeyOf(target, other);

    const requested = await app
      .as(target)
      .gql<{ requestDataExport: { id: string; status: string } }>(`mutation { requestDataExport { id status requestedAt expiresAt } }`);
    expect(requested.data!.requestDataExport.status).toBe('PREPARING');
    const mail = await eventually(() => {
      const [found] = app.mail.to(target.email).filter((message) => message.subject === 'Salinan data Anda sudah siap');
      expect(found).toBeDefined();
      return found;
    }, 20_000);
    const link = /(https?:\/\/\S+\/exports\/\S+)/.exec(mail.text!)![1];
    const listed = await app
      .as(target)
      .gql<{ myDataExports: { status: string; expiresAt: string }[] }>(`{ myDataExports { status expiresAt } }`);
    expect(listed.data!.myDataExports).toEqual([{ status: 'READY', expiresAt: expect.stringMatching(/\+07:00$/) }]);

    // Opening the link only asks (mail scanners open links); the button downloads, once.
    for (let i = 0; i < 2; i++) expect(await (await fetch(link)).text()).toContain('<form method="post">');
    const response = await fetch(link, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect((await fetch(link, { method: 'POST' })).status).toBe(404);
    expect((await fetch(link)).status).toBe(404);

    const json = (name: string) => JSON.parse(strFromU8(files[`${name}.json`])) as Record<string, unknown>[];
    expect(json('profile')).toEqual([expect.objectContaining({ full_name: target.user.fullName, email: target.email })]);
    expect(json('hub-memberships')).toEqual([expect.objectContaining({ hub: hub.name })]);
    expect(json('enrollments')).toHaveLength(2);
    expect(json('attendance')).toEqual([expect.objectContaining({ status: 'EXCUSED', note: 'Dirawat karena tifus' })]);
    expect(json('lesson-completions')).toHaveLength(1);
    expect(json('submissions')).toEqual([
      expect.objectContaining({
        content: `Kanvas usaha batik milik ${target.user.fullName}`,
        feedback: 'Bagus, perjelas harga',
        rubric: null,
      }),
    ]);
    expect(json('certificates')).toEqual([expect.objectContaining({ verification_code: code, holder_name: target.user.fullName })]);
    expect(strFromU8(files[`certificates/${code}.pdf`].subarray(0, 5))).toBe('%PDF-');
    expect(JSON.parse(strFromU8(files[`certificates/${code}.credential.json`]))).toMatchObject({
      type: expect.arrayContaining(['OpenBadgeCredential']),
    });
    expect(json('startup-memberships')).toEqual([expect.objectContaining({ sector: 'Fesyen' })]);
    expect(json('office-hour-bookings')).toEqual([expect.objectContaining({ agenda: `Strategi harga untuk ${target.user.fullName}` })]);
    expect(json('logins').length).toBeGreaterThanOrEqual(1);
    expect(json('notification-preferences')).toEqual([expect.objectContaining({ category: 'GRADES' })]);
    const summary = strFromU8(files['index.html']);
    expect(summary).toContain('Data Anda di Sanggar');
    expect(summary).toContain('Dirawat karena tifus');

    // Nothing of anyone else: the other trainee's name, email and writing; the mentor's and coordinator's names.
    const everything = Object.values(files)
      .map((content) => Buffer.from(content).toString('latin1'))
      .join('\n');
    for (const foreign of [
      other.user.fullName,
      other.email,
      `milik ${other.user.fullName}`,
      mentor.user.fullName,
      mentor.email,
      coordinator.email,
    ])
      expect(everything).not.toContain(foreign);

    const after = await app.as(target).gql<{ myDataExports: { status: string }[] }>(`{ myDataExports { status } }`);
    expect(after.data!.myDataExports).toEqual([{ status: 'DOWNLOADED' }]);
    await expect(db().query(`SELECT action FROM audit_entry WHERE subject_id = $1 ORDER BY at`, [target.user.id])).resolves.toEqual([
      { action: 'DATA_EXPORT_REQUESTED' },
      { action: 'DATA_EXPORT_DOWNLOADED' },
    ]);
    await expect(db().query(`SELECT archive FROM data_export WHERE user_id = $1`, [target.user.id])).resolves.toEqual([{ archive: null }]);

    // Three a day: the fourth is refused with when to come back.
    for (let i = 0; i < 2; i++) expect((await app.as(target).gql(`mutation { requestDataExport { id } }`)).errors).toBeUndefined();
    const fourth = await app.as(target).gql(`mutation { requestDataExport { id } }`);
    expect(codes(fourth)).toEqual(['FORBIDDEN']);
    expect(fourth.errors![0].message).toMatch(/3 salinan hari ini/);
  });

  it('records consent: the privacy notice accepted at sign-up or first login; a guardian’s consent before a minor is enrolled', async () => {
    const version = (await app.gql<{ privacyNoticeVersion: string }>(`{ privacyNoticeVersion }`)).data!.privacyNoticeVersion;
    const signUp = await app.gql(`mutation($input: RegisterInput!) { register(input: $input) }`, {
      input: {
        email: `daftar-${Date.now()}@contoh.id`,
        password: 'batik-kawung-solo-2026',
        fullName: 'Laras Setyaningsih',
        hubId: hub.id,
        acceptPrivacyNotice: true,
      },
    });
    expect(signUp.errors).toBeUndefined();
    await expect(
      db().query(
        `SELECT privacy_notice_version, privacy_notice_accepted_at IS NOT NULL AS accepted FROM "user" WHERE full_name = 'Laras Setyaningsih'`,
      ),
    ).resolves.toEqual([{ privacy_notice_version: version, accepted: true }]);

    // An account made by a coordinator accepts at its first login.
    const trainee = await app.factory.trainee(hub.id, { fullName: 'Putu Ayu Maharani', privacyNoticeAccepted: false });
    const ME = `{ me { privacyNoticeAccepted birthYear } }`;
    expect((await app.as(trainee).gql(ME)).data).toEqual({ me: { privacyNoticeAccepted: false, birthYear: null } });
    expect(codes(await app.as(trainee).gql(`mutation { acceptPrivacyNotice(version: "2020-01") { id } }`))).toEqual(['BAD_USER_INPUT']);
    const accepted = await app
      .as(trainee)
      .gql(`mutation($v: String!) { acceptPrivacyNotice(version: $v) { privacyNoticeAccepted } }`, { v: version });
    expect(accepted.data).toEqual({ acceptPrivacyNotice: { privacyNoticeAccepted: true } });
    const PERSON = `query($id: ID!) { person(id: $id) { privacyNoticeAccepted birthYear needsGuardianConsent guardianConsent { guardianName consentedOn } } }`;
    expect((await app.as(coordinator).gql(PERSON, { id: trainee.user.id })).data).toEqual({
      person: { privacyNoticeAccepted: null, birthYear: null, needsGuardianConsent: false, guardianConsent: null },
    });

    // Sixteen this year: a guardian must consent before enrollment.
    const birthYear = new Date().getFullYear() - 16;
    expect(codes(await app.as(trainee).gql(`mutation { updateMyProfile(input: { birthYear: 1800 }) { id } }`))).toEqual(['BAD_USER_INPUT']);
    await app.as(trainee).gql(`mutation($y: Int!) { updateMyProfile(input: { birthYear: $y }) { id } }`, { y: birthYear });
    const cohort = await app.factory.cohort(hub.id);
    const ENROLL = `mutation($input: EnrollInput!) { enrollTrainee(input: $input) { status } }`;
    const refused = await app.as(coordinator).gql(ENROLL, { input: { cohortId: cohort.id, traineeId: trainee.user.id } });
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors![0].message).toMatch(/persetujuan orang tua atau walinya/);
    const many = await app
      .as(coordinator)
      .gql<{ enrollMany: { outcome: string }[] }>(`mutation($input: EnrollManyInput!) { enrollMany(input: $input) { outcome } }`, {
        input: { cohortId: cohort.id, traineeIds: [trainee.user.id] },
      });
    expect(many.data!.enrollMany).toEqual([{ outcome: 'GUARDIAN_CONSENT_NEEDED' }]);
    expect((await app.as(coordinator).gql(PERSON, { id: trainee.user.id })).data).toMatchObject({
      person: { birthYear, needsGuardianConsent: true, guardianConsent: null },
    });

    const RECORD = `mutation($input: RecordGuardianConsentInput!) { recordGuardianConsent(input: $input) { id } }`;
    const tomorrow = day(1);
    expect(
      codes(
        await app.as(coordinator).gql(RECORD, { input: { userId: trainee.user.id, guardianName: 'Made Wirawan', consentedOn: tomorrow } }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await app.as(mentor).gql(RECORD, { input: { userId: trainee.user.id, guardianName: 'Made Wirawan', consentedOn: day(0) } })),
    ).toEqual(['FORBIDDEN']);
    expect(
      (await app.as(coordinator).gql(RECORD, { input: { userId: trainee.user.id, guardianName: ' Made Wirawan ', consentedOn: day(0) } }))
        .errors,
    ).toBeUndefined();
    expect((await app.as(coordinator).gql(PERSON, { id: trainee.user.id })).data).toMatchObject({
      person: { needsGuardianConsent: false, guardianConsent: { guardianName: 'Made Wirawan', consentedOn: day(0) } },
    });
    expect((await app.as(coordinator).gql(ENROLL, { input: { cohortId: cohort.id, traineeId: trainee.user.id } })).data).toEqual({
      enrollTrainee: { status: 'ENROLLED' },
    });
    await expect(
      db().query(`SELECT action, actor_id FROM audit_entry WHERE subject_id = $1 AND action = 'GUARDIAN_CONSENT_RECORDED'`, [
        trainee.user.id,
      ]),
    ).resolves.toEqual([{ action: 'GUARDIAN_CONSENT_RECORDED', actor_id: coordinator.user.id }]);
  });

  it('refuses to erase an admin', async () => {
    const other = await app.factory.person(Role.ADMIN);
    const response = await app
      .as(admin)
      .gql(ERASE, { input: { userId: other.user.id, reason: 'DUPLICATE_ACCOUNT', confirmEmail: other.email } });
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });
});
