import { DateTime } from 'luxon';

export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}

const ISO_WEEKDAY: Record<Weekday, number> = { MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6, SUN: 7 };

export interface Recurrence {
  weekdays: Weekday[];
  /** HH:mm in the time zone. */
  startTime: string;
  durationMinutes: number;
  /** YYYY-MM-DD, both inclusive, in the time zone. */
  fromDate: string;
  untilDate: string;
  /** YYYY-MM-DD dates left out (a holiday, a clash). */
  skipDates?: string[];
  timezone: string;
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Every occurrence of a weekly pattern, in order: the local wall-clock time on each matching
 * date in the time zone (so it stays at 09:00 local across DST changes where a zone has them).
 */
export function expandRecurrence(rule: Recurrence): Occurrence[] {
  const [hour, minute] = rule.startTime.split(':').map(Number);
  const days = new Set(rule.weekdays.map((day) => ISO_WEEKDAY[day]));
  const skipped = new Set(rule.skipDates ?? []);
  const until = DateTime.fromISO(rule.untilDate, { zone: rule.timezone });
  const occurrences: Occurrence[] = [];
  for (let day = DateTime.fromISO(rule.fromDate, { zone: rule.timezone }); day <= until; day = day.plus({ days: 1 })) {
    if (!days.has(day.weekday) || skipped.has(day.toISODate()!)) continue;
    const start = day.set({ hour, minute, second: 0, millisecond: 0 });
    occurrences.push({ startsAt: start.toJSDate(), endsAt: start.plus({ minutes: rule.durationMinutes }).toJSDate() });
  }
  return occurrences;
}
