/** Jest runs every test: unit specs beside their code, contract suites, and end-to-end suites under test/. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/**
 * openid-client and oidc-provider (and what they import: oauth4webapi, jose) ship only as ES
 * modules, which Jest's CommonJS loader cannot require; swc turns them into CommonJS for the
 * tests. The built app needs none of this: Node >= 20.19 requires ES modules natively (ADR 28).
 */
const ESM_ONLY = ['openid-client', 'oauth4webapi', 'jose', 'oidc-provider'];
const swcEsm = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/projections', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: swcEsm,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper: {
    '^@app/audit(|/.*)$': '<rootDir>/libs/audit/src$1',
    '^@app/blob-store(|/.*)$': '<rootDir>/libs/blob-store/src$1',
    '^@app/contract(|/.*)$': '<rootDir>/libs/contract/src$1',
    '^@app/domain(|/.*)$': '<rootDir>/libs/domain/src$1',
    '^@app/event-store(|/.*)$': '<rootDir>/libs/event-store/src$1',
    '^@app/read-store(|/.*)$': '<rootDir>/libs/read-store/src$1',
    '^@app/record-store(|/.*)$': '<rootDir>/libs/record-store/src$1',
    '^@app/runtime(|/.*)$': '<rootDir>/libs/runtime/src$1',
    '^@app/transparency-log(|/.*)$': '<rootDir>/libs/transparency-log/src$1',
    '^@app/projections(|/.*)$': '<rootDir>/projections$1',
  },
  // One PostgreSQL cluster for the run's PostgreSQL suites (test/support/postgres-server.ts).
  globalSetup: '<rootDir>/test/support/postgres-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/postgres-global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 30000,
  /*
   * Tests run in a worker that is replaced once it holds more than this after a file: the e2e
   * suites each start an app, and what a suite leaves behind adds up over 300 files. In band (the
   * default with one worker on two cores) it all stays in Jest's own process, which ran out of heap.
   */
  workerIdleMemoryLimit: '1536MB',
};
