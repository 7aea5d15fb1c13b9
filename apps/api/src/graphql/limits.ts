import {
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { isPromise } from 'node:util/types';
import { DomainError, ErrorCode, type LocalizedText } from '@sanggar/core';
import type { GqlContext } from './context.js';
import { operationCost } from './cost.js';
import { formatError } from './errors.js';

/**
 * What one request may cost. The cost (see cost.ts) is checked before anything runs; the deadline and
 * the number of values while it runs (ExecutionBudget), so even a request the estimate let through stops.
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

/** Why an operation may not run at all (its cost is over the limit), checked before it runs. */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): DomainError | undefined {
  return operationCost(schema, document, operation, variables) > REQUEST_LIMITS.cost ? limitError(LimitReason.QueryTooComplex) : undefined;
}

/**
 * One request's allowance while it runs: its deadline, and how many values it may resolve. Values are
 * counted where work happens (every field with a resolver of its own, and every item of the lists those
 * return), not at every plain property read: Apollo's per-field hook, which counted those too, wrapped
 * every field of every answer and cost 8–11 % of the CPU of the biggest lists.
 */
export class ExecutionBudget {
  private readonly deadline = performance.now() + REQUEST_LIMITS.deadlineMs;
  private values = 0;
  /** Why the request was stopped, once it was: every resolver after that fails at once. */
  stopped?: LimitReason;

  /** Counts `values` more; throws (and stays stopped) once the request is past its deadline or over its values. */
  spend(values: number): void {
    this.values += values;
    if (!this.stopped && this.values > REQUEST_LIMITS.values) this.stopped = LimitReason.AnswerTooLarge;
    if (!this.stopped && performance.now() > this.deadline) this.stopped = LimitReason.TookTooLong;
    if (this.stopped) throw limitError(this.stopped);
  }
}

const returnsList = (type: GraphQLOutputType) => isListType(isNonNullType(type) ? type.ofType : type);

function countItems(result: unknown, budget: ExecutionBudget): unknown {
  if (Array.isArray(result)) budget.spend(result.length);
  return result;
}

/**
 * Makes every field that has a resolver spend from the request's budget (context.budget): one value
 * per call, and one per item of a list it returns. Fields read straight from their parent's object
 * cost nothing here; their number is bounded by the cost limit checked before the operation runs.
 */
export function withExecutionBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = returnsList(field.type)
        ? (source, args, context: GqlContext, info) => {
            context.budget.spend(1);
            const result: unknown = resolve(source, args, context, info);
            return isPromise(result) ? result.then((list) => countItems(list, context.budget)) : countItems(result, context.budget);
          }
        : (source, args, context: GqlContext, info) => {
            context.budget.spend(1);
            return resolve(source, args, context, info);
          };
    }
  }
  return schema;
}

/**
 * The answer of a request its budget stopped: one error and no data (its fields failed one by one),
 * formatted (its language follows); undefined for a request within its budget.
 */
export function stoppedAnswer(budget: ExecutionBudget): FormattedExecutionResult | undefined {
  if (!budget.stopped) return undefined;
  const error = limitError(budget.stopped);
  return { data: null, errors: [formatError({ message: error.message }, error)] };
}
