import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { Role } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import { type Browser, DESKTOP, PHONE, launchBrowser, logIn, look, openContext } from '../../support/browser.js';
import type { Person } from '../../support/factories.js';
import { TestApp } from '../../support/harness.js';
import { day } from '../../support/time.js';

describe('web app: a coordinator runs a cohort from opening to certificates', () => {
  let app: TestApp;
  let browser: Browser;
  let hub: HubEntity;
  let coordinator: Person;
  let trainees: Person[];

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    browser = await launchBrowser();
    hub = await app.factory.hub({ name: 'Hetero Space Semarang' });
    coordinator = await app.factory.coordinator(hub.id);
    await app.factory.person(Role.MENTOR, hub.id, { fullName: 'Bayu Pratama' });
    // Everyone who stays is eligible: the test is about the screens, not the rule.
    await app.factory.publishedCurriculum(hub.id, {
      title: 'Kriya Rotan',
      rule: { minAttendanceRate: 0, minFinalScore: 0, requireAllAssignments: false },
    });
    trainees = [];
    for (const name of ['Ayu Lestari', 'Bima Sakti', 'Citra Dewi', 'Dimas Arya', 'Eka Putri'])
      trainees.push(await app.factory.trainee(hub.id, { fullName: name }));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('opens a cohort, adds a mentor, fills it and its waitlist, withdraws one, starts, completes and follows the certificates', async () => {
    const { context, foreign } = await openContext(browser, app.url, { ...DESKTOP, locale: 'id-ID' });
    const page = await context.newPage();
    await logIn(page, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Semua kelompok' }).click();
    await page.getByRole('heading', { name: 'Kelompok belajar' }).waitFor();
    await page.getByLabel('Nama kelompok').fill('Angkatan Rotan 1');
    await page.getByLabel('Tanggal mulai').fill(day(-3));
    await page.getByLabel('Tanggal selesai').fill(day(-5));
    await page.getByLabel('Kapasitas (kursi)').fill('4');
    await page.getByRole('button', { name: 'Buka kelompok' }).click();
    await page.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai').waitFor();
    await look(page, 'cohort-01-new');
    await page.getByLabel('Tanggal selesai').fill(day(40));
    await page.getByRole('button', { name: 'Buka kelompok' }).click();
    await page.getByRole('heading', { name: 'Angkatan Rotan 1', exact: true }).waitFor();

    await page.getByLabel('Cari mentor hub').fill('bayu');
    await page.getByRole('button', { name: 'Tambahkan Bayu Pratama sebagai mentor' }).click();
    await page.getByRole('button', { name: 'Lepas Bayu Pratama dari kelompok' }).waitFor();

    await page.getByRole('tab', { name: 'Tempel email' }).click();
    await page.getByLabel('Alamat email').fill(trainees.map((trainee) => trainee.email).join('\n'));
    await page.getByRole('button', { name: 'Daftarkan 5 peserta' }).click();
    await page.getByText('4 dari 4 kursi terisi · 1 di daftar tunggu').waitFor();
    await page.getByRole('tab', { name: 'Daftar tunggu' }).click();
    await page.getByText('1. Eka Putri').waitFor();

    // Ayu withdraws: Eka, first on the waitlist, gets her seat.
    await page.getByRole('tab', { name: 'Terdaftar' }).click();
    await page.getByRole('button', { name: 'Keluarkan Ayu Lestari' }).click();
    await page.getByRole('button', { name: 'Ya, keluarkan Ayu Lestari' }).click();
    await page.getByText('4 dari 4 kursi terisi · 0 di daftar tunggu').waitFor();
    await page.locator('[data-enrollment]', { hasText: 'Eka Putri' }).waitFor();

    await page.getByRole('button', { name: 'Ubah nama, tanggal atau kapasitas' }).click();
    await page.getByLabel('Kapasitas (kursi)').fill('3');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Sudah 4 peserta terdaftar; kapasitas paling sedikit 4').waitFor();
    await page.getByLabel('Kapasitas (kursi)').fill('25');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('4 dari 25 kursi terisi · 0 di daftar tunggu').waitFor();
    await look(page, 'cohort-02-planned');

    await page.getByRole('button', { name: 'Mulai kelompok' }).click();
    await page.getByRole('button', { name: 'Ya, mulai' }).click();
    await page.getByText('Berjalan', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Selesaikan dan terbitkan sertifikat' }).click();
    await page.getByRole('button', { name: 'Ya, selesaikan' }).click();
    // The bar follows the batch until every trainee is done.
    await page.getByText('Selesai · 100%').waitFor({ timeout: 60_000 });
    await page.getByText('4 terbit · 0 belum memenuhi syarat · 0 gagal · dari 4').waitFor();
    await look(page, 'cohort-03-certificates');

    await page.getByRole('tab', { name: 'Lulus' }).click();
    await page.locator('[data-enrollment]').nth(3).waitFor();
    await page.getByRole('button', { name: 'Cabut sertifikat Bima Sakti' }).click();
    await page.getByLabel('Alasan pencabutan').fill('Plagiarisme pada tugas akhir');
    await page.getByRole('button', { name: 'Cabut sertifikat', exact: true }).click();
    await page.locator('[data-enrollment]', { hasText: 'Bima Sakti' }).getByText('Dicabut').waitFor();
    // Every valid certificate's PDF in one file (Bima's revoked one left out).
    const [pdfs] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh semua PDF sertifikat (ZIP)' }).click(),
    ]);
    expect(pdfs.suggestedFilename()).toBe('sertifikat-angkatan-rotan-1.zip');
    const files = unzipSync(await readFile(await pdfs.path()));
    expect(Object.keys(files).map((name) => name.replace(/-[A-Z0-9-]+\.pdf$/, ''))).toEqual(['citra-dewi', 'dimas-arya', 'eka-putri']);
    for (const pdf of Object.values(files)) expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');

    // The progress report: sorted by name, downloaded as a workbook a spreadsheet reads back.
    const report = page.locator('[data-progress-row]');
    await report.nth(3).waitFor();
    expect(await report.locator('td:first-child').allTextContents()).toEqual(['Bima Sakti', 'Citra Dewi', 'Dimas Arya', 'Eka Putri']);
    await page.getByRole('button', { name: 'Nama' }).click();
    expect(await report.first().locator('td').first().textContent()).toBe('Eka Putri');
    await page.getByLabel('Hanya yang belum memenuhi syarat').check();
    await page.getByText('Tidak ada peserta di sini.').waitFor();
    await look(page, 'cohort-04-report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX' }).click()]);
    expect(download.suggestedFilename()).toBe('progress-angkatan-rotan-1.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Kemajuan')!;
    // Everyone who ever had a place, Ayu (withdrawn) included, by name.
    expect(sheet.getColumn(1).values.slice(2)).toEqual(['Ayu Lestari', 'Bima Sakti', 'Citra Dewi', 'Dimas Arya', 'Eka Putri']);
    const citra = sheet.getRow(4);
    expect([citra.getCell(3).value, citra.getCell(4).value, citra.getCell(9).value]).toEqual(['COMPLETED', 1, 'ya']);
    expect(citra.getCell(4).numFmt).toBe('0%');

    const [{ revoked }] = await app
      .get(DataSource)
      .query<{ revoked: number }[]>(
        `SELECT count(*)::int AS revoked FROM certificate WHERE status = 'REVOKED' AND revoked_reason = 'Plagiarisme pada tugas akhir'`,
      );
    expect(revoked).toBe(1);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shows the cohort on a phone without cutting anything off', async () => {
    const { context } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await logIn(page, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Semua kelompok' }).click();
    await page.getByRole('link', { name: 'Angkatan Rotan 1' }).click();
    await page.getByRole('heading', { name: 'Angkatan Rotan 1', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Lulus' }).click();
    await page.locator('[data-enrollment]').nth(3).waitFor();
    await look(page, 'cohort-05-phone');
    await context.close();
  });
});
