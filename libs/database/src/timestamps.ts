import pg from 'pg';

const TIMESTAMPTZ = 1184;
const postgresDate = pg.types.getTypeParser(TIMESTAMPTZ) as (text: string) => Date | number | null;

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const isDigit = (code: number) => code >= 48 && code <= 57;
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);
const [DASH, SPACE, DOT, PLUS, COLON] = ['-', ' ', '.', '+', ':'].map((sign) => sign.charCodeAt(0));

/**
 * A timestamptz as Postgres writes it (ISO style: `2026-12-05 11:00:00.123456+07`, the offset maybe
 * with `:mm` and `:ss`), read by position. The driver's parser runs three regular expressions per
 * value, about 0.5 µs: a page of people carries four instants each, a start-up directory thousands.
 * Anything else (years before 100, BC, infinity) goes to the driver's parser.
 */
export function parseTimestamptz(text: string): Date | number | null {
  if (text.length < 22 || text.charCodeAt(4) !== DASH || text.charCodeAt(10) !== SPACE) return postgresDate(text);
  let at = 19;
  let milliseconds = 0;
  if (text.charCodeAt(at) === DOT) {
    // Up to six digits: the first three are whole milliseconds, the rest a fraction Date drops.
    at++;
    for (let scale = 100; isDigit(text.charCodeAt(at)); at++, scale /= 10) milliseconds += digit(text, at) * scale;
  }
  const sign = text.charCodeAt(at);
  const offsetLength = text.length - at;
  const colonAt = (index: number) => text.charCodeAt(at + index) === COLON;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const wellFormedOffset =
    (sign === PLUS || sign === DASH) &&
    (offsetLength === 3 || (offsetLength === 6 && colonAt(3)) || (offsetLength === 9 && colonAt(3) && colonAt(6)));
  if (!wellFormedOffset || year < 100) return postgresDate(text);
  const offsetSeconds =
    twoDigits(text, at + 1) * 3600 +
    (offsetLength >= 6 ? twoDigits(text, at + 4) * 60 : 0) +
    (offsetLength === 9 ? twoDigits(text, at + 7) : 0);
  const utc = Date.UTC(
    year,
    twoDigits(text, 5) - 1,
    twoDigits(text, 8),
    twoDigits(text, 11),
    twoDigits(text, 14),
    twoDigits(text, 17),
    milliseconds,
  );
  return new Date(utc - (sign === DASH ? -offsetSeconds : offsetSeconds) * 1000);
}

/** The driver's type parsers, with parseTimestamptz for timestamptz text: for a pool's `types`. */
export const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) =>
    oid === TIMESTAMPTZ && format !== 'binary' ? parseTimestamptz : (pg.types.getTypeParser(oid, format) as (value: string) => unknown),
};
