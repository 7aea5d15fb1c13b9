import { DataSource } from 'typeorm';
import { Locale } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import { type Browser, DESKTOP, PHONE, launchBrowser, logIn, look, openContext } from '../../support/browser.js';
import type { Person } from '../../support/factories.js';
import { TestApp } from '../../support/harness.js';
import { at } from '../../support/time.js';

const START = `mutation($id: ID!) { startCohort(id: $id) { id } }`;
const ENROLL = `mutation($input: EnrollInput!) { enrollTrainee(input: $input) { id } }`;
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const PREFERENCES = `{ notificationPreferences { category email } }`;

describe('web app: notifications under the bell, and which of them are emailed', () => {
  let app: TestApp;
  let browser: Browser;
  let hub: HubEntity;
  let coordinator: Person;
  let mentor: Person;
  let trainee: Person;
  let cohortId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    browser = await launchBrowser();
    hub = await app.factory.hub({ name: 'Hetero Space Banyumas' });
    const room = await app.factory.room(hub.id, { name: 'Ruang Kriya' });
    coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.mentor(hub.id, { fullName: 'Pak Budi', locale: Locale.en });
    trainee = await app.factory.trainee(hub.id, { fullName: 'Wulan Sari' });
    // Through the api, as a coordinator would: each step tells the trainee (and the mentor) what changed.
    const cohort = await app.factory.cohort(hub.id, { name: 'Angkatan Banyumas 1' });
    cohortId = cohort.id;
    const as = app.as(coordinator);
    expect((await as.gql(ENROLL, { input: { cohortId: cohort.id, traineeId: trainee.user.id } })).errors).toBeUndefined();
    expect((await as.gql(START, { id: cohort.id })).errors).toBeUndefined();
    const scheduled = await as.gql(SCHEDULE, {
      input: {
        cohortId: cohort.id,
        title: 'Foto produk',
        roomId: room.id,
        mentorId: mentor.user.id,
        startsAt: at(3, '09:00'),
        endsAt: at(3, '11:00'),
      },
    });
    expect(scheduled.errors).toBeUndefined();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('a trainee sees the count on the bell, opens a notice where it points, and marks the rest read', async () => {
    const { context, foreign } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await logIn(page, trainee.email, trainee.password);
    // The bell is named by what it holds: the count is read out, not only drawn.
    const bell = (name: string) => page.getByRole('banner').getByRole('link', { name, exact: true });
    await bell('Notifikasi, 2 belum dibaca').click();
    await page.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
    const enrolled = page.getByRole('listitem').filter({ hasText: 'Anda terdaftar di Angkatan Banyumas 1' });
    const session = page.getByRole('listitem').filter({ hasText: 'Sesi baru: Foto produk' });
    await session.getByText('Ruang Kriya', { exact: false }).first().waitFor();
    await expect(enrolled.getByText('Baru', { exact: true }).count()).resolves.toBe(1);
    // Newest first: the session came after the enrollment.
    await expect(page.getByRole('listitem').first().textContent()).resolves.toMatch(/^Sesi baru: Foto produk/);
    await look(page, 'notifications-01-list');

    await session.getByRole('link', { name: 'Lihat jadwal' }).click();
    await page.waitForURL((url) => url.pathname === '/schedule');
    await page.getByText('Foto produk').first().waitFor();
    await bell('Notifikasi, 1 belum dibaca').click();
    await expect(session.getByText('Baru', { exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).waitFor({ state: 'detached' });
    await bell('Notifikasi').waitFor();
    await expect(page.getByText('Baru', { exact: true }).count()).resolves.toBe(0);
    await look(page, 'notifications-02-all-read');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('a trainee turns off reminder emails on her account; the choice stays after a reload', async () => {
    const { context } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await logIn(page, trainee.email, trainee.password);
    await page.getByRole('link', { name: 'Akun' }).first().click();
    await page.getByRole('heading', { name: 'Notifikasi email' }).waitFor();
    const reminders = page.getByRole('switch', { name: 'Pengingat malam sebelum sesi' });
    await expect(reminders.isChecked()).resolves.toBe(true);
    // A trainee has no grading digest to turn off.
    await expect(page.getByRole('switch', { name: /Ringkasan harian/ }).count()).resolves.toBe(0);
    await reminders.click({ force: true });
    await page.waitForFunction(() => !(document.querySelector('input[role="switch"]:disabled') ?? null));
    await look(page, 'notifications-03-preferences');
    const preferences = await app.as(trainee).gql<{ notificationPreferences: { category: string; email: boolean }[] }>(PREFERENCES);
    expect(preferences.data!.notificationPreferences.filter((preference) => !preference.email)).toEqual([
      { category: 'SESSION_REMINDERS', email: false },
    ]);
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Pengingat malam sebelum sesi' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('switch', { name: 'Sesi baru, dipindah atau dibatalkan' }).isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('a mentor reads his notices in English on a laptop, and can turn off the grading digest', async () => {
    const { context } = await openContext(browser, app.url, DESKTOP);
    const page = await context.newPage();
    await logIn(page, mentor.email, mentor.password, 'Log in');
    await page.getByRole('banner').getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await page.getByRole('listitem').filter({ hasText: 'New session: Foto produk' }).waitFor();
    await look(page, 'notifications-04-mentor-desktop');
    await page.getByRole('link', { name: 'Account' }).first().click();
    await page.getByRole('switch', { name: 'Daily digest of submissions waiting for a grade' }).waitFor();
    await context.close();
  });

  it('an admin sees the email the mail server refused and sends it again', async () => {
    const hana = await app.factory.trainee(hub.id, { fullName: 'Hana Putri' });
    expect((await app.as(coordinator).gql(ENROLL, { input: { cohortId, traineeId: hana.user.id } })).errors).toBeUndefined();
    // What the job runner records after the last of its retries (the api e2e test goes through that path).
    const db = app.get(DataSource);
    await db.query(`UPDATE notification SET email_state = 'FAILED', email_error = 'EENVELOPE 550' WHERE user_id = $1`, [hana.user.id]);
    const admin = await app.factory.admin();
    const { context, foreign } = await openContext(browser, app.url, { ...DESKTOP, locale: 'id-ID' });
    const page = await context.newPage();
    await logIn(page, admin.email, admin.password);
    await page.getByText('1 email tidak terkirim.').waitFor();
    await look(page, 'notifications-05-admin-warned');
    await page.getByRole('link', { name: 'Lihat email yang gagal' }).click();
    await page.getByRole('heading', { name: 'Email yang gagal terkirim', level: 1 }).waitFor();
    const failed = page.getByRole('listitem').filter({ hasText: 'Anda terdaftar di Angkatan Banyumas 1' });
    await failed.getByText(`Untuk Hana Putri · ${hana.email}`).waitFor();
    await failed.getByText('Alasan: EENVELOPE 550', { exact: false }).waitFor();
    await look(page, 'notifications-06-failed-emails');

    await failed.getByRole('button', { name: 'Kirim lagi: Anda terdaftar di Angkatan Banyumas 1 untuk Hana Putri' }).click();
    await page.getByRole('status').filter({ hasText: 'Dikirim lagi: Anda terdaftar di Angkatan Banyumas 1 untuk Hana Putri' }).waitFor();
    await page.getByText('Tidak ada. Semua email terkirim.').waitFor();
    const states = await db.query<{ email_state: string }[]>(`SELECT email_state FROM notification WHERE user_id = $1`, [hana.user.id]);
    expect(states).toEqual([{ email_state: 'PENDING' }]);
    // Home no longer warns.
    await page.getByRole('link', { name: 'Beranda' }).first().click();
    await page.getByText('Pilih dulu hub yang akan Anda kelola.').waitFor();
    await expect(page.getByText('email tidak terkirim', { exact: false }).count()).resolves.toBe(0);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
