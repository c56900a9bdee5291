/** Jest runs every test: unit specs beside their code, contract suites, and end-to-end suites under test/. */
const { existsSync } = require('node:fs');
const { availableParallelism, tmpdir } = require('node:os');

/*
 * The suites' data directories (SQLite files, the PostgreSQL cluster) go to memory (/dev/shm)
 * where there is one: no test here is about surviving a power cut, and on a shared virtual disk
 * the fsync of every commit (SQLITE_SYNCHRONOUS=FULL, the product's default) was most of the time
 * of the suites that write much. Set before the workers start, which inherit it (os.tmpdir()).
 * A process killed with SIGKILL loses nothing it wrote either way. Kept on disk: the console
 * build cache (test/support/console-build.ts), reused across runs.
 */
process.env.SSJ_DISK_TMPDIR ??= tmpdir();
if (!process.env.SSJ_KEEP_TMPDIR && existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';
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
  // Node's, telling afterEach hooks whether their test failed (the file says why).
  testEnvironment: '<rootDir>/test/support/failure-aware-environment.js',
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
  // One PostgreSQL cluster and one Chromium for the run's suites (test/support/global-setup.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // Compiled code of each module kept for the worker's next test file (the file says why).
  runtime: '<rootDir>/test/support/code-cache-runtime.js',
  testTimeout: 30000,
  /*
   * Three workers on two cores (Jest's default elsewhere: a core less than there are): a file
   * spends much of its time waiting on a child process, the browser or a timer, and with two
   * workers the cores were idle a quarter of the run. Still green with a core busy elsewhere.
   */
  maxWorkers: Math.max(3, availableParallelism() - 1),
  /*
   * Tests run in a worker that is replaced once it holds more than this after a file: the e2e
   * suites each start an app, and what a suite leaves behind adds up over 300 files. In band (the
   * default with one worker on two cores) it all stays in Jest's own process, which ran out of heap.
   */
  workerIdleMemoryLimit: '1536MB',
};
