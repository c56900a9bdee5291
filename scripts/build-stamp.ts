import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * What `npm start` builds, and when (issue 25, "a quick start"): each output is rebuilt only when
 * the sources it is built from differ from those of its last build, as a hash of their contents
 * written beside the output (dist/.build-stamps/) once the build succeeded.
 */
export interface BuildTarget {
  name: string;
  /** Folders and files (relative to the root) the output is built from. */
  inputs: readonly string[];
  /** A file the build leaves behind: gone, the target is built whatever the stamp says. */
  output: string;
  command: readonly string[];
}

/** The files every build reads: the lock file (dependencies) and the compiler's settings. */
const SHARED = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];

export const START_TARGETS: readonly BuildTarget[] = [
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

function filesUnder(root: string, path: string, into: string[]): void {
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

/** A hash over the inputs' paths and contents: any file added, removed, renamed or changed alters it. */
export function fingerprint(root: string, inputs: readonly string[]): string {
  const files: string[] = [];
  for (const input of inputs) filesUnder(root, input, files);
  const hash = createHash('sha256');
  for (const file of files) {
    const contents = readFileSync(join(root, file));
    hash.update(`${file}\0${contents.length}\0`).update(contents);
  }
  return hash.digest('hex');
}

const stampFile = (root: string, target: BuildTarget) => join(root, 'dist', '.build-stamps', target.name);

/** Why the target must be built, or undefined when its output is that of its sources as they are. */
export function staleness(root: string, target: BuildTarget, current: string): string | undefined {
  if (!existsSync(join(root, target.output))) return `${relative(root, join(root, target.output))} missing`;
  const stamp = stampFile(root, target);
  if (!existsSync(stamp)) return 'never built by npm start';
  return readFileSync(stamp, 'utf8').trim() === current ? undefined : 'sources changed';
}

/** Forgets the stamp before a build, so an interrupted build is built again next time. */
export function forgetStamp(root: string, target: BuildTarget): void {
  rmSync(stampFile(root, target), { force: true });
}

export function writeStamp(root: string, target: BuildTarget, current: string): void {
  const stamp = stampFile(root, target);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${current}\n`);
}

/**
 * Builds each target whose sources changed (all of them when `always`), in order, and answers
 * which it built; a failed build throws, leaving its stamp forgotten.
 */
export function buildIfChanged(
  root: string,
  targets: readonly BuildTarget[],
  options: { always?: boolean; log?: (line: string) => void } = {},
): string[] {
  const built: string[] = [];
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
