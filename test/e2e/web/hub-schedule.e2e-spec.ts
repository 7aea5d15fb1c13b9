import { DataSource } from 'typeorm';
import type { CohortEntity } from '@sanggar/cohorts';
import type { HubEntity, RoomEntity } from '@sanggar/hubs';
import { type Browser, DESKTOP, PHONE, type Page, launchBrowser, logIn, look, openContext } from '../../support/browser.js';
import type { Person } from '../../support/factories.js';
import { TestApp } from '../../support/harness.js';
import { at, day, nextWeekday } from '../../support/time.js';

/** "Rabu, 16 Desember": how the calendar heads a day. */
const heading = (offset: number) =>
  new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${day(offset)}T00:00:00Z`),
  );

describe('web app: a coordinator plans a series of sessions and runs the week from the room calendar', () => {
  let app: TestApp;
  let browser: Browser;
  let hub: HubEntity;
  let coordinator: Person;
  let cohort: CohortEntity;
  let kriya: RoomEntity;
  // A Monday at least a week away: four weeks of Mon/Wed from it.
  const monday = nextWeekday(1, 7);

  beforeAll(async () => {
    app = await TestApp.start();
    browser = await launchBrowser();
    hub = await app.factory.hub({ name: 'Hetero Space Semarang' });
    coordinator = await app.factory.coordinator(hub.id);
    cohort = await app.factory.cohort(hub.id, { name: 'Angkatan Batik 4', startsOn: day(-7), endsOn: day(70) });
    kriya = await app.factory.room(hub.id, { name: 'Ruang Kriya', capacity: 30 });
    await app.factory.room(hub.id, { name: 'Aula', capacity: 120 });
    // Something already in Ruang Kriya on the second Wednesday.
    const other = await app.factory.cohort(hub.id, { name: 'Angkatan Lain', startsOn: day(-7), endsOn: day(70) });
    await app.as(coordinator).gql(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: {
        cohortId: other.id,
        roomId: kriya.id,
        title: 'Acara aula',
        startsAt: at(monday + 9, '10:00'),
        endsAt: at(monday + 9, '12:00'),
      },
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  /** Next week until the calendar shows the day. */
  async function showWeekOf(page: Page, offset: number) {
    for (let weeks = 0; weeks < 12 && (await page.getByRole('region', { name: heading(offset) }).count()) === 0; weeks++)
      await page.getByRole('button', { name: 'Minggu berikutnya' }).click();
    await page.getByRole('region', { name: heading(offset) }).waitFor();
  }

  it('previews a Mon/Wed series for four weeks, sees the one clash, leaves that date out, saves; moves and cancels from the calendar', async () => {
    const { context, foreign } = await openContext(browser, app.url, { ...DESKTOP, locale: 'id-ID' });
    const page = await context.newPage();
    await logIn(page, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Jadwal' }).first().click();
    await page.getByRole('heading', { name: 'Jadwal ruang' }).waitFor();

    await page.getByLabel('Kelompok').selectOption({ label: 'Angkatan Batik 4' });
    await page.getByLabel('Judul sesi').fill('Kelas Batik');
    await page.getByLabel('Ruang', { exact: true }).last().selectOption({ label: 'Ruang Kriya (30 kursi)' });
    for (const weekday of ['Sen', 'Rab']) await page.getByText(weekday, { exact: true }).click();
    expect(await page.getByRole('checkbox', { name: 'Sen' }).isChecked()).toBe(true);
    await page.getByLabel(/^Mulai/).fill('09:00');
    await page.getByLabel('Durasi (menit)').fill('120');
    await page.getByLabel('Dari tanggal').fill(day(monday));
    await page.getByLabel('Sampai tanggal').fill(day(monday + 27));
    await page.getByRole('button', { name: 'Lihat pratinjau' }).click();
    await page.getByRole('heading', { name: '8 sesi · 1 bermasalah' }).waitFor();
    const clash = page.locator(`[data-planned="${day(monday + 9)}"]`);
    expect(await clash.textContent()).toContain('Ruang dipakai: Acara aula 10.00–12.00');
    expect(await page.getByRole('button', { name: 'Simpan 8 sesi' }).isDisabled()).toBe(true);
    await look(page, 'schedule-01-preview-clash');

    await clash.getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: 'Simpan 7 sesi' }).click();
    await page.getByText('7 sesi dijadwalkan').waitFor();

    const db = app.get(DataSource);
    const saved = await db.query<{ starts_at: Date }[]>(
      `SELECT starts_at FROM session WHERE cohort_id = $1 AND title = 'Kelas Batik' ORDER BY starts_at`,
      [cohort.id],
    );
    expect(saved.map((row) => row.starts_at.toISOString())).toEqual(
      [0, 2, 7, 14, 16, 21, 23].map((offset) => new Date(at(monday + offset, '09:00')).toISOString()),
    );

    // The calendar: the first Wednesday is moved to the afternoon in the Aula, the first Monday is cancelled.
    await showWeekOf(page, monday);
    const wednesday = page.getByRole('region', { name: heading(monday + 2) });
    await wednesday.getByRole('button', { name: /Kelas Batik/ }).click();
    await page
      .getByLabel(/^Mulai/)
      .first()
      .fill('13:00');
    await page.getByLabel(/^Selesai/).fill('15:00');
    await page.getByLabel('Ruang', { exact: true }).nth(1).selectOption({ label: 'Aula' });
    await look(page, 'schedule-02-move');
    await page.getByRole('button', { name: 'Pindahkan' }).click();
    await wednesday.getByText('13.00–15.00').waitFor();
    await wednesday.getByText('Aula').waitFor();

    await page
      .getByRole('region', { name: heading(monday) })
      .getByRole('button', { name: /Kelas Batik/ })
      .click();
    await page.getByRole('button', { name: 'Batalkan sesi' }).click();
    await page.getByRole('button', { name: 'Ya, batalkan “Kelas Batik”' }).click();
    await page
      .getByRole('region', { name: heading(monday) })
      .getByText('Kosong')
      .waitFor();
    await look(page, 'schedule-03-week');

    const states = await db.query<{ status: string; room: string; starts_at: Date }[]>(
      `SELECT s.status, r.name AS room, s.starts_at FROM session s JOIN room r ON r.id = s.room_id
        WHERE s.cohort_id = $1 AND s.starts_at < $2 ORDER BY s.starts_at`,
      [cohort.id, at(monday + 3, '00:00')],
    );
    expect(states).toEqual([
      { status: 'CANCELLED', room: 'Ruang Kriya', starts_at: new Date(at(monday, '09:00')) },
      { status: 'SCHEDULED', room: 'Aula', starts_at: new Date(at(monday + 2, '13:00')) },
    ]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shows the week as a list of days on a phone', async () => {
    const { context } = await openContext(browser, app.url, PHONE);
    const page = await context.newPage();
    await logIn(page, coordinator.email, coordinator.password);
    await page.getByRole('link', { name: 'Jadwal' }).first().click();
    await showWeekOf(page, monday + 7);
    await page
      .getByRole('region', { name: heading(monday + 7) })
      .getByText('Kelas Batik')
      .waitFor();
    await look(page, 'schedule-04-phone');
    await context.close();
  });
});
