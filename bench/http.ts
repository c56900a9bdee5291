/**
 * HTTP load bench (issue 8), on the embedded store: builds and starts the api as its own process
 * (the product's defaults: SQLite synchronous FULL, projections in the process), sets up over
 * HTTP a directory, inspectors and locked tasks, then drives it with autocannon:
 *   1. result entries (POST /api/tasks/:id/results, by each entity's team members, spread over
 *      the tasks): target ≥ 2,000 commands/s with p99 ≤ 50 ms
 *   2. dashboard reads (GET /api/tasks?departmentId=…, a read-model page): target ≥ 5,000
 *      requests/s with p99 ≤ 20 ms, in alternating rounds with a service token and with the
 *      session access token of an official signed in through POST /api/auth/sign-in (issue 19:
 *      the account and session are read on every request), and what that revocation check costs
 * and prints the figures. Usage: npm run bench:http [-- --tasks 40 --entities 4000 --seconds 15
 * --connections 32 --load entries|reads --rounds 3 --store sqlite|postgres --instances 1|2].
 * --store postgres runs the api on a throwaway durable PostgreSQL cluster (or BENCH_DATABASE_URL);
 * --instances 2 (PostgreSQL only) then times the entries again with a second api process on the same
 * database (the first keeps the projections), the load split between the two, and prints the CPU
 * each process used: which resource limits the rate on this machine. Environment: SKIP_BUILD=1 runs the api as
 * last built (dist/apps/api); KEEP_BENCH_DIR=1 keeps the data directory; the api's own settings (for example
 * READ_CACHE_ENTRIES=0, SQLITE_SYNCHRONOUS) pass through to it.
 */
import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleCreditCode, sampleIdCardNumber } from '../libs/domain/src/testing/sample-codes';
import { mintAccessToken } from '../libs/runtime/src/access-token';
import { type BenchPostgres, benchPostgres, benchStore } from './support/bench-postgres';
import { type BuiltApi, buildApi, freePort, startBuiltApi } from './support/built-api';
import { CpuMeter } from './support/cpu-usage';
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
/** Reads alternate between the service and the session token this many times (seconds split). */
const ROUNDS = Number(argument('rounds', '3'));
const INSTANCES = Number(argument('instances', '1'));
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

interface Entry {
  taskId: string;
  entityId: string;
  token: string;
}

async function setUp(itemId: string): Promise<Entry[]> {
  for (let n = 0; n < ENTITIES; n += 1) {
    await call('POST', '/api/entities', operator, {
      code: sampleCreditCode(n),
      name: `企业${n}`,
      kind: 'enterprise',
      address: '江苏省南京市',
      regionCode: '320102',
      industryCode: 'F5100',
      creditRisk: 'ABCD'[n % 4],
    });
  }
  for (let n = 0; n < INSPECTORS; n += 1) {
    await call('POST', '/api/inspectors', operator, {
      departmentId: 'scjg',
      name: `检查员${n}`,
      idCardNumber: sampleIdCardNumber(n),
      category: 'certified',
      certificateNo: `ZF${String(n).padStart(6, '0')}`,
      enforcementValidUntil: '2099-12-31',
      regionCode: '320102',
    });
  }
  const entries: Entry[] = [];
  for (let t = 0; t < TASKS; t += 1) {
    const { id } = await call<{ id: string }>('POST', '/api/tasks', operator, {
      adhocReason: '压力测试',
      name: `任务${t}`,
      participants: [],
      itemIds: [itemId],
      criteria: {},
      sampling: { count: Math.floor(ENTITIES / TASKS) },
      window: { from: today, to: today },
    });
    await call('POST', `/api/tasks/${id}/draws/entities`, operator, {});
    await call('POST', `/api/tasks/${id}/draws/inspectors`, operator, {});
    await call('POST', `/api/tasks/${id}/lock`, operator, {});
    const task = await call<{ teams: Record<string, { members: { inspectorId: string }[] }> }>(
      'GET',
      `/api/tasks/${id}`,
      operator,
    );
    for (const [entityId, team] of Object.entries(task.teams)) {
      const inspectorId = team.members[0].inspectorId;
      entries.push({ taskId: id, entityId, token: token(inspectorId, 'scjg', ['inspector']) });
    }
  }
  return entries;
}

