import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { AppConfig } from '@sanggar/core';
import type { RowChanges } from '../changes/row-changes.js';
import { createContext } from './context.js';
import type { GraphQLServerOptions } from './graphql-server.js';
import type { LoaderFactory } from './loaders.js';
import { REQUEST_LIMITS, withExecutionBudget } from './limits.js';
import { withRowResolvers } from './row-fields.js';

/**
 * graphql-armor's shape limits, checked with the document's validation. The token limit is the parser's
 * (GraphQLServer); armor's cost ignores variables, defaults and list sizes: costRefusal counts them.
 */
const refusal = {
  exposeLimits: false,
  // Reported as a validation error (armor would throw it out of graphql-js's validation).
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};
const validationRules = [
  maxDepthRule({ n: REQUEST_LIMITS.depth, ...refusal }),
  maxAliasesRule({ n: REQUEST_LIMITS.aliases, ...refusal }),
  maxDirectivesRule({ n: REQUEST_LIMITS.directives, ...refusal }),
];

export function graphqlOptions(config: AppConfig, loaders: LoaderFactory, changes: RowChanges): GraphQLServerOptions {
  return {
    path: '/graphql',
    // Developers get schema.gql rewritten on start; elsewhere the schema is built in memory only.
    autoSchemaFile: config.NODE_ENV === 'development' ? 'schema.gql' : true,
    sortSchema: true,
    introspection: !config.isProduction,
    fieldResolverEnhancers: ['guards'],
    transformSchema: (schema) => withExecutionBudget(withRowResolvers(schema)),
    context: (req: FastifyRequest, reply: FastifyReply) => createContext(loaders, { req, reply }),
    validationRules,
    // A mutation answers only once the api has heard of the changes it made (RowChanges), so the next request finds them in effect.
    beforeMutationAnswers: () => changes.heard(),
  };
}
