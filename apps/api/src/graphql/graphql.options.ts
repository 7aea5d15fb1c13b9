import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@sanggar/core';
import { type LoaderServices, createContext } from './context.js';
import { formatError, localiseErrorsPlugin } from './errors.js';

/** Hostile-query limits. They are deliberately not echoed in error messages. */
export const QUERY_LIMITS = { depth: 12, aliases: 15, cost: 20_000, directives: 10, tokens: 3000 } as const;

const armor = new ApolloArmor({
  blockFieldSuggestion: { enabled: true },
  // Armor's token limit throws while parsing (HTTP 500); Apollo's parseOptions.maxTokens is used instead.
  maxTokens: { enabled: false },
  maxDepth: { n: QUERY_LIMITS.depth, exposeLimits: false },
  maxAliases: { n: QUERY_LIMITS.aliases, exposeLimits: false },
  costLimit: { maxCost: QUERY_LIMITS.cost, exposeLimits: false },
  maxDirectives: { n: QUERY_LIMITS.directives, exposeLimits: false },
}).protect();
// graphql-armor ships CommonJS typings of @apollo/server; the objects are the same at run time.
const armorPlugins = armor.plugins as unknown as ApolloServerPlugin[];

export function graphqlOptions(config: AppConfig, services: LoaderServices): ApolloDriverConfig {
  return {
    path: '/graphql',
    // Developers get schema.gql rewritten on start; elsewhere the schema is built in memory only.
    autoSchemaFile: config.NODE_ENV === 'development' ? 'schema.gql' : true,
    sortSchema: true,
    introspection: !config.isProduction,
    graphiql: !config.isProduction,
    fieldResolverEnhancers: ['guards'],
    context: (req: FastifyRequest, reply: FastifyReply) => createContext(services, { req, reply }),
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    validationRules: armor.validationRules,
    plugins: [...armorPlugins, localiseErrorsPlugin, ApolloServerPluginCacheControlDisabled()],
  };
}
