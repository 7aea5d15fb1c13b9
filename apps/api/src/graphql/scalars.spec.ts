import { DateTime } from 'luxon';
import { DateTimeScalar, inZone, isCalendarDate } from './scalars.js';

describe('DateTimeScalar', () => {
  it('writes only instants already put in a hub’s zone', () => {
    const instant = new Date('2026-12-01T02:00:00Z');
    expect(DateTimeScalar.serialize(inZone(instant, 'Asia/Jayapura'))).toBe('2026-12-01T11:00:00+09:00');
    expect(() => DateTimeScalar.serialize(instant)).toThrow('a DateTime must be written in its hub’s zone');
    expect(() => DateTimeScalar.serialize('2026-12-01T09:00:00')).toThrow();
  });

  it('reads any offset, and refuses a time without one', () => {
    expect(DateTimeScalar.parseValue('2026-12-01T10:00:00+08:00')).toEqual(new Date('2026-12-01T02:00:00Z'));
    expect(() => DateTimeScalar.parseValue('2026-12-01T10:00:00')).toThrow();
  });
});

describe('inZone', () => {
  const luxon = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true });
  const zones = [
    'Asia/Jakarta',
    'Asia/Makassar',
    'Asia/Jayapura',
    'Europe/Berlin',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Etc/UTC',
    'UTC',
  ];

  it('writes what Luxon writes, over two years of odd instants in zones with and without summer time', () => {
    for (const zone of zones) {
      for (
        let time = Date.parse('2025-01-01T00:00:00Z');
        time < Date.parse('2027-01-01T00:00:00Z');
        time += 7 * 3_600_000 + 13 * 60_000 + 17_123
      ) {
        const instant = new Date(time);
        expect([zone, inZone(instant, zone)]).toEqual([zone, luxon(instant, zone)]);
      }
    }
  });

  it('writes what Luxon writes on each side of a change of offset, and twice in a row (cached)', () => {
    // Berlin and St John's change on the hour, Lord Howe by half an hour at 02:00 local.
    const changes = [
      '2026-03-29T01:00:00Z',
      '2026-10-25T01:00:00Z',
      '2026-03-08T05:30:00Z',
      '2026-04-04T15:00:00Z',
      '2026-10-03T15:30:00Z',
    ];
    for (const change of changes) {
      for (const shift of [-QUARTER, -1, 0, 1, 999, QUARTER - 1, QUARTER]) {
        const instant = new Date(Date.parse(change) + shift);
        for (const zone of zones)
          for (let twice = 0; twice < 2; twice++) expect([zone, inZone(instant, zone)]).toEqual([zone, luxon(instant, zone)]);
      }
    }
  });

  it('writes milliseconds only when there are any', () => {
    expect(inZone(new Date('2026-12-01T02:00:00.000Z'), 'Asia/Jakarta')).toBe('2026-12-01T09:00:00+07:00');
    expect(inZone(new Date('2026-12-01T02:00:00.250Z'), 'Asia/Jakarta')).toBe('2026-12-01T09:00:00.250+07:00');
  });
});

const QUARTER = 15 * 60_000;

describe('isCalendarDate', () => {
  it('agrees with luxon on every day of four centuries around a leap rule, and on the days that are not', () => {
    for (const year of [1900, 2000, 2023, 2024, 2100]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect([text, isCalendarDate(text)]).toEqual([text, DateTime.fromISO(text).isValid]);
        }
      }
    }
  });
});
