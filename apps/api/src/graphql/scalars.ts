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
