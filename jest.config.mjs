/**
 * Two projects: `unit` (*.spec.ts: pure rules, no PostgreSQL or Redis, seconds) and `services`
 * (*.int-spec.ts, *.e2e-spec.ts: the real PostgreSQL, Redis, SMTP and browser). `npm test` runs both;
 * `npm run test:unit` only the first.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    // tsconfig's semantics, as the build has them (rspack.config.mjs): a declared field is only a type.
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
};

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // ESM-only dependencies that CommonJS packages require (@fastify/static → content-disposition):
    // Node 20 loads them (require(esm)); Jest needs them as CommonJS.
    'node_modules/content-disposition/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper: {
    '^@sanggar/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  maxWorkers: 2,
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'services',
      testMatch: ['<rootDir>/test/**/*.{int-spec,e2e-spec}.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
    },
  ],
};
