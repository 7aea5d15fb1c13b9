import { FastifyAdapter } from '@nestjs/platform-fastify';
import { type GraphQLObjectType, type ValidationRule, buildSchema } from 'graphql';
import { DomainError, ErrorCode, Locale } from '@sanggar/core';
import type { GqlContext } from './context.js';
import { GraphQLServer } from './graphql-server.js';
import { ExecutionBudget, withExecutionBudget } from './limits.js';

const schema = buildSchema(`
  type Query { greeting(name: String): String!, count(n: Int!): Int!, items: [Int!]! }
  type Mutation { bump: Int! }
`);
const fieldsOf = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
let resolved = 0;
fieldsOf('Query').greeting.resolve = (_source, { name }: { name?: string }) => (resolved++, `halo ${name ?? 'semua'}`);
fieldsOf('Query').count.resolve = (_source, { n }: { n: number }) => n;
fieldsOf('Query').items.resolve = () => Array.from({ length: 250_000 }, (_, i) => i);
fieldsOf('Mutation').bump.resolve = () => ++resolved;
withExecutionBudget(schema);

type Errors = { errors?: { message: string; extensions: Record<string, unknown> }[]; data?: unknown };

/** A server on a real Fastify instance, with a context that shows what the request did to it. */
async function serving(options: { introspection?: boolean } = {}) {
  const contexts: GqlContext[] = [];
  const events: string[] = [];
  let validations = 0;
  const countingRule: ValidationRule = () => (validations++, {});
  const server = new GraphQLServer(schema, {
    context: (req) => {
      const context = {
        req,
        locale: req.headers['accept-language'] === 'en' ? Locale.en : Locale.id,
        loaders: { remembering: true },
        budget: new ExecutionBudget(),
      } as unknown as GqlContext;
      contexts.push(context);
      return context;
    },
    validationRules: [countingRule],
    introspection: options.introspection ?? false,
    beforeMutationAnswers: async () => void events.push('mutation heard'),
  });
  const url = await listening(server);
  const post = async (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
    const response = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    events.push('answered');
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Errors };
  };
  return { url, post, contexts, events, validations: () => validations };
}

const servers: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((fastify) => fastify.close()));
});

