import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DrawInputs, DrawnTask } from '@app/domain';
import { openSqliteDatabase } from '@app/event-store';
import { drawCandidatesProjection, encodeCandidate } from '@app/projections/tasks/draw-candidates.projection';
import { type DocumentFilter, type ReadSnapshot, SnapshotMoved, SqliteReadModelStore } from '@app/read-store';
import Database from 'better-sqlite3';
import { drawFromSnapshot } from '../compute-entity-draw';
import { useDrawPartThreads } from './two-threads';

// The test runner cannot load TypeScript in a worker: the thread loads it with tsx, as the bench does.
const ENTRY = join(__dirname, 'part-thread-main.ts');
let started = 0;
const startWithTsx = () => {
  started += 1;
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(ENTRY)});`, { eval: true });
};

const inputs: DrawInputs = {
  seed: '7c'.repeat(32),
  publicRandom: '',
  year: 2026,
  cap: 2,
  keyItems: false,
  specialActionReason: null,
};
const id = (n: number) => `E${String(n).padStart(6, '0')}`;

/** A directory of 6,000 candidates: regions, classes, deregistered ones, checks this year and before. */
async function directory(store: SqliteReadModelStore): Promise<void> {
  await store.prepare('dc', drawCandidatesProjection.collections);
  const writes = Array.from({ length: 6_000 }, (_, n) => {
    const regionCode = n % 3 === 0 ? '320102' : '320104';
    const document =
      n % 501 === 0
        ? { id: id(n), checks: { '2026': 1 } }
        : {
            id: id(n),
            regionCode,
            candidate: encodeCandidate({
              registered: n % 97 !== 0,
              profile: {
                kind: 'enterprise',
                regionCode,
                industryCode: 'H6210',
                tags: n % 5 ? [] : ['餐饮'],
                scale: undefined,
                creditRisk: (['A', 'B', 'C', 'D'] as const)[n % 4],
                abnormalList: n % 89 === 0,
                seriousViolationList: false,
                complaintsThisYear: 0,
              },
              checks: n % 13 === 0 ? { '2026': 2 } : n % 7 === 0 ? { '2026': 1, '2025': 2 } : {},
              discarded: n % 26 === 0 ? { '2026': 1 } : {},
            }),
          };
    return { collection: 'candidates', id: id(n), document };
  });
  await store.commit('dc', writes, { key: 'dc', position: 777 });
}

describe('a draw from a large snapshot on two threads', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-two-threads-'));
    started = 0;
  });
  afterEach(() => {
    useDrawPartThreads(undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  const drawIn = (store: SqliteReadModelStore, task: DrawnTask) =>
    drawFromSnapshot(
      <T>(
        options: { filter?: DocumentFilter; fields: string[]; batchSize: number; packed: boolean },
        consume: (snapshot: ReadSnapshot) => Promise<T>,
      ) => store.readSnapshot('dc', 'candidates', { ...options, checkpointKey: 'dc' }, consume),
      task,
      { ...inputs, discardedDrawsCount: false },
    );

  it('gives the draw one thread gives, digests and checks included, whole directory or directed', async () => {
    const store = new SqliteReadModelStore(
      openSqliteDatabase(join(dir, 'rm.sqlite'), { synchronous: 'NORMAL' }),
    );
    await directory(store);
    for (const task of [
      { criteria: {}, sampling: { ratio: 0.03, byCreditRisk: { D: 0.05 } } },
      { criteria: { regionCodes: ['320102'], tags: [] }, sampling: { count: 40 } },
    ] as DrawnTask[]) {
      useDrawPartThreads(undefined);
      const one = await drawIn(store, task);
      useDrawPartThreads(startWithTsx, { minimum: 1 });
      const two = await drawIn(store, task);
      expect(two).toEqual(one);
      expect(two.record.position).toBe(777);
      expect(two.checkedThisYear.size).toBeGreaterThan(0);
    }
    expect(started).toBe(2);
    await store.close();
  });

  it('draws the rest on its own thread when the other sees a later checkpoint', async () => {
    const file = join(dir, 'rm.sqlite');
    const store = new SqliteReadModelStore(openSqliteDatabase(file, { synchronous: 'NORMAL' }));
    await directory(store);
    const task: DrawnTask = { criteria: {}, sampling: { ratio: 0.05 } };
    const one = await drawIn(store, task);
    // The projection moves on after the draw's snapshot began, before the other thread reads.
    let refused: unknown;
    useDrawPartThreads(
      () => {
        const writer = new Database(file);
        writer.prepare("UPDATE read_model_checkpoints SET position = 778 WHERE key = 'dc'").run();
        writer.close();
        const worker = startWithTsx();
        worker.on('message', (message: { kind: string; name?: string }) => {
          if (message.kind === 'failed') refused = message.name;
        });
        return worker;
      },
      { minimum: 1 },
    );
    const two = await drawIn(store, task);
    expect(refused).toBe(SnapshotMoved.name);
    expect(two).toEqual(one);
    expect(two.record.position).toBe(777);
    expect(started).toBe(1);
    await store.close();
  });

  it('draws the rest on its own thread when the other could not start', async () => {
    const store = new SqliteReadModelStore(
      openSqliteDatabase(join(dir, 'rm.sqlite'), { synchronous: 'NORMAL' }),
    );
    await directory(store);
    const task: DrawnTask = { criteria: {}, sampling: { ratio: 0.05, byCreditRisk: { A: 0.5 } } };
    const one = await drawIn(store, task);
    useDrawPartThreads(() => new Worker("throw new Error('no such entry')", { eval: true }), { minimum: 1 });
    expect(await drawIn(store, task)).toEqual(one);
    await store.close();
  });

  it('stays on one thread below the minimum and where no other thread can read the snapshot', async () => {
    const task: DrawnTask = { criteria: {}, sampling: { ratio: 0.05 } };
    const file = new SqliteReadModelStore(
      openSqliteDatabase(join(dir, 'rm.sqlite'), { synchronous: 'NORMAL' }),
    );
    const memory = new SqliteReadModelStore(openSqliteDatabase(':memory:', { synchronous: 'NORMAL' }));
    await directory(file);
    await directory(memory);
    useDrawPartThreads(startWithTsx, { minimum: 10_000 });
    const small = await drawIn(file, task);
    useDrawPartThreads(startWithTsx, { minimum: 1 });
    expect(await drawIn(memory, task)).toEqual(small);
    expect(started).toBe(0);
    await file.close();
    await memory.close();
  });
});
