// @ts-check
/*
 * What `npm start` builds, and when (issue 25, "a quick start"): each output is rebuilt only when
 * the sources it is built from differ from those of its last build, as a hash of their contents
 * written beside the output (dist/.build-stamps/) once the build succeeded. Plain CommonJS, run by
 * node itself: a TypeScript loader would add a second to every start (types: build-stamp.d.ts).
 */
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { dirname, join } = require('node:path');

/** The files every build reads: the lock file (dependencies) and the compiler's settings. */
const SHARED = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];

/** @type {readonly import('./build-stamp').BuildTarget[]} */
const START_TARGETS = [
  {
    name: 'web',
    inputs: ['apps/web', 'libs', 'projections', ...SHARED],
    output: 'dist/apps/web/index.html',
    command: ['npm', 'run', 'build:web'],
  },
  {
    name: 'api',
    inputs: ['apps/api', 'libs', 'projections', ...SHARED],
    output: 'dist/apps/api/main.js',
    command: ['npx', 'nest', 'build', 'api'],
  },
];

/** Tests and what tools leave in source folders are no part of a build. */
const IGNORED = /(^|\/)(node_modules|dist|coverage)(\/|$)|\.spec\.tsx?$|\.e2e-spec\.ts$/;

/** @param {string} root @param {string} path @param {string[]} into */
function filesUnder(root, path, into) {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (!statSync(full).isDirectory()) {
    if (!IGNORED.test(path)) into.push(path);
    return;
  }
  for (const entry of readdirSync(full).sort()) {
    const child = `${path}/${entry}`;
    if (!IGNORED.test(child)) filesUnder(root, child, into);
  }
}

/** @type {typeof import('./build-stamp').fingerprint} */
function fingerprint(root, inputs) {
  /** @type {string[]} */
  const files = [];
  for (const input of inputs) filesUnder(root, input, files);
  const hash = createHash('sha256');
  for (const file of files) {
    const contents = readFileSync(join(root, file));
    hash.update(`${file}\0${contents.length}\0`).update(contents);
  }
  return hash.digest('hex');
}

/** @param {string} root @param {import('./build-stamp').BuildTarget} target */
const stampFile = (root, target) => join(root, 'dist', '.build-stamps', target.name);

/** @type {typeof import('./build-stamp').staleness} */
function staleness(root, target, current) {
  if (!existsSync(join(root, target.output))) return `${target.output} missing`;
  const stamp = stampFile(root, target);
  if (!existsSync(stamp)) return 'never built by npm start';
  return readFileSync(stamp, 'utf8').trim() === current ? undefined : 'sources changed';
}

/** @type {typeof import('./build-stamp').forgetStamp} */
function forgetStamp(root, target) {
  rmSync(stampFile(root, target), { force: true });
}

/** @type {typeof import('./build-stamp').writeStamp} */
function writeStamp(root, target, current) {
  const stamp = stampFile(root, target);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${current}\n`);
}

/** @type {typeof import('./build-stamp').buildIfChanged} */
function buildIfChanged(root, targets, options = {}) {
  /** @type {string[]} */
  const built = [];
  for (const target of targets) {
    const current = fingerprint(root, target.inputs);
    const why = options.always ? 'asked to' : staleness(root, target, current);
    if (!why) continue;
    options.log?.(`Building the ${target.name} (${why}): ${target.command.join(' ')}`);
    forgetStamp(root, target);
    const [command, ...args] = target.command;
    const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`The ${target.name} build failed (${run.status ?? run.signal})`);
    // The sources as they were when the build began: a file edited during it is built next time.
    writeStamp(root, target, current);
    built.push(target.name);
  }
  return built;
}

module.exports = { START_TARGETS, fingerprint, staleness, forgetStamp, writeStamp, buildIfChanged };
