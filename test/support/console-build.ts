import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** What the console's bundle is made of: its own sources and the libraries vite.config.ts aliases. */
const SOURCES = ['apps/web', 'libs/audit/src', 'libs/contract/src', 'libs/domain/src', 'projections'];
const CONFIGS = ['package-lock.json', 'tsconfig.json'];

/**
 * Builds of the console, one directory a content hash, shared by every test run on this machine:
 * on disk (jest.config.js moves the rest of the tests' files to memory, SSJ_DISK_TMPDIR is where
 * they were).
 */
const CACHE = join(process.env.SSJ_DISK_TMPDIR ?? tmpdir(), 'ssj-console-builds');
/** A build unused this long is removed when another is made. */
const UNUSED_MS = 24 * 3600_000;
/** A lock older than this is a build that died without saying so. */
const STALE_LOCK_MS = 10 * 60_000;

/**
 * The built web console for the sources as they stand (the api serves it with WEB_DIR). Built once
 * for a content hash of what goes into it, then reused by every browser test, in this run and the
 * next; concurrent Jest workers wait for the one that builds it.
 */
export async function consoleBuild(): Promise<string> {
  const dir = join(CACHE, sourcesHash());
  const lock = `${dir}.lock`;
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (existsSync(join(dir, 'index.html'))) {
      const now = new Date();
      utimesSync(dir, now, now);
      return dir;
    }
    if (acquire(lock)) {
      try {
        buildInto(dir);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      pruneUnused(dir);
      return dir;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...SOURCES.flatMap((source) => filesUnder(join(ROOT, source))),
    ...CONFIGS.map((c) => join(ROOT, c)),
  ];
  for (const file of files.sort()) {
    hash.update(`${relative(ROOT, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The files the bundle may import (unit specs are never imported). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return entry.isFile() && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Takes the build lock (a directory: its creation is atomic), or clears a dead builder's. */
function acquire(lock: string): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function lockIsStale(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) return true;
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // No pid file yet: the builder is between mkdir and write.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // ESRCH: no such process; EPERM: alive, someone else's.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Builds beside `dir`, then renames it into place, so that no reader sees half a build. */
function buildInto(dir: string): void {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    execFileSync(
      'npx',
      [
        'vite',
        'build',
        '--config',
        'apps/web/vite.config.ts',
        '--outDir',
        partial,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    renameSync(partial, dir);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

function pruneUnused(keep: string): void {
  for (const entry of readdirSync(CACHE)) {
    const path = join(CACHE, entry);
    if (path === keep || entry.endsWith('.lock')) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > UNUSED_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
}
