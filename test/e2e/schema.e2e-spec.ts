import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { TestApp } from '../support/harness.js';

const COMMITTED = 'schema.gql';
const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------

`;

describe('schema.gql', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('is exactly the schema the api serves (regenerate: npm run schema)', () => {
    const served = HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(COMMITTED, served);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(served);
  });

  it('bounds every list of objects: a `first` argument, or `maxItems` on a mutation, or the edges of a connection that takes `first`', () => {
    const { schema } = app.get(GraphQLSchemaHost);
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const takesFirst = field.args.some((arg) => ['first', 'limit'].includes(arg.name) && arg.defaultValue !== undefined);
        if (!isCompositeType(getNamedType(field.type)) || takesFirst) continue;
        const isList = isListType(getNullableType(field.type));
        const bounded =
          !isList || typeof field.extensions.maxItems === 'number' || (field.name === 'edges' && type.name.endsWith('Connection'));
        if (!bounded) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});
