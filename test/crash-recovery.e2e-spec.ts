import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintAccessToken } from '@app/runtime';
import Database from 'better-sqlite3';
import { freePort } from '../bench/support/built-api';
import { TEST_SECRET } from './support/api-harness';
import { SourceProcess } from './support/source-process';
import { creditCode } from './support/task-fixtures';
import { cliArgs } from './support/cli-process';

/*
 * The api as its own process (from its sources, test/support/source-process.ts), killed with SIGKILL at random moments while many commands
 * are in flight, then started again on the same data file, many times: every command it
 * acknowledged is in the log exactly once, no append is half-made (every stream's hash chain
 * holds), and the read models equal a clean rebuild.
 */
const ROOT = join(__dirname, '..');
const ROUNDS = 3;
const admin = mintAccessToken(TEST_SECRET, {
  sub: 'admin-1',
  name: 'admin',
  department: 'system',
  roles: ['admin'],
});
const operator = mintAccessToken(TEST_SECRET, {
  sub: 'op-1',
  name: 'op',
  department: 'scjg',
  roles: ['operator'],
});

describe('crash recovery: the api killed with SIGKILL mid-flight, again and again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ssj-crash-'));
  let api: { base: string; process: SourceProcess } | undefined;
  const base = () => api!.base;
  const call = (method: string, path: string, token: string, body?: unknown) =>
    fetch(`${base()}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });

  async function start(): Promise<void> {
    const port = await freePort();
    const at = `http://127.0.0.1:${port}`;
    const env = { DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', AUTH_SECRET: TEST_SECRET };
    const process = new SourceProcess(
      'apps/api/src/main.ts',
      env,
      async () => (await fetch(`${at}/health`)).ok,
    );
    api = { base: at, process: await process.start() };
  }
  async function kill(): Promise<void> {
    await api?.process.stop('SIGKILL');
    api = undefined;
  }

  beforeAll(async () => {
    await start();
    expect(
      (
        await call('POST', '/api/departments', admin, {
          id: 'scjg',
          name: '市场监管局',
          regionCode: '320102',
        })
      ).status,
    ).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged command exactly once, none half-applied, read models equal to a rebuild', async () => {
    const acknowledged = new Set<string>();
    let next = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      if (!api) await start();
      // Commands keep coming, 16 at a time, until the process dies under them: killed once a
      // random number of them (11 to 30) was acknowledged this round, the others in flight. (A
      // random time instead acknowledged too few on a loaded machine to prove anything.)
      let dead = false;
      const killAfter = 11 + Math.floor(Math.random() * 20);
      let acknowledgedThisRound = 0;
      let enough = () => {};
      const enoughAcknowledged = new Promise<void>((resolve) => (enough = resolve));
      const client = async () => {
        while (!dead) {
          const n = (next += 1);
          const code = creditCode(10_000 + n);
          const answer = await call('POST', '/api/entities', operator, {
            code,
            name: `企业${n}`,
            kind: 'enterprise',
            address: '江苏省南京市',
            regionCode: '320102',
            industryCode: 'H6210',
            creditRisk: 'ABCD'[n % 4],
          }).catch(() => undefined);
          if (answer?.status === 201) {
            acknowledged.add(code);
            if ((acknowledgedThisRound += 1) >= killAfter) enough();
          } else if (answer && answer.status !== 201)
            throw new Error(`refused: ${answer.status} ${await answer.text()}`);
        }
      };
      const clients = Array.from({ length: 16 }, client);
      // A refusal ends the wait (and fails the test) rather than leaving it to the timeout.
      await Promise.race([enoughAcknowledged, Promise.all(clients)]);
      dead = true;
      await kill();
      await Promise.all(clients);
    }
    expect(acknowledged.size).toBeGreaterThan(ROUNDS * 10);

    // Offline: every acknowledged registration is in the log once; every stream's chain holds.
    const db = new Database(join(dir, 'shuangsuiji.sqlite'), { readonly: true });
    const counts = new Map<string, number>();
    for (const row of db
      .prepare(
        `SELECT s.name FROM events e JOIN streams s ON s.stream_id = e.stream_id WHERE e.type = 'EntityRegistered'`,
      )
      .all() as { name: string }[]) {
      counts.set(row.name, (counts.get(row.name) ?? 0) + 1);
    }
    db.close();
    for (const code of acknowledged) expect(counts.get(`entity-${code}`)).toBe(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const audit = execFileSync(process.execPath, cliArgs('audit', 'verify'), {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dir, AUTH_SECRET: TEST_SECRET },
    }).toString();
    expect(JSON.parse(audit)).toMatchObject({ verified: true });

    // Back up: the read model holds exactly what the log holds, and equals a clean rebuild.
    await start();
    const listed = async () => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = (await (
          await call(
            'GET',
            `/api/entities?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
            admin,
          )
        ).json()) as { items: { id: string; name: string; creditRisk: string }[]; nextCursor?: string };
        ids.push(...page.items.map((e) => `${e.id}|${e.name}|${e.creditRisk}`));
        cursor = page.nextCursor;
      } while (cursor);
      return ids.sort();
    };
    const projections = async () =>
      ((await (await call('GET', '/api/projections', admin)).json()) as { projections: { lag: number }[] })
        .projections;
    // Bounded (120 s) for a loaded machine: the catch-up is what is awaited, not a time.
    for (let i = 0; i < 2400 && !(await projections()).every((p) => p.lag === 0); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const live = await listed();
    expect(live.map((e) => e.split('|')[0]).sort()).toEqual(
      [...counts.keys()].map((s) => s.slice('entity-'.length)).sort(),
    );
    expect((await call('POST', '/api/projections/entities/rebuild', admin)).status).toBeLessThan(300);
    expect(await listed()).toEqual(live);
  }, 180_000);
});
