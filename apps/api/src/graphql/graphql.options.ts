import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OperationTypeNode } from 'graphql';
import type { AppConfig } from '@sanggar/core';
import type { RowChanges } from '../changes/row-changes.js';
import { type GqlContext, createContext } from './context.js';
import type { LoaderFactory } from './loaders.js';
import { formatError, localiseErrorsPlugin } from './errors.js';
import { REQUEST_LIMITS, costLimitPlugin, executionLimitPlugin, withExecutionBudget } from './limits.js';
import { withRowResolvers } from './row-fields.js';
import { CompiledExecution } from './compiled-execution.js';

const armor = new ApolloArmor({
  blockFieldSuggestion: { enabled: true },
  // Armor's token limit throws while parsing (HTTP 500); Apollo's parseOptions.maxTokens is used instead.
  maxTokens: { enabled: false },
  maxDepth: { n: REQUEST_LIMITS.depth, exposeLimits: false },
  maxAliases: { n: REQUEST_LIMITS.aliases, exposeLimits: false },
  // Armor's cost ignores variables, defaults and list sizes: costLimitPlugin counts them instead.
  costLimit: { enabled: false },
  maxDirectives: { n: REQUEST_LIMITS.directives, exposeLimits: false },
}).protect();
// graphql-armor ships CommonJS typings of @apollo/server; the objects are the same at run time.
const armorPlugins = armor.plugins as unknown as ApolloServerPlugin[];

/**
 * A mutation reads afresh the rows it may change (no remembered ones), and answers only once the api
 * has heard of the changes it made (RowChanges), so the next request finds them in effect.
 */
const mutationsSeeOwnChangesPlugin = (changes: RowChanges): ApolloServerPlugin<GqlContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === OperationTypeNode.MUTATION) contextValue.loaders.remembering = false;
      },
      async willSendResponse({ operation }) {
        if (operation?.operation === OperationTypeNode.MUTATION) await changes.heard();
      },
    };
  },
});

export function graphqlOptions(config: AppConfig, loaders: LoaderFactory, changes: RowChanges): ApolloDriverConfig {
  const execution = new CompiledExecution();
  const options: ApolloDriverConfig = {
    path: '/graphql',
    // Developers get schema.gql rewritten on start; elsewhere the schema is built in memory only.
    autoSchemaFile: config.NODE_ENV === 'development' ? 'schema.gql' : true,
    sortSchema: true,
    introspection: !config.isProduction,
    // GraphiQL is the bundled one the web app builds (served at /graphiql): Apollo's loads from a CDN.
    graphiql: false,
    fieldResolverEnhancers: ['guards'],
    transformSchema: (schema) => execution.use(withExecutionBudget(withRowResolvers(schema))),
    context: (req: FastifyRequest, reply: FastifyReply) => createContext(loaders, { req, reply }),
    formatError,
    // Apollo indents answers by default: a 6,000-cell register would be a third whitespace.
    stringifyResult: (result) => JSON.stringify(result),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: REQUEST_LIMITS.tokens },
    validationRules: armor.validationRules,
    // executionLimitPlugin answers before localiseErrorsPlugin translates.
    plugins: [
      ...armorPlugins,
      costLimitPlugin,
      executionLimitPlugin,
      localiseErrorsPlugin,
      mutationsSeeOwnChangesPlugin(changes),
      ApolloServerPluginCacheControlDisabled(),
    ],
  };
  // Nest's type leaves out `gateway` (its gateway driver builds one); its Apollo driver hands it to Apollo as given.
  return { ...options, gateway: execution } as ApolloDriverConfig;
}
