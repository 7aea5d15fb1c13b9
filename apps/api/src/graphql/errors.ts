import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode, Locale, type LocalizedText } from '@sanggar/core';
import { PgError, pgCode } from '@sanggar/database';
import type { GqlContext } from './context.js';

const logger = new Logger('GraphQLErrors');

/** Codes GraphQL itself raises for a malformed request: all of them mean "fix your request". */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

const INTERNAL: LocalizedText = {
  id: 'Terjadi kesalahan di server. Coba lagi sebentar lagi',
  en: 'Something went wrong on the server. Please try again shortly',
};

const MALFORMED: LocalizedText = {
  id: 'Sebuah ID tidak dalam bentuk yang benar',
  en: 'An ID is not in the right form',
};

/** Reasons of errors that do not come from the domain: a request GraphQL refused, a malformed ID, our fault. */
export const OTHER_REASONS = { invalidQuery: 'INVALID_QUERY', malformedId: 'MALFORMED_ID', internal: 'INTERNAL' } as const;

/** Extension carrying both languages until the response is localised for the caller. */
const I18N = 'i18n';

interface Localisable {
  text: LocalizedText;
  fields?: Record<string, LocalizedText>;
}

/**
 * Turns every error into a contract code and a message a person can act on. Unknown errors are
 * logged (type and database code only: no SQL, no values) and answered without any detail.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A plugin refusing a request wraps its DomainError in a GraphQLError without a path.
  const original =
    unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError ? unwrapped.originalError : unwrapped;
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    const i18n: Localisable = { text: original.text, fields: original.fields };
    return {
      ...base,
      message: original.text.id,
      extensions: { code: original.code, ...original.details, reason: original.reason, [I18N]: i18n },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.BadUserInput, reason: OTHER_REASONS.invalidQuery } };
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

/** Puts each error's message in the caller's language (their profile, else Accept-Language). */
export const localiseErrorsPlugin: ApolloServerPlugin<GqlContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const locale = contextValue?.locale ?? Locale.id;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => localise(e, locale));
      },
    };
  },
};
