/**
 * HTTP load bench (issues 8 and 25), on the embedded store: builds and starts the api as its own
 * process (the product's defaults: SQLite synchronous FULL, projections in a thread of the api, ADR 58), sets up over
 * HTTP a directory, inspectors and locked tasks, then drives it with autocannon:
 *   1. result entries (POST /api/tasks/:id/results, by each entity's team members, spread over
 *      the tasks), against the command path with projections removed, in the same run: the set-up
 *      data directory is copied, and beside the api with the defaults a second api on the copy runs
 *      no projections (RUN_PROJECTIONS=false) and waits for none (READ_MODEL_WAIT_MS=0); the load
 *      alternates between the two in rounds (--rounds, SECONDS each api). Target (issue 25): the
 *      defaults ≥ 0.8× the rate without projections, with p99 ≤ 100 ms at 32 connections
 *   2. dashboard reads (GET /api/tasks?departmentId=…, a read-model page): target ≥ 5,000
 *      requests/s with p99 ≤ 20 ms, in alternating rounds with a service token and with the
 *      session access token of an official signed in through POST /api/auth/sign-in (issue 19:
 *      the account and session are read on every request), and what that revocation check costs
 * and prints the figures. Usage: npm run bench:http [-- --tasks 40 --entities 4000 --seconds 15
 * --connections 32 --load entries|reads --rounds 3 --store sqlite|postgres --instances 1|2].
 * --store postgres runs the api on a throwaway durable PostgreSQL cluster (or BENCH_DATABASE_URL),
 * entries with the defaults only; --instances 2 (PostgreSQL only) then times the entries again with a
 * second api process on the same database (the first keeps the projections), the load split between
 * the two, and prints the CPU each process used: which resource limits the rate on this machine.
 * Environment: SKIP_BUILD=1 runs the api as last built (dist/apps/api); KEEP_BENCH_DIR=1 keeps the data
 * directory; API_NODE_ARGS=--cpu-prof profiles each api process; the api's own settings (for example
 * READ_CACHE_ENTRIES=0, SQLITE_SYNCHRONOUS) pass through to it.
 */
import autocannon from 'autocannon';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintAccessToken } from '../libs/runtime/src/access-token';
import { type BenchPostgres, benchPostgres, benchStore } from './support/bench-postgres';
import { type BuiltApi, buildApi, freePort, startBuiltApi } from './support/built-api';
import { CpuMeter, treeCpuSeconds } from './support/cpu-usage';
import { setUp } from './support/http-setup';
import { type Entry, entriesLoad, together } from './support/result-entries';
import { combined, readLoad, revocationCost, signedInToken } from './support/signed-in-reads';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const TASKS = Number(argument('tasks', '40'));
const ENTITIES = Number(argument('entities', '4000'));
const SECONDS = Number(argument('seconds', '15'));
const CONNECTIONS = Number(argument('connections', '32'));
/** Which load to drive: `entries`, `reads`, or both (the default). */
const LOAD = argument('load', 'both');
/**
 * Entries alternate between the api with and without projections, reads between the service and
 * the session token, this many times (seconds split).
 */
const ROUNDS = Number(argument('rounds', '3'));
const INSTANCES = Number(argument('instances', '1'));
/** A third api in the rounds: the projections on the api's own thread (PROJECTION_THREAD=false). */
const ON_API_THREAD = process.argv.includes('--on-api-thread');
const INSPECTORS = 60;
const PORT = Number(argument('port', '3918'));
const SECRET = 'bench-http-secret-0123456789abcdef01234567';
const base = `http://127.0.0.1:${PORT}`;
const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
const token = (sub: string, department: string, roles: string[]) =>
  mintAccessToken(SECRET, { sub, name: sub, department, roles });
const admin = token('admin', 'system', ['admin']);
const operator = token('op', 'scjg', ['operator']);

