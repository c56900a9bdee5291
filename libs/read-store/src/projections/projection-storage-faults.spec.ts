import { SqliteEventStore, openSqliteDatabase } from '@app/event-store';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { eventually } from '@app/event-store/testing/eventually';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadModelStore } from '../read-model-store.port';
import { SqliteReadModelStore } from '../sqlite/sqlite-read-model-store';
import { type Tally, tallyProjection } from '../testing/tally-projection';
import { ProjectionRunner } from './projection-runner';

describe('a projection whose store refuses writes for a while (disk full)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-full-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('waits, then commits the same batch whole once the store takes writes again: nothing lost or doubled', async () => {
    const db = openSqliteDatabase(join(dir, 'data.sqlite'), { synchronous: 'NORMAL' });
    const events = new SqliteEventStore(db);
    const real = new SqliteReadModelStore(db);
    let refusals = 3;
    // The real store, refusing its next commits as SQLite does when the disk is full.
    const full: ReadModelStore = Object.assign(Object.create(real) as ReadModelStore, {
      commit: (...args: Parameters<ReadModelStore['commit']>) => {
        if (refusals > 0) {
          refusals -= 1;
          return Promise.reject(
            Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
          );
        }
        return real.commit(...args);
      },
    });
    for (let i = 0; i < 12; i += 1) {
      await events.appendToStream(
        `ledger-${i % 3}`,
        [{ type: 'Tallied', data: { key: `k${i % 3}`, amount: 1 }, metadata: testMetadata() }],
        { expectedRevision: 'any' },
      );
    }
    const runner = new ProjectionRunner(events, full, tallyProjection(), 'tallies_g1', { batchSize: 5 });
    await runner.start();
    await runner.waitFor(await events.headPosition(), 10_000);
    expect(refusals).toBe(0);
    expect(runner.status()).toMatchObject({ state: 'running', eventsApplied: 12 });
    expect(runner.status().lastError).toBeUndefined();
    const tallies = real.collection<Tally>('tallies_g1', 'tallies');
    for (const key of ['k0', 'k1', 'k2']) expect((await tallies.get(key))?.count).toBe(4);
    await runner.stop();
    await events.close();
  });

  it('still stops at an error that waiting cannot cure', async () => {
    const db = openSqliteDatabase(join(dir, 'data.sqlite'), { synchronous: 'NORMAL' });
    const events = new SqliteEventStore(db);
    const real = new SqliteReadModelStore(db);
    const broken: ReadModelStore = Object.assign(Object.create(real) as ReadModelStore, {
      commit: () => Promise.reject(new Error('constraint failed')),
    });
    await events.appendToStream(
      'ledger-1',
      [{ type: 'Tallied', data: { key: 'k', amount: 1 }, metadata: testMetadata() }],
      {
        expectedRevision: 'any',
      },
    );
    const runner = new ProjectionRunner(events, broken, tallyProjection(), 'tallies_g1');
    await runner.start();
    await eventually(() => runner.status().state !== 'running', 'the runner to stop at the fault');
    expect(runner.status().state).toBe('failed');
    await runner.stop();
    await events.close();
  });
});
