import {
  GraphQLError,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  buildSchema,
  execute,
  getIntrospectionQuery,
  parse,
} from 'graphql';
import { COMPILED_OPERATIONS, CompiledExecution } from './compiled-execution.js';
import type { GqlContext } from './context.js';

const schema = buildSchema(`
  type Item { n: Int!, double: Int!, label(prefix: String = "#"): String! }
  type Query { items(count: Int!): [Item!]!, broken: Item }
  type Mutation { bump: Int! }
`);
let bumps = 0;
const item = (n: number) => ({ n, double: n * 2 });
// graphql-jit runs the schema's own resolvers (it takes no root value): give the fields theirs.
const fieldsOf = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
fieldsOf('Query').items.resolve = (_source, { count }: { count: number }) => Array.from({ length: count }, (_, index) => item(index));
fieldsOf('Query').broken.resolve = () => {
  throw new RangeError('no such item');
};
fieldsOf('Item').label.resolve = ({ n }: { n: number }, { prefix }: { prefix: string }) => `${prefix}${n}`;
fieldsOf('Mutation').bump.resolve = () => ++bumps;

async function started() {
  const execution = new CompiledExecution(schema);
  return { execution, run: runWith(execution) };
}

const runWith =
  (execution: CompiledExecution) =>
  (source: string, variables: Record<string, unknown> = {}) => {
    const document = parse(source);
    const operation = document.definitions[0] as OperationDefinitionNode;
    return execution.run({ document, source, operation, variables, contextValue: {} as GqlContext });
  };

const reference = (source: string, variables: Record<string, unknown> = {}) =>
  execute({ schema, document: parse(source), variableValues: variables });

describe('CompiledExecution', () => {
  it('answers queries exactly as graphql-js does, arguments, defaults and variables included', async () => {
    const { run } = await started();
    const query = `query($count: Int!) { items(count: $count) { n double label tagged: label(prefix: "item ") } }`;
    const answer = await run(query, { count: 3 });
    expect(answer).toEqual(await reference(query, { count: 3 }));
    expect((answer.data as { items: unknown[] }).items[2]).toEqual({ n: 2, double: 4, label: '#2', tagged: 'item 2' });
  });

  it('skips and includes fields, fragments and inline fragments by variables as graphql-js does', async () => {
    const { run } = await started();
    const query = `query($with: Boolean!, $without: Boolean!) {
      items(count: 2) { n double @include(if: $with) ...Labelled @skip(if: $without) ... on Item @include(if: $without) { tagged: label(prefix: "x") } }
    }
    fragment Labelled on Item { label double @skip(if: $with) }`;
    for (const variables of [
      { with: true, without: false },
      { with: false, without: true },
      { with: true, without: true },
      { with: false, without: false },
    ])
      expect([variables, await run(query, variables)]).toEqual([variables, await reference(query, variables)]);
  });

  it('answers introspection (GraphiQL and codegen in development) as graphql-js does', async () => {
    const { run } = await started();
    const query = getIntrospectionQuery();
    expect(await run(query)).toEqual(await reference(query));
  });

  it('reports a failing field as graphql-js does: its path, where it is asked, the original error, a message plugins may rewrite', async () => {
    const { run } = await started();
    const query = `{ items(count: 1) { n } broken { n } }`;
    const answer = await run(query);
    const expected = await reference(query);
    expect(answer.data).toEqual(expected.data);
    const [error] = answer.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.toJSON()).toEqual(expected.errors![0].toJSON());
    expect(error.originalError).toBeInstanceOf(RangeError);
  });

  it('compiles each query once, keeps the most recently used, and leaves mutations to graphql-js', async () => {
    const { execution, run } = await started();
    const first = '{ items(count: 1000) { n } }';
    const numbered = (count: number) => `{ items(count: ${count}) { n } }`;
    await run(first);
    await run(first);
    expect(execution.compiledOperations).toBe(1);
    expect((await run('mutation { bump }')).data).toEqual({ bump: bumps });
    expect(execution.compiledOperations).toBe(1);

    for (let count = 1; count < COMPILED_OPERATIONS; count++) await run(numbered(count));
    expect(execution.compiledOperations).toBe(COMPILED_OPERATIONS);
    await run(first); // used again: now the most recent
    await run(numbered(0)); // one over the limit: the least recently used goes
    expect(execution.compiledOperations).toBe(COMPILED_OPERATIONS);
    expect([first, numbered(0), numbered(2)].map((source) => execution.isCompiled(source))).toEqual([true, true, true]);
    expect(execution.isCompiled(numbered(1))).toBe(false);
  });
});
