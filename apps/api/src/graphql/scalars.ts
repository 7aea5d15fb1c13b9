import { GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';
import { DomainError, ErrorCode, type LocalizedText } from '@sanggar/core';

/** A value a scalar refuses; the error formatter names the field it was given for. */
const refused = (text: LocalizedText) => new DomainError(ErrorCode.BadUserInput, text);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whether a YYYY-MM-DD is a day of the proleptic Gregorian calendar. By arithmetic rather than by
 * parsing it with luxon: every Date the api answers (a cohort's start and end) is checked on its way
 * out, and luxon's parse was a fifth of a hub home's date work.
 */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw refused({
      id: 'Tanggal harus berformat TTTT-BB-HH, misalnya 2026-12-01',
      en: 'A date must look like YYYY-MM-DD, e.g. 2026-12-01',
    });
  }
  if (!isCalendarDate(value)) {
    throw refused({ id: `Tanggal ${value} tidak ada di kalender`, en: `${value} is not a date on the calendar` });
  }
  return value;
}

/** A calendar date (YYYY-MM-DD), interpreted in the hub's time zone. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, e.g. 2026-12-01 (interpreted in the hub timezone)',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseLocalDate(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseInstant(value: unknown): Date {
  if (typeof value === 'string' && /(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const parsed = DateTime.fromISO(value, { setZone: true });
    if (parsed.isValid) return parsed.toJSDate();
    if (DateTime.fromISO(value.slice(0, 10)).invalidReason === 'unit out of range') {
      throw refused({
        id: `Tanggal ${value.slice(0, 10)} tidak ada di kalender`,
        en: `${value.slice(0, 10)} is not a date on the calendar`,
      });
    }
  }
  throw refused({
    id: 'Waktu harus ISO-8601 dengan zona, misalnya 2026-12-01T09:00:00+07:00',
    en: 'A time must be ISO-8601 with an offset, e.g. 2026-12-01T09:00:00+07:00',
  });
}

/**
 * One rule for every instant the API writes: in the time zone of the hub it belongs to (`inZone`).
 * A bare Date has no hub, so the scalar refuses it: a field that forgets its hub fails loudly in tests.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'ISO-8601 instant, written with the offset of the hub it belongs to, e.g. 2026-12-01T09:00:00+07:00; accepted with any offset',
  serialize: (value) => {
    if (typeof value === 'string' && /(Z|[+-]\d{2}:\d{2})$/.test(value)) return value;
    throw new Error('a DateTime must be written in its hub’s zone (inZone)');
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});

const QUARTER_HOUR = 15 * 60_000;
/** Zone and quarter hour (UTC) -> the zone's offset in minutes then, or null where the slow path must answer. */
const offsets = new Map<string, number | null>();

/**
 * Time zones change their offset only on a quarter hour, so the offset is looked up (through Intl,
 * slow) once per zone and quarter hour; a quarter hour with a change inside it is not cached.
 */
function offsetMinutes(instant: Date, timezone: string): number | null {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR);
  const key = `${timezone} ${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = DateTime.fromMillis(quarter * QUARTER_HOUR, { zone: timezone });
    const end = DateTime.fromMillis((quarter + 1) * QUARTER_HOUR - 1, { zone: timezone });
    // Luxon writes a universal zone as "Z" and an offset with seconds in minutes: both keep its own path.
    const usable = start.isValid && !start.zone.isUniversal && start.offset === end.offset && Number.isInteger(start.offset);
    offset = usable ? start.offset : null;
    if (offsets.size >= 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * "2026-12-01T09:00:00+07:00": an instant as the people of a hub read it (milliseconds only when
 * there are any, as Luxon writes it). A register of 6,000 records is written without Intl per record.
 */
export function inZone(instant: Date, timezone: string): string {
  const offset = offsetMinutes(instant, timezone);
  const local = new Date(instant.getTime() + (offset ?? 0) * 60_000);
  const year = local.getUTCFullYear();
  if (offset === null || year < 1000 || year > 9999)
    return DateTime.fromJSDate(instant, { zone: timezone }).toISO({ suppressMilliseconds: true })!;
  const minutes = Math.abs(offset);
  const written = local.toISOString().slice(0, local.getUTCMilliseconds() ? 23 : 19);
  return `${written}${offset < 0 ? '-' : '+'}${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
}
