import { DateTime } from 'luxon';

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export const localDate = (instant: Date, timezone: string): string => DateTime.fromJSDate(instant, { zone: timezone }).toISODate()!;

/** "Senin, 7 Desember 2026 09.00–11.00": a span within a day, in the hub's time zone. */
export const formatSpan = (startsAt: Date, endsAt: Date, timezone: string, locale: 'id' | 'en'): string =>
  `${formatInZone(startsAt, timezone, locale)}–${formatInZone(endsAt, timezone, locale).slice(-5)}`;

/** "Senin, 7 Desember 2026 09.00" / "Monday, 7 December 2026 09:00" in the hub's time zone. */
export function formatInZone(instant: Date, timezone: string, locale: 'id' | 'en'): string {
  // Indonesian writes times as 09.00.
  return DateTime.fromJSDate(instant, { zone: timezone })
    .setLocale(locale)
    .toFormat(locale === 'id' ? 'cccc, d LLLL yyyy HH.mm' : 'cccc, d LLLL yyyy HH:mm');
}
