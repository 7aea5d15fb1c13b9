import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';

function parseLocalDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid) return value;
  throw new GraphQLError(`Tanggal harus berformat YYYY-MM-DD / a date must look like YYYY-MM-DD, e.g. 2026-12-01`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
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
  }
  throw new GraphQLError(
    'Waktu harus ISO-8601 dengan zona, misalnya 2026-12-01T09:00:00+07:00 / a time must be ISO-8601 with an offset, e.g. 2026-12-01T09:00:00+07:00',
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
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

/** "2026-12-01T09:00:00+07:00": an instant as the people of a hub read it. */
export const inZone = (instant: Date, timezone: string): string =>
  DateTime.fromJSDate(instant, { zone: timezone }).toISO({ suppressMilliseconds: true })!;
