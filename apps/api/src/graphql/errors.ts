import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode, type Locale, type LocalizedText } from '@sanggar/core';
import { PgError, pgCode } from '@sanggar/database';

const logger = new Logger('GraphQLErrors');

/** Codes of a request refused before it ran (GraphQLServer): all of them mean "fix your request". */
export const RequestErrorCode = {
  BadRequest: 'BAD_REQUEST',
  ParseFailed: 'GRAPHQL_PARSE_FAILED',
  ValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  OperationUnresolved: 'OPERATION_RESOLUTION_FAILURE',
  BadUserInput: 'BAD_USER_INPUT',
} as const;
export type RequestErrorCode = (typeof RequestErrorCode)[keyof typeof RequestErrorCode];

const REQUEST_ERROR_CODES = new Set<string>(Object.values(RequestErrorCode));

const INTERNAL: LocalizedText = {
  id: 'Terjadi kesalahan di server. Coba lagi sebentar lagi',
  en: 'Something went wrong on the server. Please try again shortly',
};

const MALFORMED: LocalizedText = {
  id: 'Sebuah ID tidak dalam bentuk yang benar',
  en: 'An ID is not in the right form',
};

const UNREADABLE: LocalizedText = {
  id: 'Permintaan ini tidak bisa dibaca oleh server; muat ulang halaman atau perbarui aplikasi',
  en: 'The server cannot read this request; reload the page or update the app',
};

const WRONG_FORM: LocalizedText = { id: 'Isian ini tidak dalam bentuk yang benar', en: 'This value is not in the right form' };

/**
 * The field a variable's value was refused for, as validation names fields: `Variable "$input" got
 * invalid value … at "input.people[3].email"` → `people.3.email`; a whole variable → its name.
 */
export function fieldOfVariableError(message: string): string | null {
  const match =
    /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)";/s.exec(message) ?? /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (!match) return null;
  if (!match[2]) return match[1];
  return (
    match[2]
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .slice(1)
      .join('.') || match[1]
  );
}

/** Reasons of errors that do not come from the domain: a request GraphQL refused, a malformed ID, our fault. */
export const OTHER_REASONS = { invalidQuery: 'INVALID_QUERY', malformedId: 'MALFORMED_ID', internal: 'INTERNAL' } as const;

/** Extension carrying both languages until the response is localised for the caller. */
const I18N = 'i18n';

interface Localisable {
  text: LocalizedText;
  fields?: Record<string, LocalizedText>;
}

/** What a resolver threw, out of the GraphQLError that carries it with the field's path. */
const thrownByResolver = (error: unknown): unknown =>
  error instanceof GraphQLError && error.path && error.originalError ? error.originalError : error;

/** The DomainError a GraphQLError wraps, however deep. */
function domainErrorWithin(error: unknown): DomainError | undefined {
  for (let current = error; current instanceof GraphQLError; current = current.originalError) {
    if (current.originalError instanceof DomainError) return current.originalError;
  }
  return undefined;
}

/**
 * Turns every error into a contract code and a message a person can act on. Unknown errors are
 * logged (type and database code only: no SQL, no values) and answered without any detail.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = thrownByResolver(error);
  // A refused request wraps its DomainError in a GraphQLError without a path; a scalar refusing a
  // variable's value, in GraphQL's coercion error.
  const original = domainErrorWithin(unwrapped) ?? unwrapped;
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    // A scalar refusing a variable's value: GraphQL wrapped it with the path of the field.
    const field = unwrapped instanceof GraphQLError ? fieldOfVariableError(unwrapped.message) : null;
    const i18n: Localisable = { text: original.text, fields: original.fields ?? (field ? { [field]: original.text } : undefined) };
    return {
      ...base,
      message: original.text.id,
      extensions: { code: original.code, ...original.details, reason: original.reason, [I18N]: i18n },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    // Said to the person in their language; GraphQL's own words stay in `detail`, for whoever builds the client.
    const field = fieldOfVariableError(formatted.message);
    const i18n: Localisable = field ? { text: WRONG_FORM, fields: { [field]: WRONG_FORM } } : { text: UNREADABLE };
    return {
      ...base,
      message: i18n.text.id,
      extensions: { code: ErrorCode.BadUserInput, reason: OTHER_REASONS.invalidQuery, detail: formatted.message, [I18N]: i18n },
    };
  }
  if (pgCode(original) === PgError.InvalidTextRepresentation) {
    // IDs are the only text that reaches SQL unvalidated (inputs are validated first).
    return {
      ...base,
      message: MALFORMED.id,
      extensions: { code: ErrorCode.BadUserInput, reason: OTHER_REASONS.malformedId, [I18N]: { text: MALFORMED } },
    };
  }
  const name = original instanceof Error ? original.constructor.name : typeof original;
  logger.error({ errorType: name, dbCode: pgCode(original), path: formatted.path?.join('.') }, 'unexpected error in a GraphQL request');
  return {
    ...base,
    message: INTERNAL.id,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: OTHER_REASONS.internal, [I18N]: { text: INTERNAL } },
  };
}

function localise(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const { [I18N]: i18n, ...extensions } = (error.extensions ?? {}) as { [I18N]?: Localisable };
  if (!i18n) return error;
  const fields = i18n.fields && Object.fromEntries(Object.entries(i18n.fields).map(([field, text]) => [field, text[locale]]));
  return { ...error, message: i18n.text[locale], extensions: fields ? { ...extensions, fields } : extensions };
}

/** Each formatted error's message in the caller's language (their profile, else Accept-Language). */
export const localised = (errors: readonly GraphQLFormattedError[], locale: Locale): GraphQLFormattedError[] =>
  errors.map((error) => localise(error, locale));