function report(label: string, result: autocannon.Result, target: { rate: number; p99: number }): void {
  const rate = result.requests.average;
  console.log(
    `${label}: ${Math.round(rate).toLocaleString('en-US')}/s (target ≥ ${target.rate.toLocaleString('en-US')}), ` +
      `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (target ≤ ${target.p99} ms), ` +
      `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts over ${result.duration} s`,
  );
}

/** Result entries against one api for SECONDS, cycling through the drawn entities. */
function entriesLoad(
  url: string,
  connections: number,
  entries: Entry[],
  itemId: string,
  refusals: Map<string, number>,
): Promise<autocannon.Result> {
  let next = Math.floor(Math.random() * entries.length);
  return autocannon({
    url,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        onResponse: (status: number, body: string) => {
          if (status >= 300) {
            const code = (JSON.parse(body) as { code?: string }).code ?? String(status);
            refusals.set(code, (refusals.get(code) ?? 0) + 1);
          }
        },
        setupRequest: (request) => {
          const entry = entries[(next += 1) % entries.length];
          return {
            ...request,
            path: `/api/tasks/${entry.taskId}/results`,
            headers: { authorization: `Bearer ${entry.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              entityId: entry.entityId,
              category: 'compliant',
              method: 'onsite',
              itemFindings: [{ itemId, finding: '符合要求', compliant: true }],
              inspectedOn: today,
            }),
          };
        },
      },
    ],
  });
}

/** Several apis' loads as one: rates add up, the worst p50 and p99 stand for all. */
function together(results: autocannon.Result[]): autocannon.Result {
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((a, r) => a + pick(r), 0);
  return {
    ...results[0],
    requests: {
      ...results[0].requests,
      average: sum((r) => r.requests.average),
      total: sum((r) => r.requests.total),
    },
    latency: {
      ...results[0].latency,
      p50: Math.max(...results.map((r) => r.latency.p50)),
      p99: Math.max(...results.map((r) => r.latency.p99)),
    },
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
  };
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
    api = await startBuiltApi({ dataDir: dir, port: PORT, secret: SECRET, env });
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
    const entries = await setUp(item.id);
    console.log(
      `set up ${ENTITIES.toLocaleString('en-US')} entities, ${INSPECTORS} inspectors, ${TASKS} locked tasks (${entries.length.toLocaleString('en-US')} entities drawn) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    const refusals = new Map<string, number>();
    if (LOAD !== 'reads') {
      const meter = new CpuMeter({ api: api.process.pid, postgres: server?.postmasterPid }).start();
      const results = await entriesLoad(base, CONNECTIONS, entries, item.id, refusals);
      report('result entries (POST /api/tasks/:id/results)', results, { rate: 2000, p99: 50 });
      console.log(`  ${meter.stop(cpus().length, { count: results.requests.total, name: 'entry' })}`);
      if (refusals.size > 0)
        console.log(`  refusals by code: ${JSON.stringify(Object.fromEntries(refusals))}`);
      if (INSTANCES > 1 && server) {
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
        const split = Math.max(1, Math.round(CONNECTIONS / all.length));
        const loads = await Promise.all(
          all.map((a) => entriesLoad(a.base, split, entries, item.id, refusals)),
        );
        const combinedEntries = together(loads);
        report(
          `result entries with ${all.length} api instances (POST /api/tasks/:id/results)`,
          combinedEntries,
          {
            rate: 2000,
            p99: 50,
          },
        );
        console.log(
          `  ${twoMeter.stop(cpus().length, { count: combinedEntries.requests.total, name: 'entry' })}`,
        );
        console.log(
          `  ${all.length} instances / 1 instance: ${(combinedEntries.requests.average / results.requests.average).toFixed(2)} ×`,
        );
        if (refusals.size > 0)
          console.log(`  refusals by code: ${JSON.stringify(Object.fromEntries(refusals))}`);
      }
    }
    // The projections catch up with the entries before the reads are timed.
    for (let i = 0; i < 600; i += 1) {
      const status = await call<{ projections: { lag: number }[] }>('GET', '/api/projections', admin);
      if (status.projections.every((p) => p.lag === 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
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
