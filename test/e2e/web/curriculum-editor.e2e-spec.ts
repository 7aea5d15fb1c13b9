import { DataSource } from 'typeorm';
import type { HubEntity } from '@sanggar/hubs';
import { type Browser, DESKTOP, PHONE, type Page, launchBrowser, logIn, look, openContext } from '../../support/browser.js';
import type { Person } from '../../support/factories.js';
import { TestApp } from '../../support/harness.js';

describe('web app: a coordinator builds, publishes and revises a curriculum', () => {
  let app: TestApp;
  let browser: Browser;
  let hub: HubEntity;
  let coordinator: Person;

  beforeAll(async () => {
    app = await TestApp.start();
    browser = await launchBrowser();
    hub = await app.factory.hub({ name: 'Hetero Space Semarang' });
    coordinator = await app.factory.coordinator(hub.id);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  const module = (page: Page, title: string) => page.getByRole('region', { name: title });

  it('builds two modules, a lesson with a preview and a rubric assignment with levels; reorders; publishes; revises and sees what changed', async () => {
    const { context, foreign } = await openContext(browser, app.url, { ...DESKTOP, locale: 'id-ID' });
    const page = await context.newPage();
    await logIn(page, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Kurikulum' }).first().click();
    await page.getByRole('heading', { name: 'Kurikulum', exact: true }).waitFor();
    await page.getByLabel('Judul kurikulum').fill('Fotografi Produk untuk UMKM');
    await page.getByRole('button', { name: 'Buat dan susun' }).click();
    await page.getByRole('heading', { name: 'Fotografi Produk untuk UMKM', exact: true }).waitFor();

    for (const title of ['Cahaya', 'Komposisi']) {
      await page.getByLabel('Modul baru').fill(title);
      await page.getByRole('button', { name: 'Tambah modul' }).click();
      await module(page, title).waitFor();
    }

    // A lesson, written in Markdown and previewed before saving.
    await module(page, 'Cahaya').getByRole('button', { name: 'Tambah materi' }).click();
    await page.getByLabel('Judul materi').fill('Cahaya jendela');
    await page.getByLabel('Isi materi').fill('# Cahaya alami\n\nLetakkan produk **dekat jendela**.\n\n<script>window.hacked = 1</script>');
    await page.getByLabel('Durasi (menit)').fill('25');
    await page.getByRole('tab', { name: 'Pratinjau' }).click();
    await page.getByRole('heading', { name: 'Cahaya alami' }).waitFor();
    expect(await page.locator('.lesson strong').textContent()).toBe('dekat jendela');
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    await look(page, 'curriculum-01-lesson-preview');
    await page.getByRole('button', { name: 'Simpan materi' }).click();
    await module(page, 'Cahaya').getByText('Cahaya jendela').waitFor();

    // An assignment graded by a rubric: two criteria, the first with three levels; a level above its maximum is refused.
    await module(page, 'Komposisi').getByRole('button', { name: 'Tambah tugas' }).click();
    await page.getByLabel('Judul tugas').fill('Foto katalog tiga produk');
    await page.getByLabel('Bobot', { exact: true }).fill('2');
    await page.getByLabel('Nilai lulus', { exact: true }).fill('65');
    const first = page.getByRole('group', { name: 'Kriteria 1' });
    await first.getByRole('textbox', { name: 'Kriteria', exact: true }).fill('Pencahayaan');
    const lighting = page.getByRole('group', { name: 'Pencahayaan' });
    await lighting.getByLabel('Poin maksimal').fill('10');
    for (const [title, points] of [
      ['Kurang', '3'],
      ['Cukup', '6'],
      ['Sangat baik', '12'],
    ]) {
      await lighting.getByRole('button', { name: 'Tambah tingkat' }).click();
      await lighting.getByRole('textbox', { name: 'Tingkat', exact: true }).last().fill(title);
      await lighting.getByRole('textbox', { name: 'Poin', exact: true }).last().fill(points);
    }
    await page.getByRole('button', { name: 'Tambah kriteria' }).click();
    await page.getByRole('group', { name: 'Kriteria 2' }).getByRole('textbox', { name: 'Kriteria', exact: true }).fill('Komposisi');
    await page.getByText('Total 20 poin').waitFor();
    await page.getByRole('button', { name: 'Simpan tugas' }).click();
    await lighting.getByText('Poin tingkat ini paling banyak 10').waitFor();
    await lighting.getByRole('textbox', { name: 'Poin', exact: true }).last().fill('10');
    await look(page, 'curriculum-02-rubric');
    await page.getByRole('button', { name: 'Simpan tugas' }).click();
    await module(page, 'Komposisi').getByText('Foto katalog tiga produk').waitFor();

    // Reorder: Komposisi first.
    await page.getByRole('button', { name: 'Naikkan “Komposisi”' }).click();
    await page.getByRole('heading', { name: '1. Komposisi' }).waitFor();
    await page.getByRole('heading', { name: '2. Cahaya' }).waitFor();
    await look(page, 'curriculum-03-draft');

    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await page.getByText('Terbit · versi 1').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah modul' }).count()).toBe(0);

    // Revise: a new draft, version 2, where the lesson is rewritten and the assignment removed.
    await page.getByRole('button', { name: 'Buat revisi (versi berikutnya)' }).click();
    await page.getByText('Draf · versi 2').waitFor();
    await page.getByText('Belum ada perubahan dari versi sebelumnya.').waitFor();
    await page.getByRole('button', { name: 'Ubah “Cahaya jendela”' }).click();
    await page.getByLabel('Isi materi').waitFor();
    expect(await page.getByLabel('Isi materi').inputValue()).toContain('dekat jendela');
    await page.getByLabel('Isi materi').fill('# Cahaya alami\n\nPakai tirai tipis sebagai peredam.');
    await page.getByRole('button', { name: 'Simpan materi' }).click();
    await page.getByRole('button', { name: 'Hapus “Foto katalog tiga produk”' }).click();
    await page.getByRole('button', { name: 'Ya, hapus “Foto katalog tiga produk”' }).click();
    await page.getByText('Dihapus tugas “Foto katalog tiga produk” (Komposisi)').waitFor();
    await page.getByText('Diubah materi “Cahaya jendela” (Cahaya): isi').waitFor();
    await look(page, 'curriculum-04-revision');

    // Without an assignment it cannot be published, and says why.
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await page.getByText('Kurikulum belum bisa diterbitkan: tambahkan minimal satu tugas').waitFor();

    const db = app.get(DataSource);
    const [stored] = await db.query<{ content: string }[]>(
      `SELECT l.content FROM lesson l JOIN curriculum_module m ON m.id = l.module_id JOIN curriculum c ON c.id = m.curriculum_id
        WHERE c.title = 'Fotografi Produk untuk UMKM' AND c.version = 1`,
    );
    expect(stored.content).toContain('dekat jendela');
    const [levels] = await db.query<{ levels: { points: number }[] }[]>(`SELECT levels FROM rubric_criterion WHERE title = 'Pencahayaan'`);
    expect(levels.levels.map((level) => level.points)).toEqual([3, 6, 10]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('lists the hub’s curricula on a phone, drafts and published versions alike', async () => {
    const { context } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await logIn(page, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Kurikulum' }).first().click();
    await page.getByRole('link', { name: 'Fotografi Produk untuk UMKM' }).first().waitFor();
    expect(await page.getByText('Terbit · v1').count()).toBe(1);
    expect(await page.getByText('Draf · v2').count()).toBe(1);
    await look(page, 'curriculum-05-list-phone');
    await context.close();
  });
});
