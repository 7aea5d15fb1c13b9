import { DataSource } from 'typeorm';
import type { CohortEntity } from '@sanggar/cohorts';
import { Role } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import { type Browser, DESKTOP, PHONE, TABLET, launchBrowser, logIn, look, openContext } from '../../support/browser.js';
import type { Person } from '../../support/factories.js';
import { TestApp } from '../../support/harness.js';

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitAssignmentInput!) { submitAssignment(input: $input) { id } }`;
const GRADES = `query($id: ID!) { submission(id: $id) { status grades { score feedback } } }`;

describe('web app: a mentor teaches, takes the register, shows the code and grades', () => {
  let app: TestApp;
  let browser: Browser;
  let hub: HubEntity;
  let coordinator: Person;
  let mentor: Person;
  let cohort: CohortEntity;
  let traineeIds: string[];
  let sessionId: string;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    browser = await launchBrowser();
    hub = await app.factory.hub({ name: 'Hetero Space Semarang' });
    coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.person(Role.MENTOR, hub.id, { fullName: 'Sari Wulandari' });
    const curriculum = await app.factory.publishedCurriculum(hub.id, { assignments: [{ title: 'Kanvas usaha', leveled: true }] });
    cohort = await app.factory.cohort(hub.id, { curriculumId: curriculum.id, name: 'Angkatan Kriya 3', capacity: 45 });
    await app
      .as(coordinator)
      .gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, { c: cohort.id, m: mentor.user.id });
    traineeIds = await app.factory.trainees(hub.id, 40);
    await app.factory.enroll(cohort.id, traineeIds);
    await app.as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
    // A class about to begin: its check-in is open.
    const room = await app.factory.room(hub.id, { name: 'Ruang Batik', capacity: 60 });
    const start = new Date(Date.now() + 2 * 60_000);
    const scheduled = await app.as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
      input: {
        cohortId: cohort.id,
        roomId: room.id,
        mentorId: mentor.user.id,
        title: 'Kanvas Model Bisnis',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      },
    });
    expect(scheduled.errors).toBeUndefined();
    sessionId = scheduled.data!.scheduleSession.id;
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  const nameOf = async (traineeId: string) =>
    (await app.get(DataSource).query<{ full_name: string }[]>(`SELECT full_name FROM "user" WHERE id = $1`, [traineeId]))[0].full_name;

  it('takes the register of 40 on a tablet: everyone present, three exceptions, one save', async () => {
    const { context, foreign } = await openContext(browser, app.url, TABLET);
    const page = await context.newPage();
    await logIn(page, mentor.email, mentor.password);
    await page.getByRole('heading', { name: 'Hari ini', exact: true }).waitFor();
    await page.getByText('Kanvas Model Bisnis').first().waitFor();
    await look(page, 'mentor-01-home');
    await page.getByRole('link', { name: 'Daftar hadir' }).first().click();
    await page.getByRole('heading', { name: 'Daftar hadir: Kanvas Model Bisnis', exact: true }).waitFor();

    const saves: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('recordAttendance')) saves.push(request.postData()!);
    });
    await page.getByRole('button', { name: 'Semua hadir' }).click();
    await page.getByText('40 dari 40 sudah diisi').waitFor();
    const [late, absent, excused] = await Promise.all(traineeIds.slice(0, 3).map(nameOf));
    await page.getByRole('radiogroup', { name: late, exact: true }).getByText('Terlambat').click();
    await page.getByRole('radiogroup', { name: absent, exact: true }).getByText('Tidak hadir').click();
    await page.getByRole('radiogroup', { name: excused, exact: true }).getByText('Izin').click();
    // An excused trainee needs a note: the save waits for it.
    expect(await page.getByRole('button', { name: 'Simpan daftar hadir' }).isDisabled()).toBe(true);
    await page.getByLabel(`Keterangan izin untuk ${excused}`).fill('Sakit, surat dokter');
    await look(page, 'mentor-02-register');
    await page.getByRole('button', { name: 'Simpan daftar hadir' }).click();
    await page.getByRole('status').filter({ hasText: 'Daftar hadir tersimpan' }).waitFor();
    expect(saves).toHaveLength(1);
    expect((JSON.parse(saves[0]) as { variables: { input: { entries: unknown[] } } }).variables.input.entries).toHaveLength(40);

    const statuses = await app
      .get(DataSource)
      .query<{ status: string; n: number }[]>(
        `SELECT status, count(*)::int AS n FROM attendance_record WHERE session_id = $1 GROUP BY status ORDER BY status`,
        [sessionId],
      );
    expect(statuses).toEqual([
      { status: 'ABSENT', n: 1 },
      { status: 'EXCUSED', n: 1 },
      { status: 'LATE', n: 1 },
      { status: 'PRESENT', n: 37 },
    ]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('tells the second of two mentors editing one register what changed instead of overwriting it', async () => {
    const { context } = await openContext(browser, app.url, TABLET);
    const page = await context.newPage();
    await logIn(page, mentor.email, mentor.password);
    await page.goto(`/teach/sessions/${sessionId}/register`);
    const name = await nameOf(traineeIds[5]);
    // Her co-mentor has the same register open on his phone.
    const coMentor = await app.factory.person(Role.MENTOR, hub.id, { fullName: 'Bagus Prasetyo' });
    await app
      .as(coordinator)
      .gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, { c: cohort.id, m: coMentor.user.id });
    const other = await openContext(browser, app.url, PHONE);
    const otherPage = await other.context.newPage();
    await logIn(otherPage, coMentor.email, coMentor.password);
    await otherPage.goto(`/teach/sessions/${sessionId}/register`);

    await page.getByRole('radiogroup', { name, exact: true }).getByText('Tidak hadir').click();
    await otherPage.getByRole('radiogroup', { name, exact: true }).getByText('Terlambat').click();
    await otherPage.getByRole('button', { name: 'Simpan daftar hadir' }).click();
    await otherPage.getByRole('status').filter({ hasText: 'Daftar hadir tersimpan' }).waitFor();
    // The second save is told what changed, not applied over it.
    await page.getByRole('button', { name: 'Simpan daftar hadir' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Daftar hadir berubah sejak Anda membukanya' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(new RegExp(`${name}: .+ → Terlambat \\(Dicatat Bagus Prasetyo `));
    await other.context.close();
    await look(page, 'mentor-03-register-changed');
    const before = await app
      .get(DataSource)
      .query(`SELECT status FROM attendance_record WHERE session_id = $1 AND trainee_id = $2`, [sessionId, traineeIds[5]]);
    expect(before).toEqual([{ status: 'LATE' }]);
    // Her choice is kept; saving again is on top of what she has now seen.
    await page.getByRole('button', { name: 'Simpan lagi' }).click();
    await page.getByRole('status').filter({ hasText: 'Daftar hadir tersimpan' }).waitFor();
    const after = await app
      .get(DataSource)
      .query(`SELECT status FROM attendance_record WHERE session_id = $1 AND trainee_id = $2`, [sessionId, traineeIds[5]]);
    expect(after).toEqual([{ status: 'ABSENT' }]);
    await context.close();
  });

  it('shows rotating codes on the room screen that trainees check in with; an expired one is refused', async () => {
    const { context } = await openContext(browser, app.url, { ...DESKTOP, viewport: { width: 1920, height: 1080 }, locale: 'id-ID' });
    const screen = await context.newPage();
    await logIn(screen, mentor.email, mentor.password);
    await screen.goto(`/room/${sessionId}`);
    const codeOnScreen = screen.locator('.room-code');
    await codeOnScreen.waitFor();
    // Readable from the back of the room: the code is at least 15 % of the screen's height.
    expect((await codeOnScreen.boundingBox())!.height).toBeGreaterThanOrEqual(0.15 * 1080);
    expect(await screen.getByRole('img', { name: 'QR untuk presensi dengan kode ini' }).isVisible()).toBe(true);
    await look(screen, 'mentor-04-room-screen');

    // Three trainees who have no record yet, each on a phone of their own, check in with three consecutive codes.
    const [{ count: inBefore }] = await app
      .get(DataSource)
      .query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM attendance_record WHERE session_id = $1 AND status IN ('PRESENT', 'LATE')`,
        [sessionId],
      );
    const phones = [];
    for (let n = 0; n < 3; n++) {
      const trainee = await app.factory.trainee(hub.id);
      await app.factory.enroll(cohort.id, [trainee.user.id]);
      const phone = await openContext(browser, app.url, PHONE);
      const page = await phone.context.newPage();
      await logIn(page, trainee.email, trainee.password);
      phones.push({ phone, page });
    }
    const codes: string[] = [];
    let expired = '';
    let shown = (await codeOnScreen.innerText()).trim();
    for (const { page } of phones) {
      // Each phone takes a code the moment it appears (the next one takes over within 15 s): a code
      // read late in its slot can expire, 2 s after the slot, while the phone is still opening the link.
      await screen.waitForFunction((before) => document.querySelector('.room-code')?.textContent?.trim() !== before, shown, {
        timeout: 20_000,
      });
      const code = (await codeOnScreen.innerText()).trim();
      expect(codes).not.toContain(code);
      codes.push(code);
      // As from the QR code: the link carries session and code, and the page checks in by itself.
      await page.goto(`/check-in?session=${sessionId}&code=${code}`);
      await page
        .getByRole('status')
        .filter({ hasText: 'Terlambat' })
        .or(page.getByRole('status').filter({ hasText: 'Hadir' }))
        .waitFor();
      expired = code;
      shown = code;
    }
    await screen.getByText(`${inBefore + 3} peserta sudah presensi`, { exact: true }).waitFor({ timeout: 20_000 });

    // A fourth trainee types the first code, long gone: refused as expired.
    const late = await app.factory.trainee(hub.id);
    await app.factory.enroll(cohort.id, [late.user.id]);
    const latePhone = await openContext(browser, app.url, PHONE);
    const latePage = await latePhone.context.newPage();
    await logIn(latePage, late.email, late.password);
    await latePage.goto(`/check-in?session=${sessionId}&code=${codes[0]}`);
    await latePage.getByRole('button', { name: 'Catat kehadiran' }).click();
    await latePage.getByRole('alert').filter({ hasText: 'kedaluwarsa' }).waitFor();
    expect(expired).toBe(codes[2]);

    // The network drops: the code disappears once it may no longer count, and comes back with the network.
    await context.setOffline(true);
    await screen.getByText('Menyambung ulang…').waitFor({ timeout: 25_000 });
    expect(await codeOnScreen.count()).toBe(0);
    await look(screen, 'mentor-05-room-screen-reconnecting');
    await context.setOffline(false);
    await codeOnScreen.waitFor({ timeout: 10_000 });
    for (const { phone } of [...phones, { phone: latePhone }]) await phone.context.close();
    await context.close();
  }, 180_000);

  it('grades with the rubric, asks for a resubmission, and grades the new attempt; the draft survives a reload', async () => {
    const trainee = await app.factory.trainee(hub.id, { fullName: 'Rina Maharani' });
    await app.factory.enroll(cohort.id, [trainee.user.id]);
    const [assignment] = await app
      .get(DataSource)
      .query<{ id: string }[]>(`SELECT a.id FROM assignment a JOIN curriculum_module m ON m.id = a.module_id WHERE m.curriculum_id = $1`, [
        cohort.curriculumId,
      ]);
    const submit = async (content: string) =>
      (
        await app
          .as(trainee)
          .gql<{ submitAssignment: { id: string } }>(SUBMIT, { input: { cohortId: cohort.id, assignmentId: assignment.id, content } })
      ).data!.submitAssignment.id;
    const first = await submit('Kanvas usaha batik saya: https://drive.example/kanvas');

    const { context, foreign } = await openContext(browser, app.url, { ...DESKTOP, locale: 'id-ID' });
    const page = await context.newPage();
    await logIn(page, mentor.email, mentor.password);
    await page.getByRole('link', { name: 'Antrean penilaian' }).first().click();
    await page.getByRole('heading', { name: 'Penilaian: Angkatan Kriya 3', exact: true }).waitFor();
    await look(page, 'mentor-06-grading-queue');
    await page.getByRole('link', { name: /Rina Maharani/ }).click();
    await page.getByRole('link', { name: 'https://drive.example/kanvas' }).waitFor();
    // Each criterion's levels say what work at that level looks like; picking one gives its points.
    await page.getByRole('radiogroup', { name: 'Kriteria 1' }).getByLabel('Cukup · 5 poin').check();
    expect(await page.getByLabel(/Kriteria 1 \(0–10 poin\)/).inputValue()).toBe('5');
    await page.getByLabel(/Kriteria 1 \(0–10 poin\)/).fill('6');
    await page.getByLabel(/Kriteria 2 \(0–10 poin\)/).fill('5');
    await page.getByLabel('Umpan balik').fill('Segmen pelanggan belum jelas; tambahkan data wawancara.');
    await page.reload();
    expect(await page.getByLabel(/Kriteria 1 \(0–10 poin\)/).inputValue()).toBe('6');
    expect(await page.getByLabel('Umpan balik').inputValue()).toBe('Segmen pelanggan belum jelas; tambahkan data wawancara.');
    await look(page, 'mentor-07-grading');
    await page.getByRole('button', { name: 'Minta kirim ulang' }).click();
    await page.getByRole('status').filter({ hasText: 'Diminta kirim ulang' }).waitFor();
    const asked = await app.as(mentor).gql<{ submission: { status: string; grades: { score: number }[] } }>(GRADES, { id: first });
    expect(asked.data?.submission).toMatchObject({ status: 'RESUBMIT_REQUESTED', grades: [{ score: 55 }] });

    const second = await submit('Kanvas usaha batik, dengan 12 wawancara pelanggan: https://drive.example/kanvas-2');
    await page.goto(`/teach/cohorts/${cohort.id}/grading`);
    await page.getByRole('link', { name: /Rina Maharani/ }).click();
    await page.getByText('Percobaan 2').first().waitFor();
    await page.getByLabel(/Kriteria 1 \(0–10 poin\)/).fill('9');
    await page.getByRole('radiogroup', { name: 'Kriteria 2' }).getByLabel('Sangat baik · 10 poin').check();
    // Another mentor grades the same attempt first: saving says so instead of overwriting.
    const criteria = await app
      .get(DataSource)
      .query<{ id: string }[]>(`SELECT id FROM rubric_criterion WHERE assignment_id = $1 ORDER BY position`, [assignment.id]);
    await app.as(coordinator).gql(`mutation($input: GradeSubmissionInput!) { gradeSubmission(input: $input) { id } }`, {
      input: { submissionId: second, scores: criteria.map((c) => ({ criterionId: c.id, points: 7 })) },
    });
    await page.getByRole('button', { name: 'Simpan nilai' }).click();
    await page.getByRole('alert').filter({ hasText: 'Sudah dinilai orang lain' }).waitFor();
    await page.getByText(/^70 · /).waitFor();
    await page.getByRole('button', { name: 'Saya sudah melihatnya; nilai lagi' }).click();
    await page.getByRole('button', { name: 'Simpan nilai' }).click();
    await page.getByRole('status').filter({ hasText: 'Nilai tersimpan' }).waitFor();
    const graded = await app.as(mentor).gql<{ submission: { status: string; grades: { score: number }[] } }>(GRADES, { id: second });
    expect(graded.data?.submission).toMatchObject({ status: 'GRADED', grades: [{ score: 95 }, { score: 70 }] });
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('publishes weekly office hours and keeps a profile for matching, on a phone', async () => {
    const { context } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await logIn(page, mentor.email, mentor.password);
    await page.getByRole('link', { name: 'Konsultasi' }).first().click();
    await page.getByRole('heading', { name: 'Jam konsultasi', exact: true }).waitFor();
    await page.getByLabel('Ulangi tiap minggu, selama').fill('3');
    await page.getByRole('button', { name: 'Buka slot' }).click();
    await page.getByText('Belum dipesan').nth(11).waitFor();
    expect(await page.getByText('Belum dipesan').count()).toBe(12);
    await look(page, 'mentor-08-office-hours');
    await page.getByRole('button', { name: 'Tarik' }).first().click();
    await page.getByRole('button', { name: 'Yakin tarik?' }).click();
    await page.waitForFunction(() => document.body.innerText.split('Belum dipesan').length - 1 === 11);

    await page.getByRole('link', { name: 'Profil', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Profil mentor', exact: true }).waitFor();
    await page.getByLabel('Kriya').check();
    await page.getByLabel('Fesyen').check();
    await page.getByLabel('Tentang saya').fill('Pengrajin batik tulis, 10 tahun mendampingi UMKM.');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil tersimpan' }).waitFor();
    await look(page, 'mentor-09-profile');
    const profile = await app.as(mentor).gql<{ myMentorProfile: { expertise: string[] } }>(`{ myMentorProfile { expertise } }`);
    expect(profile.data?.myMentorProfile.expertise.sort()).toEqual(['fashion', 'kriya']);
    await context.close();
  });
});
