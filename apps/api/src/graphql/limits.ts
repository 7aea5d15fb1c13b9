import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, type LocalizedText } from '@sanggar/core';
import type { GqlContext } from './context.js';
import { operationCost } from './cost.js';
import { formatError } from './errors.js';

/**
 * What one request may cost. The cost (see cost.ts) is checked before anything runs; the deadline and
 * the number of values are checked while it runs, so even a request the estimate let through stops.
 * None of these numbers is echoed to the client.
 */
export const REQUEST_LIMITS = {
  depth: 12,
  aliases: 15,
  directives: 10,
  tokens: 3000,
  cost: 20_000,
  deadlineMs: 5_000,
  values: 200_000,
} as const;

export enum LimitReason {
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  TookTooLong = 'QUERY_TOOK_TOO_LONG',
  AnswerTooLarge = 'ANSWER_TOO_LARGE',
}

const MESSAGES: Record<LimitReason, LocalizedText> = {
  [LimitReason.QueryTooComplex]: {
    id: 'Permintaan ini terlalu besar. Minta lebih sedikit data sekaligus (misalnya first yang lebih kecil)',
    en: 'This request asks for too much at once. Ask for less (for example a smaller first)',
  },
  [LimitReason.TookTooLong]: {
    id: 'Permintaan ini terlalu lama diproses. Minta lebih sedikit data sekaligus',
    en: 'This request took too long. Ask for less at once',
  },
  [LimitReason.AnswerTooLarge]: {
    id: 'Jawaban untuk permintaan ini terlalu besar. Minta lebih sedikit data sekaligus',
    en: 'The answer to this request is too large. Ask for less at once',
  },
};

const limitError = (reason: LimitReason) => new DomainError(ErrorCode.BadUserInput, MESSAGES[reason], undefined, { reason });

/** Refuses an operation whose cost is over the limit before it runs, with HTTP 400. */
export const costLimitPlugin: ApolloServerPlugin<GqlContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (operation && operationCost(schema, document, operation, request.variables ?? {}) > REQUEST_LIMITS.cost) {
          const error = limitError(LimitReason.QueryTooComplex);
          throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
        }
      },
    };
  },
};

/**
 * Stops a running operation at the deadline or once it has produced too many values: every field
 * after that fails at once, and the answer becomes one error with no data.
 */
export const executionLimitPlugin: ApolloServerPlugin<GqlContext> = {
  async requestDidStart() {
    let stopped: LimitReason | undefined;
    return {
      async executionDidStart() {
        const deadline = performance.now() + REQUEST_LIMITS.deadlineMs;
        let values = 0;
        return {
          willResolveField() {
            values++;
            if (!stopped && values > REQUEST_LIMITS.values) stopped = LimitReason.AnswerTooLarge;
            if (!stopped && (values & 63) === 0 && performance.now() > deadline) stopped = LimitReason.TookTooLong;
            if (stopped) throw limitError(stopped);
          },
        };
      },
      async willSendResponse({ response }) {
        if (!stopped || response.body.kind !== 'single') return;
        const error = limitError(stopped);
        // Apollo formats errors before this hook: format this one here (the language follows in localiseErrorsPlugin).
        response.body.singleResult = { data: null, errors: [formatError({ message: error.message }, error)] };
      },
    };
  },
};
