import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beijingDate } from '@app/domain/calendar/calendar-date';
import { loadAuthSecret, loadConfig, mintAccessToken } from '@app/runtime';
import { freePort, startBuiltApi } from '../bench/support/built-api';
import { jsonCall } from '../bench/support/json-call';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoCounty } from './demo-county';

/**
 * `npm run demo`: the platform on a data directory of its own (DEMO_DATA_DIR, default ./demo-data),
 * holding a demonstration county made the first time (scripts/demo-county/), then served on PORT
 * (default 3000) with DEMO=1, which the console shows as 演示数据 in its header. --seed-only stops
 * once the data is there.
 */
const ROOT = join(__dirname, '..');
const dir = resolve(ROOT, process.env.DEMO_DATA_DIR ?? 'demo-data');
const entities = Number(process.env.DEMO_ENTITIES ?? 2000);
/** Written when the directory is made: only such a directory is ever emptied by the demo. */
const OWNED = join(dir, '.demo-data');
/** Written once the county is seeded: a second start reuses the data. */
const SEEDED = join(dir, 'demo-seeded.json');
const DEMO_ENV = { DEMO: '1', DRAW_WITHOUT_BEACON: 'any' };
/** The platform's own data directory, if this shell names one: never the demo's. */
const userDataDir = process.env.DATA_DIR;

function prepareDirectory(): 'seeded' | 'empty' {
  if (dir === resolve(ROOT, 'data') || dir === resolve(ROOT, userDataDir ?? 'data'))
    throw new Error(`DEMO_DATA_DIR=${dir} is the platform's own data directory: give the demo another`);
  if (existsSync(SEEDED)) return 'seeded';
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(OWNED))
      throw new Error(`${dir} holds data that is not the demo's: give DEMO_DATA_DIR another`);
    // A seeding that did not finish: its half county is the demo's own, made again from nothing.
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(OWNED, 'Made by npm run demo: demonstration data, never real records.\n');
  return 'empty';
}

async function seed(): Promise<void> {
  if (!Number.isInteger(entities) || entities < 50 || entities > 20_000)
    throw new Error('DEMO_ENTITIES must be a whole number from 50 to 20000');
  const started = performance.now();
  const { secret } = loadAuthSecret(loadConfig({ DATA_DIR: dir }));
  const api = await startBuiltApi({
    dataDir: dir,
    port: await freePort(),
    secret,
    env: { ...DEMO_ENV, SIMULATED_CLOCK: 'true', PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' },
  });
  try {
    const today = beijingDate(Date.now());
    const county = await seedDemoCounty(
      {
        call: jsonCall(api.base),
        token: (sub, department, roles) => mintAccessToken(secret, { sub, name: sub, department, roles }),
      },
      today,
      { entities },
    );
    writeFileSync(
      SEEDED,
      `${JSON.stringify({ seededOn: today, entities, tasks: county.ids.tasks }, null, 2)}\n`,
    );
  } finally {
    await api.stop();
  }
  console.log(`Seeded the demonstration county in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function printAccounts(port: string): void {
  console.log(`\n演示数据 Demonstration data: ${dir} (delete it to start the demo afresh)`);
  console.log(`Sign in at http://localhost:${port}/ — every account's password: ${DEMO_PASSWORD}`);
  console.log('  部门 department  工号 employee no.  角色 role');
  for (const a of DEMO_ACCOUNTS)
    console.log(`  ${a.department.padEnd(16)} ${a.employeeNumber.padEnd(19)} ${a.label} (${a.role})`);
  console.log('');
}

async function main(): Promise<void> {
  // The demo's data is its own embedded file, whatever servers this shell is set up for.
  for (const name of ['DATA_DIR', 'DATABASE_URL', 'EVENTSTORE_URL', 'MONGODB_URL']) delete process.env[name];
  if (prepareDirectory() === 'empty') await seed();
  if (process.argv.includes('--seed-only')) return;
  const port = process.env.PORT ?? '3000';
  // Every demo account's password is printed and published: this machine only, unless HOST says otherwise.
  const host = process.env.HOST ?? '127.0.0.1';
  const { AUTH_SECRET: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: ROOT,
    env: { ...env, ...DEMO_ENV, DATA_DIR: dir, PORT: port, HOST: host },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => (process.exitCode = code ?? 0));
  // The accounts last, once the api answers, where its start-up log does not bury them.
  while (child.exitCode === null) {
    const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    if (answer?.ok) return printAccounts(port);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
