import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { allProjections } from '@app/projections';
import { type Stores, loadConfig, mintAccessToken, openStores } from '@app/runtime';
import { freePort } from '../bench/support/built-api';
import { ApiHarness, TEST_SECRET } from './support/api-harness';
import {
  type PostgresServer,
  pausePostgres,
  postgresBinaries,
  resumePostgres,
  startPostgres,
  stopPostgres,
} from './support/postgres-server';
import {
  callInstance,
  countByStream,
  listedEntities,
  expectChainsHold as expectChainsHoldIn,
} from './support/multi-instance-log';
import { SourceProcess } from './support/source-process';
import { taskCommandsOnTwoInstances } from './support/multi-instance-task-commands';
import { creditCode, initiateTask, setUpDepartments } from './support/task-fixtures';

/*
 * Several api instances, one store (issue 21): two api processes (RUN_PROJECTIONS=false) and one
 * apps/projector, each a real process, on one PostgreSQL database of a cluster of this suite's own
 * (it is stopped and started under load, which would disturb the run's shared cluster). Commands
 * go to both instances at once; one instance, then the projector are killed with SIGKILL, then
 * PostgreSQL is stopped and started. Every acknowledged command is in the log exactly once, every
 * chain holds, and the read model holds what the log holds.
 */
const token = (sub: string, department: string, roles: string[]) =>
  mintAccessToken(TEST_SECRET, { sub, name: sub, department, roles });
const admin = token('admin-1', 'system', ['admin']);
const operator = token('op-1', 'scjg', ['operator']);

interface Answer {
  status: number;
  code?: string;
}

const bin = postgresBinaries();
const describeWithServer = bin ? describe : describe.skip;

