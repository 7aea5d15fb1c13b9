import { Injectable } from '@nestjs/common';
import { AbstractGraphQLDriver, type GqlModuleOptions } from '@nestjs/graphql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  OperationTypeNode,
  type ValidationRule,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { type Locale, RecentlyUsed, localeFromAcceptLanguage } from '@sanggar/core';
import type { GqlContext } from './context.js';
import { CompiledExecution } from './compiled-execution.js';
import { RequestErrorCode, formatError, localised } from './errors.js';
import { REQUEST_LIMITS, costRefusal, stoppedAnswer } from './limits.js';

export interface GraphQLServerOptions extends GqlModuleOptions {
  /** Each request's context, built before anything else. */
  context: (req: FastifyRequest, reply: FastifyReply) => GqlContext;
  /** Rules every document must pass beside GraphQL's own. */
  validationRules: readonly ValidationRule[];
  /** Whether the schema may be read by introspection (never in production). */
  introspection: boolean;
  /** Awaited before a mutation answers. */
  beforeMutationAnswers: () => Promise<void>;
}

/** Distinct documents kept parsed and validated: the web app sends a few dozen. */
export const KNOWN_DOCUMENTS = 500;

const refused = (message: string, code: RequestErrorCode) => new GraphQLError(message, { extensions: { code } });

interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The request's parameters, or why they are not a GraphQL request (GraphQL over HTTP, one operation per POST). */
function readRequest(body: unknown): GraphQLRequest | GraphQLError {
  if (Array.isArray(body)) return refused('Send one operation per request: batches are not accepted', RequestErrorCode.BadRequest);
  if (!isMap(body)) return refused('The body must be a JSON object with a `query`', RequestErrorCode.BadRequest);
  const { query, variables, operationName, extensions } = body;
  if (typeof query !== 'string' || !query)
    return refused('GraphQL operations must contain a non-empty `query`', RequestErrorCode.BadRequest);
  if (variables != null && !isMap(variables)) return refused('`variables` must be a JSON object', RequestErrorCode.BadRequest);
  if (operationName != null && typeof operationName !== 'string')
    return refused('`operationName` must be a string', RequestErrorCode.BadRequest);
  if (extensions != null && !isMap(extensions)) return refused('`extensions` must be a JSON object', RequestErrorCode.BadRequest);
  return { query, variables: variables ?? undefined, operationName: operationName ?? undefined };
}

/** Only a JSON body can reach the API: a form or plain text could be posted by another site (CSRF). */
const isJson = (contentType: string | undefined) => /^application\/json\s*(;|$)/i.test(contentType ?? '');

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/** The answer's media type: the GraphQL one only for a client that prefers it to plain JSON (or names only it). */
function responseType(accept: string | undefined): string {
  let json = -1;
  let graphql = -1;
  for (const range of (accept ?? '').split(',')) {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const quality = Number(parameters.find((parameter) => parameter.startsWith('q='))?.slice(2) ?? 1);
    if (type === 'application/graphql-response+json') graphql = Math.max(graphql, quality);
    else if (type === 'application/json' || type === 'application/*' || type === '*/*') json = Math.max(json, quality);
  }
  return graphql > json ? GRAPHQL_RESPONSE_TYPE : JSON_TYPE;
}

/** graphql-js suggests field and type names ("Did you mean …"): they would map the schema for a stranger. */
const withoutSuggestions = (message: string) => message.replace(/Did you mean ".+"/g, '[Suggestion hidden]');

/** An error in GraphQL's response form with a code (INTERNAL_SERVER_ERROR unless it has one), then as the API says it. */
function formatted(error: unknown): GraphQLFormattedError {
  const graphQLError = error instanceof GraphQLError ? error : new GraphQLError('Unexpected error', { originalError: error as Error });
  const { message, locations, path, extensions } = graphQLError.toJSON();
  const code = extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  return formatError({ message: withoutSuggestions(message), locations, path, extensions: { ...extensions, code } }, graphQLError);
}

/** Refuses reading the schema (`__schema`, `__type`): once per such field, not for every type it reaches. */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type')
      context.reportError(new GraphQLError('The schema cannot be read by introspection here', { nodes: node }));
  },
});

/** What running a request came to, before its errors are formatted. */
interface Outcome {
  status: number;
  result: ExecutionResult;
  isMutation?: boolean;
}

const refusal = (...errors: GraphQLError[]): Outcome => ({ status: 400, result: { errors } });

/**
 * The API's GraphQL over HTTP: one JSON POST, parsed and validated once per distinct document, its cost
 * checked before it runs, queries run as compiled code, errors said in the contract's codes and the
 * caller's language. It replaces Apollo Server, whose request pipeline (plugins, content negotiation, a
 * SHA-256 of every query, header maps) was a third of the CPU of a small query, for features the API
 * does not use.
 */
