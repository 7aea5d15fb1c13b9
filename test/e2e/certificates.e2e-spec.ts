import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { DataSource } from 'typeorm';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022CryptoSuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { IssueCertificateHandler, SendCertificateEmailHandler, verifierDocumentLoader, verifyCredential } from '@sanggar/certificates';
import type { CohortEntity } from '@sanggar/cohorts';
import { Role } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import type { Person } from '../support/factories.js';
import { accessibilityProblems } from '../support/browser.js';
import { TestApp, clearRedisPrefix, codes, eventually } from '../support/harness.js';
import { at, day, longDay } from '../support/time.js';

const COMPLETE = `mutation($id: ID!) { completeCohort(id: $id) { id status total issued ineligible failed cohort { id status } } }`;
const BATCH = `query($id: ID!) { cohort(id: $id) { status certificateBatch { id status total issued ineligible failed } } }`;
const MINE = `{ myCertificates { id verificationCode holderName cohortName curriculumTitle hubName finalScore attendanceRate issuedAt status pdfUrl credentialUrl verifyUrl } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { valid status holderName curriculumTitle cohortName hubName issuedAt } }`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id status } }`;
const ARCHIVE = `query($id: ID!) { cohort(id: $id) { certificateBatch { pdfArchiveUrl } } }`;
const REISSUE = `mutation($id: ID!) { reissueCertificate(id: $id) { id status verificationCode holderName } }`;

interface Certificate {
  id: string;
  verificationCode: string;
  holderName: string;
  status: string;
  pdfUrl: string;
  credentialUrl: string;
  verifyUrl: string;
  issuedAt: string;
}

interface Batch {
  id: string;
  status: string;
  total: number;
  issued: number;
  ineligible: number;
  failed: number;
}

/** Share of dark pixels on the PDF's first page, rendered by pdftoppm (poppler) as a greyscale PGM. */
function darkShare(pdf: Buffer): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '30', '-singlefile', '-'], { input: pdf });
  const header = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(pgm.length - width * height);
  return pixels.filter((value) => value < 128).length / pixels.length;
}

describe('certificates', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    hub = await app.factory.hub({ name: 'Hetero Space Banyumas', city: 'Purwokerto' });
    coordinator = await app.factory.coordinator(hub.id);
  });
  afterAll(() => app.close());

  const as = (person: Person) => app.as(person);
  const db = () => app.get(DataSource);

  /** Revoked or not, as a third-party verifier learns it: the status list fetched from its URL, its signature checked. */
  async function revocationStatus(credential: object): Promise<boolean> {
    const documentLoader = verifierDocumentLoader(async (url) => (await (await fetch(url)).json()) as object);
    const result = await checkStatus({
      credential,
      documentLoader,
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022CryptoSuite }),
    });
    if (!result.verified) throw result.error ?? new Error('status not verified');
    return result.results!.every((entry) => entry.status);
  }

  /**
   * A running cohort whose completion rule needs its one assignment passed: `eligible` trainees get
   * a passing grade, `ineligible` ones never submit.
   */
  async function cohortToComplete(
    eligible: number,
    ineligible: number,
  ): Promise<{ cohort: CohortEntity; eligible: Person[]; ineligible: Person[] }> {
    const curriculum = await app.factory.publishedCurriculum(hub.id, {
      title: 'Dasar Bisnis Kreatif',
      description: 'Enam minggu dari ide ke usaha kreatif.',
      rule: { minAttendanceRate: 0, minFinalScore: 60 },
      assignments: [{ title: 'Kanvas', rubric: [10] }],
    });
    const cohort = await app.factory.cohort(hub.id, {
      curriculumId: curriculum.id,
      capacity: eligible + ineligible,
      name: 'Angkatan Sertifikat',
      startsOn: day(-33),
      endsOn: day(-6),
    });
    const people = async (count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          app.factory.person(Role.TRAINEE, hub.id, { fullName: `Peserta Lulus ${i} ${Math.random().toString(36).slice(2, 6)}` }),
        ),
      );
    const passing = await people(eligible);
    const failing = await people(ineligible);
    await app.factory.enroll(
      cohort.id,
      [...passing, ...failing].map((p) => p.user.id),
    );
    await as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
    await db().query(
      `WITH subs AS (
         INSERT INTO submission (enrollment_id, assignment_id, attempt, content, status)
         SELECT e.id, a.id, 1, 'Kanvas', 'GRADED' FROM enrollment e JOIN curriculum_module m ON m.curriculum_id = $2 JOIN assignment a ON a.module_id = m.id WHERE e.cohort_id = $1 AND e.trainee_id = ANY($3::uuid[]) RETURNING id)
       INSERT INTO grade (submission_id, score, resubmission_requested, graded_by) SELECT id, 85, false, $4 FROM subs`,
      [cohort.id, curriculum.id, passing.map((p) => p.user.id), coordinator.user.id],
    );
    return { cohort, eligible: passing, ineligible: failing };
  }

  /**
   * How long a certificate's jobs (issuing, then drawing the PDF and sending the email) may take: in a
   * full run beside the browser suites on a slow machine, one took over 10 s, and on a slower one the
   * emails were still being sent after 20 s (the same test alone: 11.5 s). A deadline, not a speed goal.
   */
  const JOBS_WAIT_MS = 45_000;

  const waitForBatch = (cohortId: string, timeoutMs = JOBS_WAIT_MS) =>
    eventually(async () => {
      const state = await as(coordinator).gql<{ cohort: { status: string; certificateBatch: Batch } }>(BATCH, { id: cohortId });
      expect(state.data?.cohort.certificateBatch.status).toBe('COMPLETED');
      return state.data!.cohort.certificateBatch;
    }, timeoutMs);

  it('issues certificates to the eligible trainees of a completed cohort: PDF, signed credential, email, public verification', async () => {
    const { cohort, eligible, ineligible } = await cohortToComplete(3, 2);
    const completed = await as(coordinator).gql<{ completeCohort: Batch & { cohort: { status: string } } }>(COMPLETE, { id: cohort.id });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeCohort).toMatchObject({ total: 5, cohort: { status: 'COMPLETED' } });
    const again = await as(coordinator).gql<{ completeCohort: Batch }>(COMPLETE, { id: cohort.id });
    expect(again.data!.completeCohort.id).toBe(completed.data!.completeCohort.id);

    expect(await waitForBatch(cohort.id)).toMatchObject({ total: 5, issued: 3, ineligible: 2, failed: 0 });

    for (const person of ineligible) expect((await as(person).gql<{ myCertificates: unknown[] }>(MINE)).data!.myCertificates).toEqual([]);
    const trainee = eligible[0];
    const [certificate] = (await as(trainee).gql<{ myCertificates: Certificate[] }>(MINE)).data!.myCertificates;
    expect(certificate).toMatchObject({
      holderName: trainee.user.fullName,
      cohortName: 'Angkatan Sertifikat',
      curriculumTitle: 'Dasar Bisnis Kreatif',
      hubName: 'Hetero Space Banyumas',
      finalScore: 85,
      status: 'VALID',
      verifyUrl: `${app.url}/verify/${certificate.verificationCode}`,
    });
    expect(certificate.verificationCode).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    expect(certificate.issuedAt).toMatch(/\+07:00$/);

    // One email per certificate, with the links.
    for (const person of eligible) {
      await eventually(
        () => expect(app.mail.to(person.email).filter((mail) => mail.subject?.startsWith('Sertifikat Anda'))).toHaveLength(1),
        JOBS_WAIT_MS,
      );
    }
    const mail = app.mail.to(trainee.email).find((m) => m.subject?.startsWith('Sertifikat Anda'))!;
    expect(mail.text).toContain(certificate.verifyUrl);

    // The PDF: one landscape page with embedded fonts.
    const pdf = await fetch(certificate.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = bytes.toString('latin1');
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(text).toContain('/FontFile2');
    expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.28/);
    expect(darkShare(bytes)).toBeGreaterThan(0.01);

    // The credential verifies offline against the issuer's published key; any changed claim breaks it.
    const credential = (await (await fetch(certificate.credentialUrl)).json()) as Record<string, unknown> & {
      issuer: { id: string };
      credentialSubject: { name: string; achievement: { id: string; name: string }; identifier: { identityHash: string; salt: string }[] };
      proof: { type: string; cryptosuite: string };
    };
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.credentialSubject).toMatchObject({
      type: ['AchievementSubject'],
      name: trainee.user.fullName,
      achievement: { type: ['Achievement'], name: 'Dasar Bisnis Kreatif' },
    });
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
    // The subject is identified (Open Badges 3.0) by the salted hash of their email: the holder proves it by telling it.
    const [identity] = credential.credentialSubject.identifier;
    expect(identity).toMatchObject({ type: 'IdentityObject', identityType: 'emailAddress', hashed: true });
    expect(identity.identityHash).toBe(
      `sha256$${createHash('sha256')
        .update(trainee.email + identity.salt)
        .digest('hex')}`,
    );
    expect(JSON.stringify(credential)).not.toContain(trainee.email);
    // The achievement's id answers with what the credential says of it.
    const achievement = await fetch(credential.credentialSubject.achievement.id);
    expect(achievement.status).toBe(200);
    expect(await achievement.json()).toMatchObject({ id: credential.credentialSubject.achievement.id, name: 'Dasar Bisnis Kreatif' });
    // A person following the same addresses in a browser reads a page.
    const asBrowser = { headers: { accept: 'text/html,application/xhtml+xml', 'accept-language': 'en' } };
    const achievementPage = await (await fetch(credential.credentialSubject.achievement.id, asBrowser)).text();
    expect(achievementPage).toContain('<h1>Dasar Bisnis Kreatif</h1>');
    expect(achievementPage).toContain('Attendance of at least');
    expect(await (await fetch(credential.issuer.id, asBrowser)).text()).toContain('<h1>Hetero Space Banyumas</h1>');
    // Not revoked, as a third party checks it with the status list the credential names.
    expect(await revocationStatus(credential)).toBe(false);
    const issuerDocument = (await (await fetch(credential.issuer.id)).json()) as {
      assertionMethod: Parameters<typeof verifyCredential>[1][];
    };
    const key = issuerDocument.assertionMethod[0];
    expect(JSON.stringify(issuerDocument)).not.toMatch(/secretKey/i);
    expect(await verifyCredential(credential, key)).toBe(true);
    for (const tamper of [
      (c: typeof credential) => (c.credentialSubject.name = 'Orang Lain'),
      (c: typeof credential) => (c.credentialSubject.achievement.name = 'Program Lain'),
      (c: typeof credential) => (c.validFrom = '2020-01-01T00:00:00Z'),
    ]) {
      const changed = structuredClone(credential);
      tamper(changed);
      expect(await verifyCredential(changed, key)).toBe(false);
    }

    // Public verification: the query and the page, no login.
    const verified = await app.gql(VERIFY, { code: certificate.verificationCode.toLowerCase() });
    expect(verified.data).toEqual({
      verifyCertificate: {
        valid: true,
        status: 'VALID',
        holderName: trainee.user.fullName,
        curriculumTitle: 'Dasar Bisnis Kreatif',
        cohortName: 'Angkatan Sertifikat',
        hubName: 'Hetero Space Banyumas',
        issuedAt: certificate.issuedAt,
      },
    });
    expect(await app.gql(VERIFY, { code: 'ABCDEFGHJKMN' })).toMatchObject({
      data: { verifyCertificate: { valid: false, status: null, holderName: null } },
    });
    const page = await fetch(certificate.verifyUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-state="VALID"');
    expect(html).toContain('SAH');
    expect(html).toContain(trainee.user.fullName);
    expect(await (await fetch(`${certificate.verifyUrl}?lang=en`)).text()).toContain('This certificate is genuine and valid.');
    expect((await fetch(`${app.url}/verify/ABCDEFGHJKMN`)).status).toBe(404);

    // What the bank officer sees after scanning the QR code, in a real browser.
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
      await tab.goto(certificate.verifyUrl);
      expect(await tab.locator('.state strong').innerText()).toBe('SAH');
      expect(await tab.getByText(trainee.user.fullName).isVisible()).toBe(true);
      await mkdir('var/test-artifacts', { recursive: true });
      await tab.screenshot({ path: 'var/test-artifacts/verify-page.png', fullPage: true });
      expect(await accessibilityProblems(tab)).toEqual([]);

      // A QR code that will not scan: the code is typed on /verify; a typo gets the form back to fix it.
      await tab.goto(`${app.url}/verify`);
      const typo = `${certificate.verificationCode.slice(0, -1)}X`.toLowerCase();
      await tab.getByLabel('Kode verifikasi').fill(typo === certificate.verificationCode.toLowerCase() ? 'salah' : typo);
      await tab.getByRole('button', { name: 'Periksa' }).click();
      await tab.locator('[data-state="NOT_FOUND"]').waitFor();
      expect(await accessibilityProblems(tab)).toEqual([]);
      await tab.screenshot({ path: 'var/test-artifacts/verify-not-found.png', fullPage: true });
      await tab.getByLabel('Kode verifikasi').fill(certificate.verificationCode.toLowerCase());
      await tab.getByRole('button', { name: 'Periksa' }).click();
      expect(await tab.locator('.state strong').innerText()).toBe('SAH');
      expect(new URL(tab.url()).pathname).toBe(`/verify/${certificate.verificationCode}`);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('runs every job twice without a second certificate or email', async () => {
    const { cohort, eligible } = await cohortToComplete(4, 1);
    const batch = (await as(coordinator).gql<{ completeCohort: Batch }>(COMPLETE, { id: cohort.id })).data!.completeCohort;
    await waitForBatch(cohort.id);
    const items = await db().query<
      {
        enrollment_id: string;
      }[]
    >(`SELECT enrollment_id FROM certificate_batch_item WHERE batch_id = $1`, [batch.id]);
    const issue = app.worker!.get(IssueCertificateHandler);
    const email = app.worker!.get(SendCertificateEmailHandler);
    // One after another: each job's second run is the point, and five at once beside the worker's own
    // jobs waited over 5 s for a database connection on a slow machine (the year-ahead CI run).
    for (const item of items) await issue.handle({ batchId: batch.id, enrollmentId: item.enrollment_id });
    const certificates = await db().query<{ id: string }[]>(`SELECT id FROM certificate WHERE enrollment_id = ANY($1::uuid[])`, [
      items.map((i) => i.enrollment_id),
    ]);
    expect(certificates).toHaveLength(4);
    for (const certificate of certificates) await email.handle({ certificateId: certificate.id });
    // The second run finds its notification already made: one per certificate, each emailed once.
    await eventually(async () => {
      const rows = await db().query<{ email_state: string }[]>(
        `SELECT email_state FROM notification WHERE kind = 'CERTIFICATE_ISSUED' AND user_id = ANY($1::uuid[])`,
        [eligible.map((person) => person.user.id)],
      );
      expect(rows.map((row) => row.email_state)).toEqual(['SENT', 'SENT', 'SENT', 'SENT']);
    }, 30_000);
    await eventually(() => {
      for (const person of eligible)
        expect(app.mail.to(person.email).filter((m) => m.subject?.startsWith('Sertifikat Anda'))).toHaveLength(1);
    });
  });

  it('finishes a batch after Redis loses every queued job, from what Postgres knows', async () => {
    const { cohort, eligible } = await cohortToComplete(30, 0);
    await as(coordinator).gql(COMPLETE, { id: cohort.id });
    // Wait for the jobs to reach Redis, then wipe this app's Redis as FLUSHALL would.
    await eventually(async () => {
      const [{ published }] = await db().query(
        `SELECT count(*)::int AS published FROM outbox WHERE job_name = 'issue-certificate' AND published_at IS NOT NULL AND data->>'batchId' = (SELECT id::text FROM certificate_batch WHERE cohort_id = $1)`,
        [cohort.id],
      );
      expect(published).toBe(30);
    });
    await clearRedisPrefix(app.config);
    // Lost jobs are published again once 10 s overdue, checked every 5 s: allow for a loaded machine.
    expect(await waitForBatch(cohort.id, 60_000)).toMatchObject({ total: 30, issued: 30 });
    const [{ count }] = await db().query(
      `SELECT count(*)::int AS count FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id WHERE e.cohort_id = $1`,
      [cohort.id],
    );
    expect(count).toBe(30);
    const certificateMails = (person: Person) => app.mail.to(person.email).filter((m) => m.subject?.startsWith('Sertifikat Anda'));
    for (const person of eligible) await eventually(() => expect(certificateMails(person)).toHaveLength(1), JOBS_WAIT_MS);
    // Give a late duplicate the time to show up: there must be none.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(eligible.map((person) => certificateMails(person).length)).toEqual(eligible.map(() => 1));
  }, 120_000);

  it('revokes and reissues, and the page and query say so; nothing is deleted', async () => {
    const { cohort, eligible } = await cohortToComplete(2, 0);
    await as(coordinator).gql(COMPLETE, { id: cohort.id });
    await waitForBatch(cohort.id);
    const [first, second] = await Promise.all(
      eligible.map(async (p) => (await as(p).gql<{ myCertificates: Certificate[] }>(MINE)).data!.myCertificates[0]),
    );

    const firstCredential = (await (await fetch(first.credentialUrl)).json()) as object;
    expect(await revocationStatus(firstCredential)).toBe(false);
    const revoked = await as(coordinator).gql(REVOKE, { id: first.id, reason: 'Data kehadiran dipalsukan' });
    expect(revoked.data).toEqual({ revokeCertificate: { id: first.id, status: 'REVOKED' } });
    expect(await app.gql(VERIFY, { code: first.verificationCode })).toMatchObject({
      data: { verifyCertificate: { valid: false, status: 'REVOKED' } },
    });
    const page = await (await fetch(first.verifyUrl)).text();
    expect(page).toContain('DICABUT');
    expect(page).not.toContain('dipalsukan');
    expect(JSON.stringify(await app.gql(VERIFY, { code: first.verificationCode }))).not.toContain('dipalsukan');
    expect(codes(await as(coordinator).gql(REVOKE, { id: first.id, reason: 'Lagi' }))).toEqual(['CONFLICT']);
    expect(codes(await as(coordinator).gql(REVOKE, { id: second.id, reason: '   ' }))).toEqual(['BAD_USER_INPUT']);

    // A name correction: the trainee's name changes, a new certificate replaces the old.
    await db().query(`UPDATE "user" SET full_name = 'Nama Yang Benar' WHERE id = $1`, [eligible[1].user.id]);
    const reissued = await as(coordinator).gql<{ reissueCertificate: Certificate }>(REISSUE, { id: second.id });
    expect(reissued.data!.reissueCertificate).toMatchObject({ status: 'VALID', holderName: 'Nama Yang Benar' });
    expect(reissued.data!.reissueCertificate.verificationCode).not.toBe(second.verificationCode);
    expect(await app.gql(VERIFY, { code: second.verificationCode })).toMatchObject({
      data: { verifyCertificate: { valid: false, status: 'SUPERSEDED' } },
    });
    expect(await app.gql(VERIFY, { code: reissued.data!.reissueCertificate.verificationCode })).toMatchObject({
      data: { verifyCertificate: { valid: true, holderName: 'Nama Yang Benar' } },
    });
    const [{ successor }] = await db().query(`SELECT superseded_by AS successor FROM certificate WHERE id = $1`, [second.id]);
    expect(successor).toBe(reissued.data!.reissueCertificate.id);
    // An enrollment (a roster's row, the trainee's own) shows its current certificate, never the one replaced.
    type Current = {
      myEnrollments: { certificate: { id: string; status: string; verificationCode: string; holderName: string } | null }[];
    };
    const currentOf = async (person: (typeof eligible)[number]) =>
      (await as(person).gql<Current>(`{ myEnrollments { certificate { id status verificationCode holderName } } }`)).data!.myEnrollments[0]
        .certificate;
    const { id, verificationCode } = reissued.data!.reissueCertificate;
    // Whatever order the rows lie in: rewriting the current one puts it behind the one it replaced.
    await db().query(`UPDATE certificate SET status = status WHERE id = $1`, [id]);
    expect(await currentOf(eligible[1])).toEqual({ id, status: 'VALID', verificationCode, holderName: 'Nama Yang Benar' });
    expect(await currentOf(eligible[0])).toMatchObject({ id: first.id, status: 'REVOKED' });
    // The old certificate's page sends whoever holds it to the one that replaced it.
    expect(await (await fetch(second.verifyUrl)).text()).toContain(
      `<a href="/verify/${reissued.data!.reissueCertificate.verificationCode}?lang=id">Lihat sertifikat penggantinya</a>`,
    );
    expect(codes(await as(coordinator).gql(REISSUE, { id: second.id }))).toEqual(['CONFLICT']);
    // A verifier holding only the credential files learns the same from the hub's status list.
    const credentialOf = async (url: string) => (await (await fetch(url)).json()) as object;
    await eventually(async () => {
      expect(await revocationStatus(await credentialOf(first.credentialUrl))).toBe(true);
      expect(await revocationStatus(await credentialOf(second.credentialUrl))).toBe(true);
    });
    expect(
      await revocationStatus(
        await credentialOf(`${app.url}/certificates/${reissued.data!.reissueCertificate.verificationCode}/credential.json`),
      ),
    ).toBe(false);

    // A stored certificate altered behind the application's back no longer verifies.
    const fresh = reissued.data!.reissueCertificate;
    await db().query(
      `UPDATE certificate SET credential = jsonb_set(credential, '{credentialSubject,name}', '"Orang Lain"') WHERE id = $1`,
      [fresh.id],
    );
    expect(await app.gql(VERIFY, { code: fresh.verificationCode })).toMatchObject({
      data: { verifyCertificate: { valid: false, status: 'VALID' } },
    });
    expect(await (await fetch(`${app.url}/verify/${fresh.verificationCode}`)).text()).toContain('data-state="INVALID"');

    const trainee = eligible[0];
    expect(codes(await as(trainee).gql(REVOKE, { id: first.id, reason: 'x' }))).toEqual(['FORBIDDEN']);
    const otherCoordinator = await app.factory.coordinator((await app.factory.hub()).id);
    expect(codes(await as(otherCoordinator).gql(REISSUE, { id: first.id }))).toEqual(['FORBIDDEN']);
  });

  it('downloads the PDFs of a cohort’s valid certificates as one ZIP, drawn once by the worker at issuance', async () => {
    const { cohort, eligible } = await cohortToComplete(3, 1);
    await as(coordinator).gql(COMPLETE, { id: cohort.id });
    await waitForBatch(cohort.id);
    const certificates = await Promise.all(
      eligible.map(async (p) => (await as(p).gql<{ myCertificates: Certificate[] }>(MINE)).data!.myCertificates[0]),
    );
    const stored = await eventually(async () => {
      const rows: { code: string; content: Buffer }[] = await db().query(
        `SELECT c.verification_code AS code, p.content FROM certificate_pdf p JOIN certificate c ON c.id = p.certificate_id WHERE c.id = ANY($1)`,
        [certificates.map((c) => c.id)],
      );
      expect(rows).toHaveLength(3);
      return new Map(rows.map((row) => [row.code, row.content]));
    }, JOBS_WAIT_MS);
    // The public PDF is the one drawn at issuance, not drawn again.
    const [first, ...others] = certificates;
    const served = Buffer.from(await (await fetch(first.pdfUrl)).arrayBuffer());
    expect(served.equals(stored.get(first.verificationCode)!)).toBe(true);

    await as(coordinator).gql(REVOKE, { id: first.id, reason: 'Tugas hasil jiplakan' });
    const linkOf = async (person: Person) =>
      (await as(person).gql<{ cohort: { certificateBatch: { pdfArchiveUrl: string | null } | null } }>(ARCHIVE, { id: cohort.id })).data!
        .cohort.certificateBatch;
    const { pdfArchiveUrl } = (await linkOf(coordinator))!;
    const response = await fetch(`${app.url}${pdfArchiveUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="sertifikat-angkatan-sertifikat.zip"');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    // The revoked certificate is left out; each file is named after its holder and code.
    expect(Object.keys(files).sort()).toEqual(
      others.map((c) => `${c.holderName.toLowerCase().replaceAll(' ', '-')}-${c.verificationCode}.pdf`).sort(),
    );
    for (const certificate of others) {
      const name = Object.keys(files).find((file) => file.includes(certificate.verificationCode))!;
      expect(Buffer.from(files[name]).equals(stored.get(certificate.verificationCode)!)).toBe(true);
    }

    // The link is for this cohort's ZIP only, and only coordinators of the hub get one.
    const otherCohort = pdfArchiveUrl!.replace(cohort.id, (await cohortToComplete(1, 0)).cohort.id);
    expect((await fetch(`${app.url}${otherCohort}`)).status).toBe(401);
    expect((await fetch(`${app.url}${pdfArchiveUrl!.replace(/token=.*/, 'token=x.1.y')}`)).status).toBe(401);
    const mentor = await app.factory.mentor(hub.id);
    await as(coordinator).gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, {
      c: cohort.id,
      m: mentor.user.id,
    });
    expect(await linkOf(mentor)).toBeNull();
  });

  it('shows each trainee’s certificate on their enrollment, and a batch whose jobs gave up as FAILED with the reason', async () => {
    const { cohort, eligible } = await cohortToComplete(2, 0);
    // Decide both jobs' fate before any worker could run them: hold the outbox rows back.
    await db().query(
      `CREATE FUNCTION hold_jobs() RETURNS trigger AS $$ BEGIN NEW.published_at := now(); RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db().query(
      `CREATE TRIGGER hold_jobs BEFORE INSERT ON outbox FOR EACH ROW WHEN (NEW.job_name = 'issue-certificate') EXECUTE FUNCTION hold_jobs()`,
    );
    let batch: Batch;
    try {
      batch = (await as(coordinator).gql<{ completeCohort: Batch }>(COMPLETE, { id: cohort.id })).data!.completeCohort;
    } finally {
      await db().query(`DROP TRIGGER hold_jobs ON outbox`);
      await db().query(`DROP FUNCTION hold_jobs()`);
    }
    const items = await db().query<{ enrollment_id: string }[]>(
      `SELECT enrollment_id FROM certificate_batch_item WHERE batch_id = $1 ORDER BY enrollment_id`,
      [batch.id],
    );
    const handler = app.worker!.get(IssueCertificateHandler);
    await handler.exhausted({ batchId: batch.id, enrollmentId: items[0].enrollment_id }, new Error('signing key unreadable'));
    await handler.handle({ batchId: batch.id, enrollmentId: items[1].enrollment_id });
    const state = await as(coordinator).gql<{ cohort: { certificateBatch: Batch & { errors: string[] } } }>(
      `query($id: ID!) { cohort(id: $id) { certificateBatch { status total issued failed errors } } }`,
      { id: cohort.id },
    );
    expect(state.data!.cohort.certificateBatch).toEqual({
      status: 'FAILED',
      total: 2,
      issued: 1,
      failed: 1,
      errors: ['Error: signing key unreadable'],
    });

    const holders = [];
    for (const person of eligible) {
      const enrollment = (
        await as(person).gql<{ myEnrollments: { certificate: { verificationCode: string } | null }[] }>(
          `{ myEnrollments { certificate { verificationCode } } }`,
        )
      ).data!.myEnrollments[0];
      const [certificate] = (await as(person).gql<{ myCertificates: Certificate[] }>(MINE)).data!.myCertificates;
      expect(enrollment.certificate?.verificationCode ?? null).toBe(certificate?.verificationCode ?? null);
      if (certificate) holders.push(person);
    }
    expect(holders).toHaveLength(1);
  });

  it('refuses to complete a cohort that is not running', async () => {
    const planned = await app.factory.cohort(hub.id);
    const refused = await as(coordinator).gql(COMPLETE, { id: planned.id });
    expect(codes(refused)).toEqual(['CONFLICT']);
  });

  it('refuses to complete a running cohort before its start date, and completing frees its sessions still to come', async () => {
    const START = `mutation($id: ID!) { startCohort(id: $id) { id } }`;
    const early = await app.factory.cohort(hub.id, { startsOn: day(3), endsOn: day(40) });
    await as(coordinator).gql(START, { id: early.id });
    const refused = await as(coordinator).gql(COMPLETE, { id: early.id });
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0].message).toBe(`Kelompok ini baru mulai ${longDay(3)}; selesaikan setelah kelompok berjalan, atau batalkan`);
    const [{ status }] = await db().query(`SELECT status FROM cohort WHERE id = $1`, [early.id]);
    expect(status).toBe('RUNNING');

    const { cohort } = await cohortToComplete(1, 0);
    const room = await app.factory.room(hub.id);
    const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
    const slot = { roomId: room.id, title: 'Sesi', startsAt: at(9, '09:00'), endsAt: at(9, '11:00') };
    const held = await as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
      input: { ...slot, cohortId: cohort.id, startsAt: at(-8, '09:00'), endsAt: at(-8, '11:00') },
    });
    // The cohort ended early (its end date was a week ago): a session was still booked for next week.
    await db().query(`UPDATE cohort SET ends_on = $2 WHERE id = $1`, [cohort.id, day(20)]);
    const toCome = await as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, { input: { ...slot, cohortId: cohort.id } });
    expect(toCome.errors).toBeUndefined();
    await as(coordinator).gql(COMPLETE, { id: cohort.id });
    const sessions = await db().query(`SELECT id, status FROM session WHERE cohort_id = $1 ORDER BY starts_at`, [cohort.id]);
    expect(sessions).toEqual([
      { id: held.data!.scheduleSession.id, status: 'SCHEDULED' },
      { id: toCome.data!.scheduleSession.id, status: 'CANCELLED' },
    ]);
    // The room is free again for another cohort.
    const other = await app.factory.cohort(hub.id);
    expect((await as(coordinator).gql(SCHEDULE, { input: { ...slot, cohortId: other.id } })).errors).toBeUndefined();
  });
});
