import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
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
});