/** The server on a real Fastify instance (as the api mounts it), listening on a free port: its URL. */
async function listening(server: GraphQLServer): Promise<string> {
  const fastify = new FastifyAdapter().getInstance();
  fastify.route({ url: '/graphql', method: ['GET', 'POST'], handler: (req, reply) => server.answer(req, reply) });
  servers.push(fastify);
  return `${await fastify.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
}

const reasons = (body: Errors) => body.errors?.map((error) => [error.extensions.code, error.extensions.reason]);

describe('GraphQLServer', () => {
  it('answers a JSON POST as compact JSON, in the GraphQL media type only for a client that prefers it', async () => {
    const { post } = await serving();
    const plain = await post({ query: '{ greeting }' });
    expect(plain).toMatchObject({ status: 200, type: 'application/json; charset=utf-8', body: { data: { greeting: 'halo semua' } } });
    const prefers = (accept: string) =>
      post({ query: '{ greeting }' }, { 'content-type': 'application/json', accept }).then((answer) => answer.type);
    expect(await prefers('application/graphql-response+json')).toBe('application/graphql-response+json; charset=utf-8');
    expect(await prefers('application/graphql-response+json, application/json;q=0.9')).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    expect(await prefers('application/json, application/graphql-response+json;q=0.5')).toBe('application/json; charset=utf-8');
    expect(await prefers('*/*')).toBe('application/json; charset=utf-8');
  });

  it('runs nothing sent by GET, as a form or as plain text (another site could send those)', async () => {
    const { url, post } = await serving();
    const before = resolved;
    const get = await fetch(`${url}?query=%7B%20greeting%20%7D`);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    const plainText = await post(JSON.stringify({ query: '{ greeting }' }), { 'content-type': 'text/plain' });
    expect([plainText.status, reasons(plainText.body)]).toEqual([415, [['BAD_USER_INPUT', 'INVALID_QUERY']]]);
    const form = await post('query=%7B%20greeting%20%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(resolved).toBe(before);
  });

  it.each([
    ['a batch', [{ query: '{ greeting }' }]],
    ['no query', { variables: {} }],
    ['variables that are not a map', { query: '{ greeting }', variables: [1] }],
    ['a numeric operationName', { query: '{ greeting }', operationName: 1 }],
    ['broken syntax', { query: '{ greeting ' }],
    ['an unknown field', { query: '{ greetings }' }],
    ['an unknown operation', { query: 'query A { greeting }', operationName: 'B' }],
    ['two operations and no name', { query: 'query A { greeting } query B { greeting }' }],
    ['a variable of the wrong type', { query: 'query($n: Int!) { count(n: $n) }', variables: { n: 'x' } }],
  ])('refuses %s with 400 and INVALID_QUERY, in the caller’s language, running nothing', async (_case, body) => {
    const { post } = await serving();
    const before = resolved;
    const answer = await post(body, { 'content-type': 'application/json', 'accept-language': 'en' });
    expect([answer.status, reasons(answer.body)]).toEqual([400, [['BAD_USER_INPUT', 'INVALID_QUERY']]]);
    expect(answer.body.errors![0].message).toMatch(/^(The server cannot read this request|This value is not in the right form)/);
    expect('data' in answer.body).toBe(false);
    expect(resolved).toBe(before);
  });

  it('names the variable whose value was refused, and keeps a scalar’s own refusal', async () => {
    const { post } = await serving();
    const wrong = await post({ query: 'query($n: Int!) { count(n: $n) }', variables: { n: 'x' } });
    expect(wrong.body.errors![0].extensions.fields).toEqual({ n: 'Isian ini tidak dalam bentuk yang benar' });
  });

  it('says where a document’s syntax broke', async () => {
    const { post } = await serving();
    const answer = await post({ query: '{\n  greeting(' });
    expect((answer.body.errors![0] as { locations?: unknown }).locations).toEqual([{ line: 2, column: 12 }]);
  });

  it('hides graphql-js’s suggestions of field names', async () => {
    const { post } = await serving();
    const answer = await post({ query: '{ greetin }' });
    expect(answer.body.errors![0].extensions.detail).toBe('Cannot query field "greetin" on type "Query". [Suggestion hidden]?');
  });

  it('parses and validates each distinct document once', async () => {
    const { post, validations } = await serving();
    await post({ query: '{ greeting }' });
    await post({ query: 'query($name: String) { greeting(name: $name) }', variables: { name: 'Ayu' } });
    await post({ query: 'query($name: String) { greeting(name: $name) }', variables: { name: 'Budi' } });
    await post({ query: '{ greeting }' });
    expect(validations()).toBe(2);
  });

  it('lets a mutation read afresh and answer only once its changes are heard; a query neither', async () => {
    const { post, contexts, events } = await serving();
    await post({ query: '{ greeting }' });
    expect([contexts[0].loaders.remembering, events]).toEqual([true, ['answered']]);
    const answer = await post({ query: 'mutation { bump }' });
    expect(answer.status).toBe(200);
    expect([contexts[1].loaders.remembering, events]).toEqual([false, ['answered', 'mutation heard', 'answered']]);
  });

  it('answers a request its budget stopped with one error and no data', async () => {
    const { post } = await serving();
    const answer = await post({ query: '{ items }' });
    expect([answer.status, answer.body.data, reasons(answer.body)]).toEqual([200, null, [['BAD_USER_INPUT', 'ANSWER_TOO_LARGE']]]);
  });

  it('refuses introspection once per reading of the schema unless allowed', async () => {
    const query = '{ __schema { types { name fields { name } } } }';
    const closed = await (await serving()).post({ query });
    expect([closed.status, reasons(closed.body)]).toEqual([400, [['BAD_USER_INPUT', 'INVALID_QUERY']]]);
    const open = await (await serving({ introspection: true })).post({ query });
    expect(open.status).toBe(200);
    expect((open.body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(5);
  });

  it('says a resolver’s DomainError with its code, and anything else as INTERNAL without detail', async () => {
    const failing = buildSchema('type Query { refused: Int, broken: Int }');
    const fields = (failing.getType('Query') as GraphQLObjectType).getFields();
    fields.refused.resolve = () => {
      throw new DomainError(ErrorCode.Forbidden, { id: 'Tidak boleh', en: 'Not allowed' });
    };
    fields.broken.resolve = () => {
      throw new TypeError('secret detail');
    };
    const server = new GraphQLServer(failing, {
      context: () => ({ locale: Locale.en, loaders: {}, budget: new ExecutionBudget() }) as unknown as GqlContext,
      validationRules: [],
      introspection: false,
      beforeMutationAnswers: async () => undefined,
    });
    const response = await fetch(await listening(server), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ refused broken }"}',
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text) as Errors;
    expect(body.data).toEqual({ refused: null, broken: null });
    expect(body.errors!.map((error) => [error.extensions.code, error.message])).toEqual([
      ['FORBIDDEN', 'Not allowed'],
      ['INTERNAL_SERVER_ERROR', 'Something went wrong on the server. Please try again shortly'],
    ]);
    expect(text).not.toContain('secret detail');
  });
});
