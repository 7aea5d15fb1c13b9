import pg from 'pg';
import { parseTimestamptz, pgTypes } from './timestamps.js';

const driverParser = pg.types.getTypeParser(1184);
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Postgres's text for an instant written at `offsetSeconds` from UTC, with `fraction` (0–6 digits of a second). */
function postgresText(instant: Date, offsetSeconds: number, fraction: string): string {
  const local = new Date(instant.getTime() + offsetSeconds * 1000);
  const magnitude = Math.abs(offsetSeconds);
  const [hours, minutes, seconds] = [Math.floor(magnitude / 3600), Math.floor((magnitude % 3600) / 60), magnitude % 60];
  const offset = `${offsetSeconds < 0 ? '-' : '+'}${pad(hours)}${minutes || seconds ? `:${pad(minutes)}` : ''}${seconds ? `:${pad(seconds)}` : ''}`;
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date} ${time}${fraction ? `.${fraction}` : ''}${offset}`;
}

describe('parseTimestamptz', () => {
  it('reads every offset and fraction Postgres writes to the same instant as the ISO form, to the millisecond', () => {
    const offsets = [
      0,
      7 * 3600,
      -5 * 3600,
      5.5 * 3600,
      -(3 * 3600 + 30 * 60),
      5 * 3600 + 45 * 60,
      7 * 3600 + 7 * 60 + 12,
      -(0 * 3600 + 25 * 60 + 21),
    ];
    const fractions = ['', '5', '57', '570', '123', '1234', '98765', '999999', '000001'];
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      // Seconds from year 100 to 9999, spread out, and the edges of a year.
      const base = new Date(
        Date.UTC(100 + ((i * 7919) % 9899), (i * 5) % 12, 1 + ((i * 13) % 28), (i * 7) % 24, (i * 11) % 60, (i * 17) % 60),
      );
      for (const offset of offsets)
        for (const fraction of fractions) {
          const text = postgresText(base, offset, fraction);
          const expected = base.getTime() + Math.floor(Number(`0.${fraction || '0'}`) * 1000 + 1e-9);
          expect([text, (parseTimestamptz(text) as Date).getTime()]).toEqual([text, expected]);
          checked++;
        }
    }
    expect(checked).toBe(400 * 8 * 9);
  });

  it('leaves what it does not read by position to the driver: infinity, BC, years before 100', () => {
    for (const text of ['infinity', '-infinity', '0099-06-01 10:00:00+00', '2020-01-01 00:00:00+00 BC', '0001-01-01 00:00:00+07'])
      expect(parseTimestamptz(text)).toEqual(driverParser(text));
  });

  it('is what a pool built with pgTypes uses for timestamptz text, and only for that', () => {
    expect(pgTypes.getTypeParser(1184)).toBe(parseTimestamptz);
    expect(pgTypes.getTypeParser(1184, 'binary')).toBe(pg.types.getTypeParser(1184, 'binary'));
    expect(pgTypes.getTypeParser(1114)).toBe(pg.types.getTypeParser(1114));
  });
});