export class GraphQLServer {
  private readonly documents = new RecentlyUsed<string, DocumentNode>(KNOWN_DOCUMENTS);
  private readonly execution: CompiledExecution;
  private readonly rules: readonly ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: GraphQLServerOptions,
  ) {
    this.execution = new CompiledExecution(schema);
    this.rules = [...specifiedRules, ...options.validationRules, ...(options.introspection ? [] : [noIntrospection])];
  }

  async answer(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const type = responseType(req.headers.accept);
    const locale = () => localeFromAcceptLanguage(req.headers['accept-language']);
    if (req.method !== 'POST') return this.send(reply.header('allow', 'POST'), type, 405, refusedRequest('Ask GraphQL by POST', locale()));
    if (!isJson(req.headers['content-type']))
      return this.send(reply, type, 415, refusedRequest('Send the request as application/json', locale()));
    const context = this.options.context(req, reply);
    const { status, result, isMutation } = await this.outcome(req.body, context);
    if (isMutation) await this.options.beforeMutationAnswers();
    const answer: FormattedExecutionResult = stoppedAnswer(context.budget) ?? {
      ...result,
      errors: result.errors && localised(result.errors.map(formatted), context.locale),
    };
    return this.send(reply, type, status, answer);
  }

  private send(reply: FastifyReply, type: string, status: number, answer: FormattedExecutionResult): void {
    // JSON.stringify without indentation: a 6,000-cell register would be a third whitespace. Sent as
    // bytes: Node joins a string answer to the response's headers (a copy of the whole answer) before
    // encoding it; bytes go out beside them. The grid's 155 KB answer cost 10 % less CPU this way.
    reply
      .code(status)
      .header('content-type', type)
      .send(Buffer.from(JSON.stringify(answer)));
  }

  private async outcome(body: unknown, contextValue: GqlContext): Promise<Outcome> {
    const request = readRequest(body);
    if (request instanceof GraphQLError) return refusal(request);
    const { query: source, variables, operationName } = request;
    const document = this.document(source);
    if (!('kind' in document)) return refusal(...document);
    const operation = getOperationAST(document, operationName);
    if (!operation) {
      const why = operationName ? `Unknown operation named "${operationName}"` : 'Name the operation to run: the document has several';
      return refusal(refused(why, RequestErrorCode.OperationUnresolved));
    }
    const tooCostly = costRefusal(this.schema, document, operation, variables ?? {});
    if (tooCostly) return refusal(new GraphQLError(tooCostly.message, { originalError: tooCostly }));
    const isMutation = operation.operation === OperationTypeNode.MUTATION;
    // A mutation reads afresh the rows it may change (no remembered ones).
    if (isMutation) contextValue.loaders.remembering = false;
    try {
      const result = await this.execution.run({ document, source, operation, operationName, variables, contextValue });
      // Without data nothing ran: the variables' values were refused.
      if (result.data === undefined) return { ...refusal(...(result.errors ?? []).map((error) => asUserInputError(error))), isMutation };
      return { status: 200, result, isMutation };
    } catch (error) {
      return { status: 500, result: { errors: [error as GraphQLError] }, isMutation };
    }
  }

  /** The document parsed and validated (once per distinct text), or why it cannot run. */
  private document(source: string): DocumentNode | readonly GraphQLError[] {
    const known = this.documents.get(source);
    if (known) return known;
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens: REQUEST_LIMITS.tokens });
    } catch (error) {
      // Where the syntax broke is kept (locations), for whoever writes the query.
      const { message, source: text, positions } = error as GraphQLError;
      return [new GraphQLError(message, { source: text, positions, extensions: { code: RequestErrorCode.ParseFailed } })];
    }
    const invalid = validate(this.schema, document, this.rules);
    if (invalid.length)
      return invalid.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            originalError: error.originalError,
            extensions: { code: RequestErrorCode.ValidationFailed },
          }),
      );
    this.documents.set(source, document);
    return document;
  }
}

/** A variable's refused value keeps its error (a scalar's DomainError within it) and gains the request-error code. */
const asUserInputError = (error: GraphQLError) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error.originalError ?? error,
    extensions: { code: RequestErrorCode.BadUserInput, ...error.extensions },
  });

/** A request that is not a GraphQL request at all, answered before any context exists. */
const refusedRequest = (message: string, locale: Locale): FormattedExecutionResult => ({
  errors: localised([formatted(refused(message, RequestErrorCode.BadRequest))], locale),
});

/** Nest's GraphQL driver for GraphQLServer: Nest builds the schema (resolvers, guards, pipes), the server answers on Fastify. */
@Injectable()
export class GraphQLServerDriver extends AbstractGraphQLDriver<GraphQLServerOptions> {
  async start(options: GraphQLServerOptions): Promise<void> {
    const server = new GraphQLServer(options.schema!, options);
    const fastify = this.httpAdapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.route({ url: options.path!, method: ['GET', 'POST'], handler: (req, reply) => server.answer(req, reply) });
  }

  async stop(): Promise<void> {}
}
