import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema: a misspelled field fails the build. Output committed
// (src/gql), and a test fails when it drifts from what this generates.
const config: CodegenConfig = {
  schema: '../../schema.gql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**', '!src/routeTree.gen.ts'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
