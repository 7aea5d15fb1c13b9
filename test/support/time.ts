import { DateTime } from 'luxon';

/**
 * Dates for tests, counted from today in the hub's zone, so every test means the same on any day it
 * runs (CI also runs the suite with the clocks a year ahead: scripts/test-shifted.sh). "Today" is read
 * once per test file, so a file running across midnight keeps one calendar.
 */
export const HUB_ZONE = 'Asia/Jakarta';

const today = DateTime.now().setZone(HUB_ZONE).startOf('day');
const dayStart = (offset: number) => today.plus({ days: offset });

/** The calendar date `offset` days from today in the hub's zone: `day(-7)` → `'2026-11-26'`. */
export const day = (offset: number): string => dayStart(offset).toISODate()!;

/** The instant at a wall-clock time `offset` days from today, written as the API writes it: `at(2, '09:00')` → `'2026-12-05T09:00:00+07:00'`. */
export const at = (offset: number, time: string): string =>
  DateTime.fromISO(`${day(offset)}T${time}`, { zone: HUB_ZONE }).toISO({ suppressMilliseconds: true })!;

/** `at` as a Date. */
export const instant = (offset: number, time: string): Date => new Date(at(offset, time));

/** The offset of the first `weekday` (1 = Monday … 7 = Sunday) at least `from` days from today. */
export function nextWeekday(weekday: number, from = 1): number {
  let offset = from;
  while (dayStart(offset).weekday !== weekday) offset++;
  return offset;
}

/** A day as messages write it: `'Senin, 7 Desember 2026'` (or `'Monday, 7 December 2026'` in English). */
export const longDay = (offset: number, locale: 'id' | 'en' = 'id'): string =>
  dayStart(offset).setLocale(locale).toFormat('cccc, d LLLL yyyy');

/** A span of seconds from now as an instant with an offset, for jobs that must really come due. */
export const secondsFromNow = (seconds: number): string => new Date(Date.now() + seconds * 1000).toISOString();
