/**
 * Dates and times as the hub reads them. Instants are shown in the hub's zone (with its name when
 * the viewer's own zone differs); calendar dates stay strings, never turned into a local Date.
 */
const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;
type Lang = keyof typeof LOCALES;

const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const lang = (locale: string): Lang => (locale.startsWith('en') ? 'en' : 'id');

/** " WIB" when the viewer is elsewhere (or always, `always`), so a time is never read in the wrong zone. */
export const zoneSuffix = (zone: string, always = false) =>
  always || zone !== viewerZone() ? ` ${ZONE_NAMES[zone] ?? zone.split('/').pop()!.replace(/_/g, ' ')}` : '';

/** "Senin, 7 Desember 2026 09.00". */
export function dateTime(iso: string, zone: string, locale: string): string {
  return (
    new Intl.DateTimeFormat(LOCALES[lang(locale)], {
      timeZone: zone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso)) + zoneSuffix(zone)
  );
}

/** "09.03" (WIB when the viewer is elsewhere): a moment within a day already shown. */
export const time = (iso: string, zone: string, locale: string) =>
  new Intl.DateTimeFormat(LOCALES[lang(locale)], { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso)) +
  zoneSuffix(zone);

/** "Sen, 7 Des · 09.00–11.00 WIB": a session or slot in a list. */
export function span(startIso: string, endIso: string, zone: string, locale: string): string {
  const l = LOCALES[lang(locale)];
  const day = new Intl.DateTimeFormat(l, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(startIso));
  const time = new Intl.DateTimeFormat(l, { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  return `${day} · ${time.format(new Date(startIso))}–${time.format(new Date(endIso))}${zoneSuffix(zone)}`;
}

/** A calendar date "2026-08-17" in words (no time zone involved). */
function wordsOfDate(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang(locale)], { timeZone: 'UTC', ...options }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "17 Agustus 2026". */
export const calendarDate = (date: string, locale: string) => wordsOfDate(date, locale, { day: 'numeric', month: 'long', year: 'numeric' });

/** "Senin, 17 Agustus": a day heading in an agenda. */
export const dayHeading = (date: string, locale: string) => wordsOfDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long' });

/** "85%" (0.85), in the reader's number format. */
export const percent = (ratio: number, locale: string) =>
  new Intl.NumberFormat(LOCALES[lang(locale)], { style: 'percent', maximumFractionDigits: 0 }).format(ratio);

/** "82,5" (82.5). */
export const score = (value: number, locale: string) =>
  new Intl.NumberFormat(LOCALES[lang(locale)], { maximumFractionDigits: 2 }).format(value);

/** The date of an instant in a zone, as YYYY-MM-DD (to group a schedule by day). */
export const dayOf = (iso: string, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(iso));

/** The instant of a wall-clock date and time in a zone ("2026-12-07", "13:00", Asia/Jakarta), for a form's fields. */
export function instantOf(date: string, clock: string, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = clock.split(':').map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(asIfUtc))
      .map((part) => [part.type, Number(part.value)]),
  );
  const wallOfUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  // The zone's offset at that moment (Indonesia keeps no summer time, so once is exact).
  return new Date(asIfUtc - (wallOfUtc - asIfUtc));
}

/** The calendar date `days` after `date` (YYYY-MM-DD), by the calendar, not by hours. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return addDays(date, -((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7));
}

/** "09.00" / "09:00": the wall-clock time of an instant in the hub's zone, as an <input type="time"> takes it with ':'. */
export const clockOf = (iso: string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

/** "sekarang", "5 menit yang lalu" within a day, the date and time after that: when something happened. */
export function ago(iso: string, zone: string, locale: string, now = Date.now()): string {
  const minutes = Math.round((now - new Date(iso).getTime()) / 60_000);
  if (minutes >= 24 * 60) return dateTime(iso, zone, locale);
  const words = new Intl.RelativeTimeFormat(LOCALES[lang(locale)], { numeric: 'auto' });
  if (minutes < 1) return words.format(0, 'second');
  return minutes < 60 ? words.format(-minutes, 'minute') : words.format(-Math.floor(minutes / 60), 'hour');
}
