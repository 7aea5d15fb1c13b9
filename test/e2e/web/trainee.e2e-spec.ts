import { DataSource } from 'typeorm';
import type { CohortEntity } from '@sanggar/cohorts';
import type { HubEntity } from '@sanggar/hubs';
import { type Browser, DESKTOP, PHONE, launchBrowser, logIn, look, openContext } from '../../support/browser.js';
import type { Person } from '../../support/factories.js';
import { TestApp, eventually } from '../../support/harness.js';
import { at, day } from '../../support/time.js';

const LESSON_MARKDOWN = `# Kanvas Model Bisnis

Sembilan blok: **pelanggan**, nilai, saluran.

<script>window.__pwned = true</script>
<img src="x" onerror="window.__pwned = true">

- Segmen pelanggan
- Proposisi nilai`;

describe('web app: a trainee on her phone', () => {
  let app: TestApp;
  let browser: Browser;
  let hub: HubEntity;
  let trainee: Person;
  let mentor: Person;
  let coordinator: Person;
  let cohort: CohortEntity;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    browser = await launchBrowser();
    hub = await app.factory.hub({ name: 'Hetero Space Semarang' });
    coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.mentor(hub.id);
    trainee = await app.factory.trainee(hub.id, { fullName: 'Adi Nugroho' });
    const curriculum = await app.factory.publishedCurriculum(hub.id, { title: 'Dasar Bisnis Kreatif', lessons: 2 });
    await app
      .get(DataSource)
      .query(
        `UPDATE lesson SET content = $1, title = 'Kanvas Model Bisnis' WHERE position = 1 AND module_id IN (SELECT id FROM curriculum_module WHERE curriculum_id = $2)`,
        [LESSON_MARKDOWN, curriculum.id],
      );
    cohort = await app.factory.cohort(hub.id, { curriculumId: curriculum.id, name: 'Angkatan Semarang 1' });
    await app.factory.enroll(cohort.id, [trainee.user.id]);
    await app
      .as(coordinator)
      .gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, { c: cohort.id, m: mentor.user.id });
    await app.as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('logs in from a deep link and lands on the page it pointed to', async () => {
    const { context, foreign } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await page.goto(`/cohorts/${cohort.id}`);
    await page.waitForURL(/\/login\?redirect=/);
    await page.getByRole('heading', { name: 'Masuk ke Sanggar' }).waitFor();
    await look(page, 'trainee-01-login');
    await page.getByLabel('Email').fill(trainee.email);
    await page.locator('input[type="password"]').fill(trainee.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Angkatan Semarang 1' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cohorts/${cohort.id}`);
    await look(page, 'trainee-02-cohort');
    expect(foreign).toEqual([]);
    await context.close();
  });

  /** A phone with her logged in (through the login page, as she would). */
  async function loggedIn() {
    const { context, foreign } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await logIn(page, trainee.email, trainee.password);
    return { context, page, foreign };
  }

  it('reads a lesson safely and marks it done; keeps a draft through a reload; submits; sees the grade with its rubric', async () => {
    const { context, page, foreign } = await loggedIn();
    await page.getByRole('heading', { name: 'Halo, Adi' }).waitFor();
    await look(page, 'trainee-03-home');

    await page.getByRole('link', { name: 'Angkatan Semarang 1' }).click();
    await page.getByRole('link', { name: 'Kanvas Model Bisnis' }).click();
    await page.getByRole('heading', { name: 'Kanvas Model Bisnis', level: 1 }).waitFor();
    await page.getByText('Segmen pelanggan').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('.lesson script').count()).toBe(0);
    await page.getByRole('button', { name: 'Tandai selesai' }).click();
    await page.getByRole('status').filter({ hasText: 'Selesai' }).waitFor();
    await look(page, 'trainee-04-lesson');

    await page.getByRole('link', { name: '← Angkatan Semarang 1' }).click();
    await page.getByRole('link', { name: 'Tugas 1' }).click();
    const answer = page.getByRole('textbox', { name: /Jawaban Anda/ });
    await answer.fill('Kanvas kuliner saya: pelanggan mahasiswa, nilai harga terjangkau. https://drive.example/kanvas');
    await page.reload();
    await expectValue(
      page.getByRole('textbox', { name: /Jawaban Anda/ }),
      'Kanvas kuliner saya: pelanggan mahasiswa, nilai harga terjangkau. https://drive.example/kanvas',
    );
    await page.getByRole('button', { name: 'Kirim' }).click();
    await page.getByText('menunggu penilaian mentor').waitFor();
    await look(page, 'trainee-05-submitted');

    // Her mentor grades it (with the API, as the mentor's own screens come in the next issue).
    const [submission] = await app
      .get(DataSource)
      .query<{ id: string }[]>(`SELECT s.id FROM submission s JOIN enrollment e ON e.id = s.enrollment_id WHERE e.trainee_id = $1`, [
        trainee.user.id,
      ]);
    const criteria = await app
      .get(DataSource)
      .query<{ id: string }[]>(
        `SELECT c.id FROM rubric_criterion c JOIN submission s ON s.assignment_id = c.assignment_id WHERE s.id = $1 ORDER BY c.position`,
        [submission.id],
      );
    const graded = await app.as(mentor).gql(`mutation($input: GradeSubmissionInput!) { gradeSubmission(input: $input) { id } }`, {
      input: {
        submissionId: submission.id,
        scores: criteria.map((c, i) => ({ criterionId: c.id, points: 8 - i })),
        feedback: 'Segmen pelanggan sudah tajam. Perjelas saluran.',
      },
    });
    expect(graded.errors).toBeUndefined();
    await page.reload();
    await page.getByText('Nilai: 75 / 100').waitFor();
    await page.getByText('Kriteria 1: 8 / 10').waitFor();
    await page.getByText('Segmen pelanggan sudah tajam. Perjelas saluran.').waitFor();
    await look(page, 'trainee-06-graded');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('says in plain words, with the numbers, why she is not yet eligible', async () => {
    // Yesterday's session, which she missed: her grade of 75 clears the bar, her attendance does not.
    const room = await app.factory.room(hub.id);
    await app.get(DataSource).query(
      `WITH missed AS (INSERT INTO session (cohort_id, title, room_id, starts_at, ends_at) VALUES ($1, 'Riset Pasar', $2, $3, $4) RETURNING id)
       INSERT INTO attendance_record (session_id, trainee_id, status, source, recorded_at) SELECT id, $5, 'ABSENT', 'MANUAL', now() FROM missed`,
      [cohort.id, room.id, at(-1, '09:00'), at(-1, '11:00'), trainee.user.id],
    );
    const { context, page } = await loggedIn();
    await page.getByRole('link', { name: 'Lihat kemajuan saya' }).click();
    await page.getByRole('heading', { name: 'Kemajuan saya' }).waitFor();
    await page.getByText('Belum memenuhi syarat sertifikat').waitFor();
    expect(await page.getByRole('listitem').allInnerTexts()).toEqual(['Kehadiran 0% di bawah minimum 80%']);
    await page.getByText('75 (minimal 70)').waitFor();
    await look(page, 'trainee-07-progress');
    await context.close();
  });

  it('checks in with the code from the room screen, also when the network drops and comes back', async () => {
    const room = await app.factory.room(hub.id, { name: 'Ruang Kriya' });
    const start = new Date(Date.now() + 5 * 60_000);
    const scheduled = await app
      .as(coordinator)
      .gql<{ scheduleSession: { id: string } }>(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
        input: {
          cohortId: cohort.id,
          title: 'Pitching',
          roomId: room.id,
          mentorId: mentor.user.id,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        },
      });
    const sessionId = scheduled.data!.scheduleSession.id;
    const { context, page } = await loggedIn();
    await page.getByRole('link', { name: 'Presensi' }).first().click();
    await page.getByRole('heading', { name: 'Presensi' }).waitFor();
    expect(await page.getByRole('radio', { name: /Pitching/ }).isChecked()).toBe(true);

    // A wrong code is refused, plainly.
    await page.getByLabel('Kode di layar ruangan').fill('zzzzzz');
    expect(await page.getByLabel('Kode di layar ruangan').inputValue()).toBe('ZZZZZZ');
    await page.getByRole('button', { name: 'Catat kehadiran' }).click();
    await page.getByRole('alert').waitFor();
    await look(page, 'trainee-08-check-in-refused');

    // In the hall the signal drops: the attempt is kept, and goes out when it returns.
    await context.setOffline(true);
    const { openCheckIn } = (
      await app
        .as(mentor)
        .gql<{ openCheckIn: { code: string } }>(`mutation($id: ID!) { openCheckIn(sessionId: $id) { code } }`, { id: sessionId })
    ).data!;
    await page.getByLabel('Kode di layar ruangan').fill(openCheckIn.code.toLowerCase());
    await page.getByRole('button', { name: 'Catat kehadiran' }).click();
    await page.getByText('Menunggu koneksi').waitFor();
    await look(page, 'trainee-09-check-in-offline');
    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Hadir' }).waitFor({ timeout: 15_000 });
    await look(page, 'trainee-10-checked-in');
    const [record] = await app
      .get(DataSource)
      .query(`SELECT status, source FROM attendance_record WHERE session_id = $1 AND trainee_id = $2`, [sessionId, trainee.user.id]);
    expect(record).toEqual({ status: 'PRESENT', source: 'CHECKIN' });
    await context.close();
  });

  it('opens the check-in page from the room screen’s QR code with session and code filled', async () => {
    const room = await app.factory.room(hub.id);
    const start = new Date(Date.now() + 3 * 3_600_000);
    const scheduled = await app
      .as(coordinator)
      .gql<{ scheduleSession: { id: string } }>(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
        input: {
          cohortId: cohort.id,
          title: 'Nanti',
          roomId: room.id,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        },
      });
    const { context, page } = await loggedIn();
    await page.goto(`/check-in?session=${scheduled.data!.scheduleSession.id}&code=ABCDEF`);
    // Too early for this session: the answer says so (the check-in window is the server's rule).
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/Presensi baru dibuka pukul/);
    await context.close();
  });

  it('shows her schedule and a private calendar address', async () => {
    const { context, page } = await loggedIn();
    await page.getByRole('link', { name: 'Jadwal' }).first().click();
    await page.getByRole('heading', { name: 'Jadwal saya' }).waitFor();
    await page.getByText('Pitching').first().waitFor();
    // In the hub's own zone the zone goes without saying.
    expect(await page.getByText(/ WIB$/).count()).toBe(0);
    await page.getByRole('button', { name: 'Buat alamat kalender' }).click();
    const address = await page.getByLabel('Alamat kalender pribadi').inputValue();
    expect(address).toMatch(/\/calendar\/[\w-]{65}\.ics$/);
    expect((await fetch(address.replace(app.config.PUBLIC_URL, app.url))).status).toBe(200);
    await look(page, 'trainee-11-schedule');
    // Shown again in this browser; elsewhere only a new one can be made (the api keeps only its hash).
    await page.reload();
    expect(await page.getByLabel('Alamat kalender pribadi').inputValue()).toBe(address);
    const { context: laptop, page: elsewhere } = await loggedIn();
    await elsewhere.getByRole('link', { name: 'Jadwal' }).first().click();
    await elsewhere.getByText(/sudah dibuat di perangkat atau peramban lain/).waitFor();
    expect(await elsewhere.getByLabel('Alamat kalender pribadi').count()).toBe(0);
    await laptop.close();
    await context.close();
  });

  it('books office hours with her start-up’s mentor, then cancels', async () => {
    const startup = await app
      .as(coordinator)
      .gql<{ createStartup: { id: string } }>(`mutation($input: CreateStartupInput!) { createStartup(input: $input) { id } }`, {
        input: { hubId: hub.id, name: 'Warung Digital', sector: 'kuliner', memberIds: [trainee.user.id] },
      });
    await app.as(coordinator).gql(`mutation($s: ID!, $m: ID!) { assignStartupMentor(startupId: $s, mentorId: $m) { id } }`, {
      s: startup.data!.createStartup.id,
      m: mentor.user.id,
    });
    const slotStart = new Date(Math.ceil((Date.now() + 3 * 86_400_000) / 3_600_000) * 3_600_000);
    await app.as(mentor).gql(`mutation($input: PublishOfficeHoursInput!) { publishOfficeHours(input: $input) { id } }`, {
      input: { startsAt: slotStart.toISOString(), endsAt: new Date(slotStart.getTime() + 3_600_000).toISOString(), slotMinutes: 30 },
    });
    const { context, page } = await loggedIn();
    await page.goto('/startup');
    await page.getByRole('heading', { name: 'Warung Digital' }).waitFor();
    await page.getByRole('button', { name: 'Pesan' }).first().click();
    await page.getByLabel('Apa yang ingin dibahas?').fill('Strategi harga menu');
    await page.getByRole('button', { name: 'Pesan jam ini' }).click();
    await page.getByText('Dipesan').waitFor();
    // look() also finds no button cut off: the booked slot's "Batalkan" beside its badge was, on a phone.
    await look(page, 'trainee-12-office-hours');
    await page.getByRole('button', { name: 'Batalkan' }).click();
    await page.getByText('Dipesan').waitFor({ state: 'detached' });
    await context.close();
  });

  it('downloads her certificate and finds its links', async () => {
    const past = await app.factory.publishedCurriculum(hub.id, {
      title: 'Pemasaran Digital',
      rule: { minAttendanceRate: 0, minFinalScore: 0, requireAllAssignments: false },
    });
    const done = await app.factory.cohort(hub.id, {
      curriculumId: past.id,
      name: 'Pemasaran Angkatan Lalu',
      startsOn: day(-120),
      endsOn: day(-30),
    });
    await app.factory.enroll(done.id, [trainee.user.id]);
    await app.get(DataSource).query(`UPDATE cohort SET status = 'RUNNING' WHERE id = $1`, [done.id]);
    await app.as(coordinator).gql(`mutation($id: ID!) { completeCohort(id: $id) { id } }`, { id: done.id });
    await eventually(async () => {
      const [{ count }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS count FROM certificate WHERE holder_id = $1`, [trainee.user.id]);
      expect(count).toBe(1);
    }, 30_000);
    const { context, page } = await loggedIn();
    await page.getByRole('link', { name: 'Sertifikat' }).first().click();
    await page.getByText('Pemasaran Digital').waitFor();
    const pdfLink = page.getByRole('link', { name: 'Unduh PDF' });
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await page.getByRole('link', { name: 'Tambahkan ke profil LinkedIn' }).getAttribute('href')).toMatch(
      /^https:\/\/www\.linkedin\.com\/profile\/add\?/,
    );
    await look(page, 'trainee-13-certificates');
    await context.close();
  });

  it('works in English on a desktop away from the hub, and remembers the language she chooses', async () => {
    // She is in Makassar (WITA, an hour ahead of the hub): times stay the hub's, and say so.
    const { context, foreign } = await openContext(browser, app.url, { ...DESKTOP, timezoneId: 'Asia/Makassar' });
    const page = await context.newPage();
    await page.goto('/login');
    // Before a login, the browser's language; after it, the one in her profile.
    await page.getByRole('heading', { name: 'Log in to Sanggar' }).waitFor();
    await look(page, 'trainee-14-login-english-desktop');
    await page.getByLabel('Email').fill(trainee.email);
    await page.locator('input[type="password"]').fill(trainee.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Halo, Adi' }).waitFor();
    await page.getByRole('link', { name: 'Akun' }).first().click();
    await page.getByText('English').click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await page.getByRole('link', { name: 'Home' }).first().click();
    await page.getByRole('heading', { name: 'Hello, Adi' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Hello, Adi' }).waitFor();
    await page
      .getByText(/\d\d[.:]\d\d–\d\d[.:]\d\d WIB$/)
      .first()
      .waitFor();
    await look(page, 'trainee-15-home-english-desktop');
    // The api answers in her language too.
    const refused = await app.as(trainee).gql(`{ cohort(id: "0b5e8a52-9c1d-4b8e-8f2a-3d6c7e9f1a2b") { id } }`);
    expect(refused.errors?.[0].message).toBe('Cohort not found');
    expect(foreign).toEqual([]);
    await context.close();
  });
});

async function expectValue(locator: import('playwright-core').Locator, value: string) {
  await eventually(async () => expect(await locator.inputValue()).toBe(value));
}
