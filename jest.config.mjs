/** Unit (*.spec.ts), integration (*.int-spec.ts) and e2e (*.e2e-spec.ts) tests, all on real Postgres and Redis. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
};

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@sanggar/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs,test,tools}/**/*.{spec,int-spec,e2e-spec}.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  maxWorkers: 2,
  testTimeout: 60_000,
};
