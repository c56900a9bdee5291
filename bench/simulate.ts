/**
 * A county's year over the real HTTP API (issue 8): starts the built api on a fresh embedded
 * store with SIMULATED_CLOCK=true and plays the year through (bench/simulation.ts), then prints
 * what it did, what the dashboards say, and any disagreement (exit 1). Before it, the county year
 * with a joint office (issue 20; bench/county-year/) runs on a store of its own, checked the same way.
 * Usage: npm run simulate [-- --entities 200000 --departments 30 --inspectors 600 --tasks 500
 * --data-dir DIR (keep the data there, signed with the secret below)
 * --county-year-only | --no-county-year]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintAccessToken } from '../libs/runtime/src/access-token';
import { runCountyYear } from './county-year';
import { simulateYear } from './simulation';
import { type BuiltApi, buildApi, freePort, startBuiltApi } from './support/built-api';
import { bytesCall, jsonCall } from './support/json-call';

function argument(name: string, fallback: string): number {
  const index = process.argv.indexOf(`--${name}`);
  return Number(index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback);
}

const SECRET = 'simulate-secret-0123456789abcdef0123456789';
const PORT = argument('port', '3919');
const api = (port: number) => ({
  call: jsonCall(`http://127.0.0.1:${port}`),
  download: bytesCall(`http://127.0.0.1:${port}`),
  token: (sub: string, department: string, roles: string[]) =>
    mintAccessToken(SECRET, { sub, name: sub, department, roles }),
});
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(0);

/** Runs `play` against the built api on `dataDir` (a temporary one when not given), then stops it. */
async function withApi<T>(
  port: number,
  env: Record<string, string>,
  play: () => Promise<T>,
  dataDir?: string,
): Promise<T> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'ssj-simulate-'));
  let started: BuiltApi | undefined;
  try {
    started = await startBuiltApi({ dataDir: dir, port, secret: SECRET, env });
    return await play();
  } finally {
    await started?.stop();
    if (!dataDir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The county year with a joint office: its figures and any disagreement. */
async function countyYear(): Promise<string[]> {
  const port = await freePort();
  const started = performance.now();
  const summary = await withApi(
    port,
    // The joint task belongs to a plan: with no beacon reachable, the platform seeds its draw.
    { SIMULATED_CLOCK: 'true', ENFORCEMENT_QUALIFICATION: 'required', DRAW_WITHOUT_BEACON: 'any' },
    () => runCountyYear(api(port)),
  );
  console.log(`county year with a joint office in ${seconds(started)} s`);
  console.log(`did: ${JSON.stringify(summary.did)}`);
  console.log(`the platform says: ${JSON.stringify(summary.read)}`);
  return summary.mismatches.map((m) => `county year: ${m}`);
}

async function largeYear(): Promise<string[]> {
  const sizes = {
    entities: argument('entities', '200000'),
    departments: argument('departments', '30'),
    inspectors: argument('inspectors', '600'),
    tasks: argument('tasks', '500'),
    year: argument('year', '2026'),
  };
  // --data-dir keeps the year's data there (demo data for the web console), instead of a temporary one.
  const kept = process.argv.includes('--data-dir')
    ? process.argv[process.argv.indexOf('--data-dir') + 1]
    : undefined;
  const started = performance.now();
  const summary = await withApi(
    PORT,
    { SIMULATED_CLOCK: 'true', PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000' },
    () => simulateYear(api(PORT), sizes),
    kept,
  );
  console.log(`simulated ${JSON.stringify(sizes)} in ${seconds(started)} s`);
  console.log(`did: ${JSON.stringify(summary.did)}`);
  console.log(`the dashboards say: ${JSON.stringify(summary.read)}`);
  return summary.mismatches;
}

async function main(): Promise<void> {
  buildApi();
  const mismatches: string[] = [];
  if (!process.argv.includes('--no-county-year')) mismatches.push(...(await countyYear()));
  if (!process.argv.includes('--county-year-only')) mismatches.push(...(await largeYear()));
  console.log(mismatches.length ? `MISMATCHES:\n${mismatches.join('\n')}` : 'every figure matches');
  process.exitCode = mismatches.length ? 1 : 0;
}

void main();
