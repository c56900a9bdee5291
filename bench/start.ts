/**
 * A quick start (issue 25): the time from `npm start` to a 200 on /health, on a built tree and,
 * with --fresh, on one never built by npm start (its stamps removed: the console and the api are
 * built again), each against `node dist/apps/api/main.js` started directly in the same run, on a
 * fresh data directory each time. The target: npm start on a built tree answers within 5 s.
 * Usage: npm run bench:start [-- --runs 3 --fresh]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { START_TARGETS, buildIfChanged } from '../scripts/build-stamp';
import { freePort } from './support/built-api';

const ROOT = join(__dirname, '..');
const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex >= 0 ? Number(process.argv[runsIndex + 1]) : 3;

/** Seconds from spawning `command` until /health answers 200; then its whole process group is stopped. */
async function secondsToHealth(command: string, args: string[]): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ssj-bench-start-'));
  const port = await freePort();
  const started = performance.now();
  // Its own process group: npm start is npm, a shell and node; all of them stop together.
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (answer?.status === 200) return (performance.now() - started) / 1000;
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited (${child.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const shown = (seconds: number) => `${seconds.toFixed(2)} s`;

async function main(): Promise<void> {
  // A built tree first (built now if it is not), so the runs below measure the start alone.
  buildIfChanged(ROOT, START_TARGETS, { log: (line) => console.log(line) });
  const direct: number[] = [];
  const npmStart: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    direct.push(await secondsToHealth(process.execPath, ['dist/apps/api/main.js']));
    npmStart.push(await secondsToHealth('npm', ['start']));
  }
  const base = median(direct);
  const built = median(npmStart);
  console.log(`node dist/apps/api/main.js to /health 200 (median of ${RUNS}): ${shown(base)}`);
  console.log(`npm start on a built tree to /health 200 (median of ${RUNS}): ${shown(built)}`);
  console.log(`npm start on a built tree / node directly: ${(built / base).toFixed(2)} ×`);
  console.log(`npm start on a built tree within 5 s: ${built <= 5 ? 'yes' : 'no'}`);
  if (process.argv.includes('--fresh')) {
    for (const target of START_TARGETS)
      rmSync(join(ROOT, 'dist', '.build-stamps', target.name), { force: true });
    const fresh = await secondsToHealth('npm', ['start']);
    console.log(
      `npm start on a tree never built by it (console and api built) to /health 200: ${shown(fresh)}`,
    );
    console.log(`npm start fresh / node directly: ${(fresh / base).toFixed(2)} ×`);
  }
}

void main();