describeWithServer('several api instances and a projector on one PostgreSQL database', () => {
  let server: PostgresServer;
  let url: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'ssj-multi-'));
  const apis: SourceProcess[] = [];
  const bases: string[] = [];
  let projector: SourceProcess;
  let stores: Stores | undefined;
  /** Every registration an instance acknowledged (201), by credit code. */
  const acknowledged = new Set<string>();
  let next = 0;
  let items: Record<string, string> = {};
  /** The test harness's helpers, speaking to a running instance at `base`. */
  const on = (base: string) => Object.assign(new ApiHarness(), { base });

  const call = callInstance;
  const register = async (base: string, code: string): Promise<Answer> => {
    const answer = await call(base, 'POST', '/api/entities', operator, {
      code,
      name: `企业${code.slice(-6)}`,
      kind: 'enterprise',
      address: '江苏省南京市',
      regionCode: '320102',
      industryCode: 'H6210',
      creditRisk: 'ABCD'[code.charCodeAt(code.length - 2) % 4],
    });
    if (answer.status === 201) acknowledged.add(code);
    return { status: answer.status, code: answer.body.code as string | undefined };
  };
  const health = (base: string) => async () =>
    (await fetch(`${base}/health`, { signal: AbortSignal.timeout(2_000) })).ok;

  /** Entity streams in the log, each with how many registrations it holds. */
  const logged = () => countByStream(stores!.auditLog, 'EntityRegistered');
  const listed = (base: string, whole = false) => listedEntities(base, admin, whole);
  /** Waits (bounded) until the read model holds every entity the log holds, then compares them. */
  async function expectReadModelEqualsLog(): Promise<void> {
    const expected = [...(await logged()).keys()].map((s) => s.slice('entity-'.length)).sort();
    let live: string[] = [];
    for (let i = 0; i < 2400; i += 1) {
      live = await listed(bases[1]);
      if (live.length >= expected.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (live.length !== expected.length)
      console.log(
        `projector:\n${projector.output.slice(-3000)}\n${JSON.stringify((await call(bases[1], 'GET', '/api/projections', admin)).body).slice(0, 3000)}`,
      );
    expect(live).toEqual(expected);
  }
  const expectChainsHold = () => expectChainsHoldIn(stores!.auditLog);
  async function expectEachAcknowledgedOnce(): Promise<void> {
    const counts = await logged();
    for (const code of acknowledged) expect([code, counts.get(`entity-${code}`)]).toEqual([code, 1]);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
  }

  beforeAll(async () => {
    server = await startPostgres(bin!);
    const maintenance = new Client({ connectionString: server.url });
    await maintenance.connect();
    await maintenance.query('CREATE DATABASE multi');
    await maintenance.end();
    url = server.url.replace(/\/postgres$/, '/multi');
    const env = { DATABASE_URL: url, AUTH_SECRET: TEST_SECRET, HOST: '127.0.0.1', DATA_DIR: dataDir };
    for (let i = 0; i < 2; i += 1) {
      const port = await freePort();
      bases.push(`http://127.0.0.1:${port}`);
      apis.push(
        new SourceProcess(
          'apps/api/src/main.ts',
          { ...env, PORT: String(port), RUN_PROJECTIONS: 'false' },
          health(bases[i]),
        ),
      );
    }
    projector = new SourceProcess('apps/projector/src/main.ts', env, async (p) =>
      p.output.includes('Running '),
    );
    // One first, so that the schema is migrated once before the others race for it.
    await apis[0].start();
    await Promise.all([apis[1].start(), projector.start()]);
    stores = await openStores(loadConfig({ ...env, PORT: '0' }), {
      projections: allProjections,
      runProjections: false,
    });
    items = await setUpDepartments(on(bases[0]));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...apis.map((a) => a.stop('SIGKILL')), projector?.stop('SIGKILL')]);
    await stores?.close();
    if (server) stopPostgres(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('applies each command once under load on both instances: the same registration twice is refused 409', async () => {
    const answers: Answer[] = [];
    const client = async (base: string, contested: boolean) => {
      for (let i = 0; i < 15; i += 1) {
        const n = (next += 1);
        const code = creditCode(20_000 + (contested ? 100_000 + i : n));
        answers.push(await register(base, code));
      }
    };
    await Promise.all([
      ...Array.from({ length: 4 }, () => client(bases[0], false)),
      ...Array.from({ length: 4 }, () => client(bases[1], false)),
      // The same 15 registrations from both instances at once: each applied once, else 409.
      client(bases[0], true),
      client(bases[1], true),
    ]);
    expect(answers.filter((a) => a.status !== 201 && a.status !== 409)).toEqual([]);
    // A repeat with the same details may be answered as already done (201), never applied twice.
    expect(answers.filter((a) => a.status === 409).every((a) => a.code === 'ENTITY_ALREADY_REGISTERED')).toBe(
      true,
    );
    expect(acknowledged.size).toBe(8 * 15 + 15);
    await expectEachAcknowledgedOnce();
    await expectReadModelEqualsLog();
  }, 180_000);
  it('applies a participant’s response sent to both instances at once exactly once, the other refused 409', async () => {
    const tasks = await Promise.all(
      Array.from({ length: 6 }, (_, i) => initiateTask(on(bases[i % 2]), items)),
    );
    const xf = token('op-xf', 'xf', ['operator']);
    const answers = await Promise.all(
      tasks.flatMap((id) =>
        bases.map((base) =>
          call(base, 'POST', `/api/tasks/${id}/responses`, xf, { accepted: true, itemIds: [items.xf] }),
        ),
      ),
    );
    for (let t = 0; t < tasks.length; t += 1) {
      const pair = answers.slice(2 * t, 2 * t + 2);
      expect(pair.map((a) => a.status).sort()).toEqual([201, 409]);
      expect(pair.find((a) => a.status === 409)?.body.code).toBe('ALREADY_RESPONDED');
    }
    const responded = await countByStream(stores!.auditLog, 'ParticipantResponded');
    expect(responded.size).toBe(tasks.length);
    expect([...responded.values()].every((n) => n === 1)).toBe(true);
  }, 180_000);

  // Results and publications of one locked task on both instances (test/support/multi-instance-task-commands.ts).
  taskCommandsOnTwoInstances(() => ({ bases, stores: stores!, items }));

  /** Clients registering new entities on `base` until `until()` holds or the instance stops answering. */
  const load = (base: string, clients: number, until: () => boolean, answers: Answer[]) =>
    Promise.all(
      Array.from({ length: clients }, async () => {
        while (!until()) {
          const answer = await register(base, creditCode(20_000 + (next += 1))).catch(() => undefined);
          if (!answer) return; // the instance is gone
          answers.push(answer);
        }
      }),
    );

  it('keeps serving on one instance while the other is killed with SIGKILL, and loses nothing', async () => {
    const start = acknowledged.size;
    const onA: Answer[] = [];
    const onB: Answer[] = [];
    let killed = false;
    let afterKill = 0;
    const loadA = load(bases[0], 6, () => killed, onA);
    const loadB = load(bases[1], 6, () => killed && afterKill >= 40, onB);
    // Killed once it has acknowledged some: commands are then in flight on it.
    for (let i = 0; i < 6000 && onA.filter((a) => a.status === 201).length < 20; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await apis[0].stop('SIGKILL');
    killed = true;
    const before = onB.length;
    const counting = setInterval(() => (afterKill = onB.length - before), 5);
    await Promise.all([loadA, loadB]);
    clearInterval(counting);
    // B answered every command, before and after A died.
    expect(onB.filter((a) => a.status !== 201)).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(start + 60);
    await apis[0].start();
    expect((await register(bases[0], creditCode(20_000 + (next += 1)))).status).toBe(201);
    await expectEachAcknowledgedOnce();
    await expectChainsHold();
    await expectReadModelEqualsLog();
  }, 240_000);

  it('resumes the projector from its checkpoint after SIGKILL, skipping nothing', async () => {
    const answers: Answer[] = [];
    let done = false;
    // Eight clients: with the projector down each command waits READ_MODEL_WAIT_MS (2 s) for the
    // read models before it answers, so the writes while it is down come two rounds at a time.
    const writing = load(bases[1], 8, () => done, answers);
    for (let i = 0; i < 6000 && answers.length < 20; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await projector.stop('SIGKILL');
    const whileDown = answers.length;
    for (let i = 0; i < 6000 && answers.length < whileDown + 16; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    done = true;
    await writing;
    expect(answers.filter((a) => a.status !== 201)).toEqual([]);
    await projector.start();
    await expectReadModelEqualsLog();
  }, 240_000);

  it('answers 503 STORAGE_UNAVAILABLE while PostgreSQL is down, then recovers with nothing lost', async () => {
    const answers: Answer[] = [];
    let done = false;
    const writing = [load(bases[0], 3, () => done, answers), load(bases[1], 3, () => done, answers)];
    for (let i = 0; i < 6000 && answers.length < 20; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    pausePostgres(server);
    const outage = answers.length;
    // Until some have been refused (bounded): every answer during the outage is a 503, none a 500.
    for (let i = 0; i < 9000 && answers.slice(outage).filter((a) => a.status === 503).length < 6; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const during = answers.slice(outage);
    expect(during.filter((a) => a.status === 503).length).toBeGreaterThanOrEqual(6);
    expect(during.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
    expect(during.filter((a) => a.status === 503).every((a) => a.code === 'STORAGE_UNAVAILABLE')).toBe(true);
    resumePostgres(server);
    const back = answers.length;
    for (let i = 0; i < 9000 && answers.slice(back).filter((a) => a.status === 201).length < 20; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    done = true;
    await Promise.all(writing);
    expect(answers.slice(back).filter((a) => a.status === 201).length).toBeGreaterThanOrEqual(20);
    // Both instances take writes again, and the projector kept up through it.
    for (const base of bases)
      expect((await register(base, creditCode(20_000 + (next += 1)))).status).toBe(201);
    await expectEachAcknowledgedOnce();
    await expectChainsHold();
    await expectReadModelEqualsLog();
  }, 240_000);

  it('holds in the read model what a rebuild by the projector holds', async () => {
    const entities = async () =>
      (
        (await call(bases[0], 'GET', '/api/projections', admin)).body as {
          projections: { name: string; generation: number; lag: number }[];
        }
      ).projections.find((p) => p.name === 'entities')!;
    const before = (await entities()).generation;
    const live = await listed(bases[0], true);
    // As `npm run cli -- rebuild entities` asks it: the projector serves the request.
    await stores!.projections.requestRebuild('entities');
    for (let i = 0; i < 4000 && (await entities()).generation === before; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await entities()).generation).toBe(before + 1);
    expect(await listed(bases[0], true)).toEqual(live);
    expect(await listed(bases[1], true)).toEqual(live);
  }, 240_000);
});
