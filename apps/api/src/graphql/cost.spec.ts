import { Kind, type OperationDefinitionNode, buildSchema, parse } from 'graphql';
import { operationCost } from './cost.js';

const schema = buildSchema(`
  type Query { hubs(first: Int = 50): [Hub!]! cohort: Cohort! me: User! }
  type Mutation { record: [User!]! open: [User!]! }
  type Hub { id: ID! rooms(first: Int = 100): [Room!]! }
  type Room { id: ID! hub: Hub! }
  type Cohort { enrollments(first: Int = 50): EnrollmentConnection! }
  type EnrollmentConnection { totalCount: Int! edges: [EnrollmentEdge!]! }
  type EnrollmentEdge { node: User! }
  type User { id: ID! tags: [String!]! }
`);
// What @MaxItems() puts on a mutation's list.
schema.getMutationType()!.getFields().record.extensions = { maxItems: 500 };

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(schema, document, operation, variables);
};

describe('operationCost', () => {
  it('counts objects, not scalars', () => {
    expect(cost('{ me { id tags } }')).toBe(1);
  });

  it('multiplies a list by its first: literal, variable, the variable’s default, the argument’s default', () => {
    expect(cost('{ hubs(first: 3) { id } }')).toBe(3);
    expect(cost('query($n: Int) { hubs(first: $n) { id } }', { n: 7 })).toBe(7);
    expect(cost('query($n: Int = 9) { hubs(first: $n) { id } }')).toBe(9);
    expect(cost('{ hubs { id } }')).toBe(50);
  });

  it('multiplies through nesting, so cycles grow out of reach', () => {
    expect(cost('{ hubs(first: 2) { rooms(first: 3) { id } } }')).toBe(2 * (1 + 3));
    expect(cost('{ hubs { rooms { hub { rooms { id } } } } }')).toBe(50 * (1 + 100 * (1 + 1 * (1 + 100))));
  });

  it('gives a connection’s edges the connection’s first', () => {
    expect(cost('query($n: Int) { cohort { enrollments(first: $n) { totalCount edges { node { id } } } } }', { n: 100 })).toBe(
      1 + 1 + 100 * (1 + 1),
    );
  });

  it('counts a fragment wherever it is spread, and aliases each', () => {
    expect(cost('{ a: hubs(first: 2) { ...H } b: hubs(first: 3) { ...H } } fragment H on Hub { rooms(first: 4) { id } }')).toBe(
      2 * 5 + 3 * 5,
    );
  });

  it('stays fast when fragments spread each other twice, level after level', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Hub { id }`
        : `fragment F${i} on Hub { ...F${i + 1} r: rooms(first: 1) { hub { ...F${i + 1} } } }`,
    );
    const started = performance.now();
    expect(cost(`{ hubs(first: 1) { ...F0 } } ${fragments.join(' ')}`)).toBeGreaterThan(2 ** 39);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('takes a mutation’s list bound from maxItems, and refuses to guess one', () => {
    expect(cost('mutation { record { id } }')).toBe(500);
    expect(() => cost('mutation { open { id } }')).toThrow('list field open has no bound');
  });

  it('leaves invalid variables to execution, which refuses them', () => {
    expect(cost('query($n: Int) { hubs(first: $n) { id } }', { n: 'many' })).toBe(0);
  });
});
