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

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/projections', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@app/audit(|/.*)$': '<rootDir>/libs/audit/src$1',
    '^@app/contract(|/.*)$': '<rootDir>/libs/contract/src$1',
    '^@app/domain(|/.*)$': '<rootDir>/libs/domain/src$1',
    '^@app/event-store(|/.*)$': '<rootDir>/libs/event-store/src$1',
    '^@app/read-store(|/.*)$': '<rootDir>/libs/read-store/src$1',
    '^@app/record-store(|/.*)$': '<rootDir>/libs/record-store/src$1',
    '^@app/runtime(|/.*)$': '<rootDir>/libs/runtime/src$1',
    '^@app/transparency-log(|/.*)$': '<rootDir>/libs/transparency-log/src$1',
    '^@app/projections(|/.*)$': '<rootDir>/projections$1',
  },
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 30000,
};
