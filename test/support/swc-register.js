/*
 * Runs the TypeScript sources directly in a child process (`node -r ./test/support/swc-register.js
 * apps/api/src/main.ts`): swc compiles each file as Jest does, with decorator metadata, which Nest's
 * dependency injection needs and tsx/esbuild does not emit, and tsconfig's @app/* paths resolve.
 * Cheaper than `nest build` for a test that starts real processes. What swc made is kept on disk by
 * a hash of the source, so that the second process of a run (and the next run) compiles nothing.
 */
const { createHash } = require('node:crypto');
const {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { transformSync, version } = require('@swc/core');
const { addHook } = require('pirates');
const tsconfigPaths = require('tsconfig-paths');

const root = join(__dirname, '..', '..');
tsconfigPaths.register({ baseUrl: root, paths: require(join(root, 'tsconfig.json')).compilerOptions.paths });

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const cache = join(process.env.SSJ_DISK_TMPDIR ?? tmpdir(), 'ssj-swc-cache');
mkdirSync(cache, { recursive: true });
const salt = `${version}\0${JSON.stringify(options)}\0`;
/** Compiled files of sources not changed for this long are dropped, at the first miss of a process. */
const UNUSED_MS = 14 * 24 * 3600 * 1000;
let pruned = false;

function pruneOld() {
  pruned = true;
  const now = Date.now();
  for (const entry of readdirSync(cache)) {
    const path = join(cache, entry);
    try {
      if (now - statSync(path).mtimeMs > UNUSED_MS) rmSync(path, { force: true });
    } catch {
      // removed by another process meanwhile
    }
  }
}

function compile(code, filename) {
  const file = join(cache, createHash('sha256').update(`${salt}${filename}\0${code}`).digest('hex'));
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // A miss means sources changed since the cache was filled: the time to drop what is stale.
    if (!pruned) pruneOld();
    const out = transformSync(code, { ...options, filename }).code;
    // Written aside, then renamed: a concurrent reader sees the whole file or none.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, out);
    renameSync(partial, file);
    return out;
  }
}

addHook(compile, { exts: ['.ts'], ignoreNodeModules: true });
