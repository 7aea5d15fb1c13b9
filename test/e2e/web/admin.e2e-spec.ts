import { DataSource } from 'typeorm';
import type { HubEntity } from '@sanggar/hubs';
import { type Browser, DESKTOP, PHONE, launchBrowser, logIn, look, openContext } from '../../support/browser.js';
import type { Person } from '../../support/factories.js';
import { TestApp, eventually } from '../../support/harness.js';

describe('web app: an admin opens a hub, chooses it and gives it a coordinator', () => {
  let app: TestApp;
  let browser: Browser;
  let semarang: HubEntity;
  let admin: Person;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    browser = await launchBrowser();
    semarang = await app.factory.hub({ name: 'Hetero Space Semarang' });
    admin = await app.factory.admin();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('opens a hub, works in it, renames it and invites its coordinator', async () => {
    const { context, foreign } = await openContext(browser, app.url, { ...DESKTOP, locale: 'id-ID' });
    const page = await context.newPage();
    await logIn(page, admin.email, admin.password);
    // An admin belongs to no hub: the home asks for one first.
    await page.getByText('Pilih dulu hub yang akan Anda kelola.').waitFor();
    await page.getByRole('link', { name: 'Pilih hub' }).click();

    await page.getByRole('textbox', { name: /^Nama hub/ }).fill('Hetero Space Banyumas');
    await page.getByRole('textbox', { name: /^Kota/ }).fill('Purwokerto');
    await page.getByRole('button', { name: 'Buka hub' }).click();
    const banyumas = page.locator('[data-hub="Hetero Space Banyumas"]');
    await banyumas.getByText('Purwokerto · WIB — Jakarta').waitFor();
    await page.locator(`[data-hub="${semarang.name}"]`).waitFor();
    await look(page, 'admin-01-hubs');

    await banyumas.getByRole('button', { name: 'Kelola Hetero Space Banyumas' }).click();
    await page.getByRole('heading', { name: 'Hetero Space Banyumas', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Pengaturan hub' }).click();
    await page.getByRole('textbox', { name: /^Nama hub/ }).fill('Hetero Space Banyumas Raya');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Pengaturan tersimpan').waitFor();
    await look(page, 'admin-02-settings');

    await page.getByRole('link', { name: 'Orang' }).first().click();
    await page.getByLabel('Nama dan email').fill('Rina Wijaya, rina.wijaya@contoh.id');
    await page.getByRole('radiogroup', { name: 'Undang sebagai' }).getByText('Koordinator').click();
    await page.getByRole('button', { name: 'Kirim 1 undangan' }).click();
    await page.getByRole('status').filter({ hasText: '1 undangan terkirim' }).waitFor();
    await eventually(() => expect(app.mail.to('rina.wijaya@contoh.id')).toHaveLength(1));
    await page.getByLabel('Peran').selectOption('COORDINATOR');
    await page.getByText('1 orang ditemukan').waitFor();
    await page.getByText('Rina Wijaya').waitFor();
    await look(page, 'admin-03-coordinator');

    const [hub] = await app
      .get(DataSource)
      .query(
        `SELECT h.name, h.city, u.role FROM hub h JOIN hub_membership m ON m.hub_id = h.id JOIN "user" u ON u.id = m.user_id WHERE u.email = 'rina.wijaya@contoh.id'`,
      );
    expect(hub).toEqual({ name: 'Hetero Space Banyumas Raya', city: 'Purwokerto', role: 'COORDINATOR' });
    // The choice stays for this browser: a reload still works in the new hub.
    await page.goto('/');
    await page.getByRole('heading', { name: 'Hetero Space Banyumas Raya', level: 1 }).waitFor();
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('lets a coordinator of two hubs switch between them on the home', async () => {
    const solo = await app.factory.hub({ name: 'Hetero Space Solo' });
    const coordinator = await app.factory.coordinator(semarang.id);
    await app
      .get(DataSource)
      .query(`INSERT INTO hub_membership (user_id, hub_id, approved_at) VALUES ($1, $2, now())`, [coordinator.user.id, solo.id]);
    const { context } = await openContext(browser, app.url, { ...DESKTOP, locale: 'id-ID' });
    const page = await context.newPage();
    await logIn(page, coordinator.email, coordinator.password);
    const heading = page.getByRole('heading', { level: 1 });
    const first = await heading.textContent();
    const other = first === 'Hetero Space Solo' ? semarang : solo;
    await page.getByLabel('Pilih hub').selectOption(other.id);
    await page.getByRole('heading', { name: other.name, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Orang' }).first().click();
    await page.getByRole('heading', { name: `Anggota ${other.name}` }).waitFor();
    await context.close();
  });

  it('lists the hubs on a phone', async () => {
    const { context } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await logIn(page, admin.email, admin.password);
    await page.goto('/admin/hubs');
    await page.locator(`[data-hub="${semarang.name}"]`).waitFor();
    await look(page, 'admin-04-hubs-phone');
    await context.close();
  });
});