async function call<T>(method: string, path: string, as: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${as}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

function report(label: string, result: autocannon.Result, target?: { rate?: number; p99: number }): void {
  const rate = result.requests.average;
  const wanted = (text: string) => (target ? ` (target ${text})` : '');
  console.log(
    `${label}: ${Math.round(rate).toLocaleString('en-US')}/s${target?.rate ? wanted(`≥ ${target.rate.toLocaleString('en-US')}`) : ''}, ` +
      `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${wanted(`≤ ${target?.p99} ms`)}, ` +
      `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts over ${result.duration} s`,
  );
}

/** Waits until every projection has applied the whole log (the api runs them). */
async function caughtUp(): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const status = await call<{ projections: { lag: number }[] }>('GET', '/api/projections', admin);
    if (status.projections.every((p) => p.lag === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Entries with the defaults against entries with projections removed, in alternating rounds on two
 * apis over copies of one data directory (issue 25, target 6); returns the api with the defaults.
 */
async function comparedEntries(
  api: BuiltApi,
  started: BuiltApi[],
  dir: string,
  entries: Entry[],
  itemId: string,
): Promise<BuiltApi> {
  await caughtUp();
  await api.stop();
  cpSync(join(dir, 'api'), join(dir, 'bare'), { recursive: true });
  if (ON_API_THREAD) cpSync(join(dir, 'api'), join(dir, 'single'), { recursive: true });
  const withProjections = await startBuiltApi({ dataDir: join(dir, 'api'), port: PORT, secret: SECRET });
  started.push(withProjections);
  const bare = await startBuiltApi({
    dataDir: join(dir, 'bare'),
    port: await freePort(),
    secret: SECRET,
    env: { RUN_PROJECTIONS: 'false', READ_MODEL_WAIT_MS: '0' },
  });
  started.push(bare);
  const side = (api: BuiltApi) => ({
    api,
    rounds: [] as autocannon.Result[],
    cpu: 0,
    refusals: new Map<string, number>(),
  });
  const sides = [side(withProjections), side(bare)];
  if (ON_API_THREAD) {
    const single = await startBuiltApi({
      dataDir: join(dir, 'single'),
      port: await freePort(),
      secret: SECRET,
      env: { PROJECTION_THREAD: 'false' },
    });
    started.push(single);
    sides.push(side(single));
  }
  const load = { connections: CONNECTIONS, seconds: Math.max(1, Math.round(SECONDS / ROUNDS)), today };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const side of sides) {
      const before = treeCpuSeconds(side.api.process.pid!);
      side.rounds.push(await entriesLoad(side.api.base, load, entries, itemId, side.refusals));
      side.cpu += treeCpuSeconds(side.api.process.pid!) - before;
    }
  }
  await bare.stop();
  if (sides[2]) await sides[2].api.stop();
  // Over the rounds: the rate over their whole time, and the worst round's p50 and p99.
  const [defaults, removed, single] = sides.map((side) => ({
    ...combined(side.rounds),
    latency: {
      ...side.rounds[0].latency,
      p50: Math.max(...side.rounds.map((r) => r.latency.p50)),
      p99: Math.max(...side.rounds.map((r) => r.latency.p99)),
    },
  }));
  report('result entries (POST /api/tasks/:id/results)', defaults, { p99: 100 });
  report('result entries without projections (POST /api/tasks/:id/results)', removed);
  if (single) {
    report("result entries, projections on the api's thread (PROJECTION_THREAD=false)", single);
    console.log(
      `  on the api's thread / without: ${(single.requests.average / removed.requests.average).toFixed(2)} ×`,
    );
  }
  console.log(
    `  entries with projections / without: ${(defaults.requests.average / removed.requests.average).toFixed(2)} × (target ≥ 0.8)`,
  );
  const perEntry = (side: (typeof sides)[number], result: autocannon.Result) =>
    `${((side.cpu / Math.max(1, result.requests.total)) * 1e6).toFixed(0)} µs`;
  console.log(
    `  api CPU per entry: ${perEntry(sides[0], defaults)} with projections, ${perEntry(sides[1], removed)} without` +
      `${single ? `, ${perEntry(sides[2], single)} on the api's thread` : ''}` +
      ` (${ROUNDS} alternating rounds of ${load.seconds} s each; machine load ${loadavg()[0].toFixed(1)})`,
  );
  for (const [name, side] of [
    ['with', sides[0]],
    ['without', sides[1]],
  ] as const)
    if (side.refusals.size > 0)
      console.log(
        `  refusals by code (${name} projections): ${JSON.stringify(Object.fromEntries(side.refusals))}`,
      );
  return withProjections;
}

/** PostgreSQL: entries with one api, then (--instances 2) with more on the same database. */
async function postgresEntries(
  api: BuiltApi,
  others: BuiltApi[],
  dir: string,
  server: BenchPostgres,
  env: Record<string, string>,
  entries: Entry[],
  itemId: string,
): Promise<void> {
  const refusals = new Map<string, number>();
  const load = { connections: CONNECTIONS, seconds: SECONDS, today };
  const meter = new CpuMeter({ api: api.process.pid, postgres: server.postmasterPid }).start();
  const results = await entriesLoad(base, load, entries, itemId, refusals);
  report('result entries (POST /api/tasks/:id/results)', results, { p99: 100 });
  console.log(`  ${meter.stop(cpus().length, { count: results.requests.total, name: 'entry' })}`);
  if (refusals.size > 0) console.log(`  refusals by code: ${JSON.stringify(Object.fromEntries(refusals))}`);
  if (INSTANCES <= 1) return;
  for (let n = 1; n < INSTANCES; n += 1) {
    const port = await freePort();
    mkdirSync(join(dir, `instance-${n + 1}`));
    others.push(
      await startBuiltApi({
        dataDir: join(dir, `instance-${n + 1}`),
        port,
        secret: SECRET,
        env: { ...env, RUN_PROJECTIONS: 'false' },
      }),
    );
  }
  const all = [api, ...others];
  const pids = Object.fromEntries(all.map((a, i) => [`api#${i + 1}`, a.process.pid]));
  const twoMeter = new CpuMeter({ ...pids, postgres: server.postmasterPid }).start();
  refusals.clear();
  const split = { ...load, connections: Math.max(1, Math.round(CONNECTIONS / all.length)) };
  const loads = await Promise.all(all.map((a) => entriesLoad(a.base, split, entries, itemId, refusals)));
  const combinedEntries = together(loads);
  report(`result entries with ${all.length} api instances (POST /api/tasks/:id/results)`, combinedEntries, {
    p99: 100,
  });
  console.log(`  ${twoMeter.stop(cpus().length, { count: combinedEntries.requests.total, name: 'entry' })}`);
  console.log(
    `  ${all.length} instances / 1 instance: ${(combinedEntries.requests.average / results.requests.average).toFixed(2)} ×`,
  );
  if (refusals.size > 0) console.log(`  refusals by code: ${JSON.stringify(Object.fromEntries(refusals))}`);
}

async function main(): Promise<void> {
  if (!process.env.SKIP_BUILD) buildApi();
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-http-'));
  let api: BuiltApi | undefined;
  const others: BuiltApi[] = [];
  let server: BenchPostgres | undefined;
  try {
    const env: Record<string, string> = {};
    if (benchStore() === 'postgres') {
      server = await benchPostgres();
      env.DATABASE_URL = await server.database('http');
      console.log('api on PostgreSQL (DATABASE_URL; fsync on), projections in the first api');
    } else console.log('api on embedded SQLite');
    mkdirSync(join(dir, 'api'));
    api = await startBuiltApi({ dataDir: join(dir, 'api'), port: PORT, secret: SECRET, env });
    await call('POST', '/api/departments', admin, { id: 'scjg', name: '市场监管局', regionCode: '320102' });
    const item = await call<{ id: string }>('POST', '/api/check-items', operator, {
      departmentId: 'scjg',
      name: '食品经营许可情况检查',
      basis: '依据',
      targetKinds: ['enterprise'],
      content: '内容',
      methods: ['onsite'],
      itemClass: 'A',
      ratio: 0.05,
    });
    const started = performance.now();
    const entries = await setUp(
      call,
      operator,
      (inspectorId) => token(inspectorId, 'scjg', ['inspector']),
      { entities: ENTITIES, inspectors: INSPECTORS, tasks: TASKS, today },
      item.id,
    );
    console.log(
      `set up ${ENTITIES.toLocaleString('en-US')} entities, ${INSPECTORS} inspectors, ${TASKS} locked tasks (${entries.length.toLocaleString('en-US')} entities drawn) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    if (LOAD !== 'reads') {
      if (server) await postgresEntries(api, others, dir, server, env, entries, item.id);
      else api = await comparedEntries(api, others, dir, entries, item.id);
    }
    // The projections catch up with the entries before the reads are timed.
    await caughtUp();
    if (LOAD === 'entries') return;
    // The same route with a service token and as a signed-in official (whose account and session
    // are read on every request), in alternating rounds so that the machine's other work weighs
    // on both alike.
    const session = await signedInToken(base, call, admin, {
      departmentId: 'scjg',
      employeeNumber: 'BENCH-001',
      roles: ['operator'],
    });
    const url = `${base}/api/tasks?departmentId=scjg&limit=20`;
    const load = { connections: CONNECTIONS, seconds: Math.max(1, Math.round(SECONDS / ROUNDS)) };
    const service: autocannon.Result[] = [];
    const signedIn: autocannon.Result[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      service.push(await readLoad(url, operator, load));
      signedIn.push(await readLoad(url, session, load));
    }
    const target = { rate: 5000, p99: 20 };
    const reads = combined(service);
    const sessionReads = combined(signedIn);
    report('dashboard reads (GET /api/tasks?departmentId=…), service token', reads, target);
    report('dashboard reads (GET /api/tasks?departmentId=…), session token', sessionReads, target);
    console.log(revocationCost(reads, sessionReads));
  } finally {
    for (const other of others) await other.stop();
    await api?.stop();
    await server?.stop();
    if (process.env.KEEP_BENCH_DIR) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

void main();
