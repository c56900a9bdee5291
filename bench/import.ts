/**
 * Bulk-import benchmark over HTTP (issue 4: a 1,000,000-row CSV imports in well under ten
 * minutes with bounded memory). Starts the built api (dist/) as its own process on a fresh
 * embedded data directory, registers a department, writes an entity sheet of N valid rows to a
 * temporary file, uploads it as multipart (streamed from disk), and prints rows per second, the
 * report, and the api process's peak resident memory, sampled from /metrics while it works.
 * Then re-imports the same file: every row unchanged, nothing appended.
 * Beside them, in the same run (issue 25, target 2): the chained batched append rate of the same
 * store kind (bench/support/import-baselines.ts), the import's ratio to it, and a scan of the sheet
 * (parsed, nothing applied) that the re-import is compared with.
 * With --projector the api runs with RUN_PROJECTIONS=false beside apps/projector on the same data
 * file (the read side in its own process, on the second core); the answer still waits for it.
 * Usage: npm run bench:import [-- --rows 1000000 --batch 256 --projector]   (builds the api first,
 * unless SKIP_BUILD is set)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { sampleCreditCode } from '../libs/domain/src/testing/sample-codes';
import { mintAccessToken } from '../libs/runtime/src/access-token';
import { type BuiltApi, buildApi, startBuiltApi } from './support/built-api';
import { chainedAppendRate, scanRate } from './support/import-baselines';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const rows = Number(argument('rows', '1000000'));
const port = Number(argument('port', '3917'));
const batch = Number(argument('batch', '256'));
const withProjector = process.argv.includes('--projector');
const SECRET = 'bench-import-secret-0123456789abcdef0123';
const token = mintAccessToken(SECRET, {
  sub: 'bench',
  name: 'bench',
  department: 'system',
  roles: ['admin'],
});
const base = `http://127.0.0.1:${port}`;

const creditCode = sampleCreditCode;

const perSecond = (rate: number) => `${Math.round(rate).toLocaleString('en-US')} rows/s`;

async function writeSheet(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('统一社会信用代码,名称,类型,地址,法定代表人,行政区划代码,行业代码,规模,标签,信用风险分类\n');
  for (let n = 0; n < rows; n += 1) {
    const line = `${creditCode(n)},南京示例商贸有限公司第${n}分公司,企业,南京市玄武区中山路${n % 500}号,张${n % 97},320102,F${5100 + (n % 90)},小型,${n % 3 ? '食品经营' : '"食品经营；特种设备"'},${'ABCD'[n % 4]}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, text: await response.text() };
}

/** Streams the file as multipart/form-data; node:http so no client timeout cuts a long import. */
function upload(file: string): Promise<{ status: number; body: string }> {
  const boundary = `----bench${Date.now()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="entities.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/entities/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': Buffer.byteLength(head) + statSync(file).size + Buffer.byteLength(tail),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write(head);
    const source = createReadStream(file);
    source.pipe(req, { end: false });
    source.on('end', () => req.end(tail));
  });
}

async function metric(name: string): Promise<number> {
  const text = await (
    await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })
  ).text();
  const match = new RegExp(`^shuangsuiji_${name} ([\\d.e+]+)`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}

const residentMiB = async () => (await metric('process_resident_memory_bytes')) / 1024 / 1024;

/** Rows per second, of the wall clock and of the api's CPU time (less swayed by other load). */
interface Rates {
  wall: number;
  cpu: number;
}

async function timedImport(file: string, label: string): Promise<Rates> {
  let peak = 0;
  const sampler = setInterval(() => {
    void residentMiB().then(
      (mib) => (peak = Math.max(peak, mib)),
      () => undefined,
    );
  }, 500);
  const cpuBefore = await metric('process_cpu_seconds_total');
  const start = performance.now();
  const answer = await upload(file);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (await metric('process_cpu_seconds_total')) - cpuBefore;
  clearInterval(sampler);
  peak = Math.max(peak, await residentMiB());
  if (answer.status !== 200) throw new Error(`${label}: HTTP ${answer.status} ${answer.body}`);
  const report = JSON.parse(answer.body) as Record<string, unknown>;
  const { errors, ...counts } = report;
  console.log(
    `${label}: HTTP ${answer.status} in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s (${perSecond(rows / cpuSeconds)} of api CPU time); peak api RSS ${peak.toFixed(0)} MiB`,
  );
  console.log(`  report: ${JSON.stringify(counts)}`);
  for (const error of (errors as unknown[]).slice(0, 3)) console.log(`  refused: ${JSON.stringify(error)}`);
  return { wall: rows / seconds, cpu: rows / cpuSeconds };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-bench-import-'));
  const sheet = join(dir, 'entities.csv');
  let api: BuiltApi | undefined;
  let projector: ChildProcess | undefined;
  try {
    if (!process.env.SKIP_BUILD) buildApi();
    await writeSheet(sheet);
    console.log(
      `sheet: ${rows.toLocaleString('en-US')} rows, ${(statSync(sheet).size / 1024 / 1024).toFixed(0)} MiB`,
    );
    const chained = await chainedAppendRate(rows, creditCode, batch);
    console.log(
      `baseline: chained batched appends (one event to each of ${rows.toLocaleString('en-US')} new streams, ${batch} streams a transaction, synchronous=FULL): ${perSecond(chained.wall)} (${perSecond(chained.cpu)} of CPU time)`,
    );
    const scan = await scanRate(sheet);
    console.log(
      `baseline: scan of the sheet (parsed, nothing applied): ${perSecond(scan.wall)} (${perSecond(scan.cpu)} of CPU time)`,
    );
    const env = { DATA_DIR: join(dir, 'data'), AUTH_SECRET: SECRET };
    api = await startBuiltApi({
      dataDir: env.DATA_DIR,
      port,
      secret: SECRET,
      ...(withProjector ? { env: { RUN_PROJECTIONS: 'false' } } : {}),
    });
    if (withProjector) {
      execFileSync('npx', ['nest', 'build', 'projector'], { stdio: 'ignore' });
      projector = spawn(process.execPath, ['dist/apps/projector/main.js'], {
        env: { ...process.env, ...env },
        stdio: 'ignore',
      });
    }
    console.log(
      `api started (embedded SQLite, synchronous=FULL, projections ${withProjector ? 'in apps/projector' : "in the api's thread of its own (ADR 58)"}); RSS ${(await residentMiB()).toFixed(0)} MiB`,
    );
    await call('POST', '/api/departments', { id: 'scjg', name: '市场监管局', regionCode: '320102' });
    const first = await timedImport(sheet, 'first import');
    const again = await timedImport(sheet, 're-import of the same sheet');
    console.log(
      `import / chained batched appends: ${(first.wall / chained.wall).toFixed(2)}× (target ≥ 0.5×); of CPU time ${(first.cpu / chained.cpu).toFixed(2)}×`,
    );
    console.log(
      `re-import / scan of the sheet: ${(again.wall / scan.wall).toFixed(2)}×; of CPU time ${(again.cpu / scan.cpu).toFixed(2)}×`,
    );
  } finally {
    projector?.kill('SIGTERM');
    if (projector && projector.exitCode === null) await once(projector, 'exit');
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
