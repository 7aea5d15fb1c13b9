import type { HubEntity } from '@sanggar/hubs';
import { type Browser, DESKTOP, PHONE, launchBrowser, logIn, look, openContext } from '../../support/browser.js';
import type { Person } from '../../support/factories.js';
import { TestApp, eventually } from '../../support/harness.js';

/** The one link in the newest email to `address` that starts with `prefix`. */
async function emailedLink(app: TestApp, address: string, path: string): Promise<{ link: string; text: string }> {
  let found: { link: string; text: string } | undefined;
  await eventually(async () => {
    const mail = app.mail.to(address).at(-1);
    const link = mail?.text?.match(new RegExp(`${app.url}${path}\\?token=[^\\s]+`))?.[0];
    expect(link).toBeDefined();
    found = { link: link!, text: mail!.text! };
  }, 20_000);
  return found!;
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

describe('web app: accounts in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let hub: HubEntity;
  let coordinator: Person;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    browser = await launchBrowser();
    hub = await app.factory.hub({ name: 'Hetero Space Solo' });
    coordinator = await app.factory.coordinator(hub.id);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('invites a person the coordinator added: no password in any email, a link to choose one, then home', async () => {
    const email = 'rina.invited@sanggar.test';
    const created = await app.as(coordinator).gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { hubId: hub.id, email, fullName: 'Rina Wulandari', role: 'TRAINEE' },
    });
    expect(created.errors).toBeUndefined();
    const { link, text } = await emailedLink(app, email, '/invitation');
    expect(text).not.toContain('/graphql');
    expect(text).not.toMatch(/kata sandi(nya)?:/i);

    const { context, foreign } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Selamat datang di Sanggar' }).waitFor();
    await look(page, 'account-01-invitation');
    // A weak password is refused with the reason, next to the field.
    await page.getByLabel(/Kata sandi baru/).fill('password123');
    await page.getByRole('button', { name: 'Buat kata sandi dan masuk' }).click();
    await page.getByText(/terlalu umum|mudah ditebak/i).waitFor();
    await page.getByLabel(/Kata sandi baru/).fill('batik kawung di hari senin');
    await page.getByRole('button', { name: 'Buat kata sandi dan masuk' }).click();
    // At her first login she reads and accepts the privacy notice before anything else.
    await page.getByRole('heading', { name: 'Sebelum melanjutkan' }).waitFor();
    await look(page, 'account-01b-privacy-notice');
    await page.getByRole('button', { name: 'Saya setuju' }).click();
    await page.getByRole('heading', { name: 'Halo, Rina' }).waitFor();
    expect((await app.gql(LOGIN, { input: { email, password: 'batik kawung di hari senin' } })).errors).toBeUndefined();
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('sets a new password through the forgotten-password email', async () => {
    const trainee = await app.factory.trainee(hub.id, { fullName: 'Bayu Saputra' });
    const { context } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    // The login form has an Email field too: wait for the new page before typing.
    await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
    await page.getByLabel('Email').fill(trainee.email);
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByText(`Jika ${trainee.email} terdaftar`).waitFor();
    await look(page, 'account-02-forgot-password');

    const { link } = await emailedLink(app, trainee.email, '/reset-password');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Buat kata sandi baru' }).waitFor();
    await page.getByLabel(/Kata sandi baru/).fill('wayang kulit semalam suntuk');
    await page.getByRole('button', { name: 'Simpan dan masuk' }).click();
    await page.getByRole('heading', { name: 'Halo, Bayu' }).waitFor();
    expect((await app.gql(LOGIN, { input: { email: trainee.email, password: trainee.password } })).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    // The link works once.
    await page.goto(link);
    await page.getByLabel(/Kata sandi baru/).fill('gamelan pagi di pendopo');
    await page.getByRole('button', { name: 'Simpan dan masuk' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tautan ini tidak berlaku lagi' }).waitFor();
    await page.getByRole('link', { name: 'Kirim tautan baru ke email saya' }).click();
    await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
    await context.close();
  });

  it('signs up, confirms the email from the link, and is in', async () => {
    const { context } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Daftar akun baru' }).click();
    await page.getByLabel('Nama lengkap').fill('Sekar Ayu');
    await page.getByLabel('Email').fill('sekar.ayu@sanggar.test');
    await page.getByLabel(/Kata sandi baru/).fill('tenun lurik dari klaten');
    await page.getByRole('combobox', { name: /Hub/ }).click();
    await page.getByRole('option', { name: /Hetero Space Solo/ }).click();
    expect(await page.getByRole('link', { name: 'Pemberitahuan privasi' }).getAttribute('href')).toBe('/privacy');
    await page.getByLabel('Saya sudah membaca pemberitahuan privasi dan menyetujuinya').check();
    await look(page, 'account-03-register');
    await page.getByRole('button', { name: 'Daftar' }).click();
    await page.getByRole('heading', { name: 'Periksa email Anda' }).waitFor();

    const { link } = await emailedLink(app, 'sekar.ayu@sanggar.test', '/verify-email');
    await page.goto(link);
    // Accepted at sign-up: no notice again.
    await page.getByRole('heading', { name: 'Halo, Sekar' }).waitFor();
    await context.close();
  });

  it('changes her name and password, logs out, and logs out everywhere', async () => {
    const trainee = await app.factory.trainee(hub.id, { fullName: 'Dewi Lestari' });
    const phone = await openContext(browser, app.url, PHONE);
    const laptop = await openContext(browser, app.url, { ...DESKTOP, locale: 'id-ID' });
    const onPhone = await phone.context.newPage();
    const onLaptop = await laptop.context.newPage();
    await logIn(onPhone, trainee.email, trainee.password);
    await logIn(onLaptop, trainee.email, trainee.password);

    await onPhone.getByRole('link', { name: 'Akun' }).first().click();
    await onPhone.getByLabel('Nama lengkap').fill('Dewi Lestari Putri');
    await onPhone.getByRole('button', { name: 'Simpan', exact: true }).click();
    await onPhone.getByRole('banner').getByText('Dewi Lestari Putri').waitFor();

    // A wrong current password is refused at its field; the right one changes it.
    await onPhone.getByLabel(/Kata sandi saat ini/).fill('bukan kata sandinya');
    await onPhone.getByLabel(/Kata sandi baru/).fill('sawah hijau di lereng merapi');
    await onPhone.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await onPhone.getByText('Kata sandi saat ini salah').waitFor();
    await onPhone.getByLabel(/Kata sandi saat ini/).fill(trainee.password);
    await onPhone.getByLabel(/Kata sandi baru/).fill('sawah hijau di lereng merapi');
    await onPhone.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await onPhone.getByRole('status').filter({ hasText: 'Kata sandi diganti' }).waitFor();
    await look(onPhone, 'account-04-account');
    // The laptop's login ended with the change; the phone's did not.
    await onLaptop.reload();
    await onLaptop.waitForURL(/\/login/);
    await onPhone.reload();
    await onPhone.getByRole('heading', { name: 'Akun saya' }).waitFor();

    await logIn(onLaptop, trainee.email, 'sawah hijau di lereng merapi');
    // The laptop's home (and its bell) done asking: its next request is the click below, not a late one of its own.
    await onLaptop.waitForLoadState('networkidle');
    await onPhone.getByRole('button', { name: 'Keluar dari semua perangkat' }).click();
    await onPhone.waitForURL(/\/login/);
    await onLaptop.getByRole('link', { name: 'Jadwal' }).first().click();
    await onLaptop.waitForURL(/\/login/);

    // Plain logout: this device only, and the back button does not bring the app back.
    await logIn(onPhone, trainee.email, 'sawah hijau di lereng merapi');
    await logIn(onLaptop, trainee.email, 'sawah hijau di lereng merapi');
    await onPhone.getByRole('link', { name: 'Akun' }).first().click();
    await onPhone.getByRole('button', { name: 'Keluar', exact: true }).click();
    await onPhone.waitForURL(/\/login/);
    await onPhone.goBack();
    await onPhone.waitForURL(/\/login/);
    await onLaptop.reload();
    await onLaptop.getByRole('heading', { name: 'Halo, Dewi' }).waitFor();
    await phone.context.close();
    await laptop.context.close();
  });

  it('keeps two tabs logged in through a reload at the same moment: the refresh token is spent once', async () => {
    const trainee = await app.factory.trainee(hub.id, { fullName: 'Galih Pratama' });
    const { context } = await openContext(browser, app.url, PHONE);
    const first = await context.newPage();
    await logIn(first, trainee.email, trainee.password);
    const second = await context.newPage();
    await second.goto('/');
    await second.getByRole('heading', { name: 'Halo, Galih' }).waitFor();
    // Both reload at once: each has only the shared refresh token, and a refresh token works once.
    for (let round = 0; round < 3; round++) {
      await Promise.all([first.reload(), second.reload()]);
      await Promise.all([first, second].map((page) => page.getByRole('heading', { name: 'Halo, Galih' }).waitFor()));
    }
    expect(new URL(first.url()).pathname).toBe('/');
    expect(new URL(second.url()).pathname).toBe('/');
    await context.close();
  });
});
