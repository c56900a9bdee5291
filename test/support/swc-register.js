/*
 * Runs the TypeScript sources directly in a child process (`node -r ./test/support/swc-register.js
 * apps/api/src/main.ts`): swc compiles each file as Jest does, with decorator metadata, which Nest's
 * dependency injection needs and tsx/esbuild does not emit, and tsconfig's @app/* paths resolve.
 * Cheaper than `nest build` for a test that starts real processes.
 */
const { join } = require('node:path');
const { transformSync } = require('@swc/core');
const { addHook } = require('pirates');
const tsconfigPaths = require('tsconfig-paths');

const root = join(__dirname, '..', '..');
tsconfigPaths.register({ baseUrl: root, paths: require(join(root, 'tsconfig.json')).compilerOptions.paths });

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);
