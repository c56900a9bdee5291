/**
 * A county's year over the real HTTP API (issue 8): starts the built api on a fresh embedded
 * store with SIMULATED_CLOCK=true and plays the year through (bench/simulation.ts), then prints
 * what it did, what the dashboards say, and any disagreement (exit 1).
 * Usage: npm run simulate [-- --entities 200000 --departments 30 --inspectors 600 --tasks 500
 * --data-dir DIR (keep the data there, signed with the secret below)]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintAccessToken } from '../libs/runtime/src/access-token';
import { simulateYear } from './simulation';
import { type BuiltApi, buildApi, startBuiltApi } from './support/built-api';
import { jsonCall } from './support/json-call';

function argument(name: string, fallback: string): number {
  const index = process.argv.indexOf(`--${name}`);
  return Number(index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback);
}

const SECRET = 'simulate-secret-0123456789abcdef0123456789';
const PORT = argument('port', '3919');
const base = `http://127.0.0.1:${PORT}`;

async function main(): Promise<void> {
  const sizes = {
    entities: argument('entities', '200000'),
    departments: argument('departments', '30'),
    inspectors: argument('inspectors', '600'),
    tasks: argument('tasks', '500'),
    year: argument('year', '2026'),
  };
  buildApi();
  // --data-dir keeps the year's data there (demo data for the web console), instead of a temporary one.
  const kept = process.argv.includes('--data-dir')
    ? process.argv[process.argv.indexOf('--data-dir') + 1]
    : undefined;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'ssj-simulate-'));
  let api: BuiltApi | undefined;
  try {
    api = await startBuiltApi({
      dataDir: dir,
      port: PORT,
      secret: SECRET,
      env: { SIMULATED_CLOCK: 'true', PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000' },
    });
    const started = performance.now();
    const summary = await simulateYear(
      {
        call: jsonCall(base),
        token: (sub, department, roles) => mintAccessToken(SECRET, { sub, name: sub, department, roles }),
      },
      sizes,
    );
    console.log(
      `simulated ${JSON.stringify(sizes)} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(`did: ${JSON.stringify(summary.did)}`);
    console.log(`the dashboards say: ${JSON.stringify(summary.read)}`);
    console.log(
      summary.mismatches.length ? `MISMATCHES:\n${summary.mismatches.join('\n')}` : 'every figure matches',
    );
    process.exitCode = summary.mismatches.length ? 1 : 0;
  } finally {
    await api?.stop();
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
