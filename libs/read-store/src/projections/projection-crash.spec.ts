import { SqliteEventStore, openSqliteDatabase } from '@app/event-store';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadModelStore } from '../sqlite/sqlite-read-model-store';
import { allDocuments } from '../testing/all-documents';
import { type Tally, tallyProjection } from '../testing/tally-projection';
import { ProjectionRunner } from './projection-runner';

const CHILD = join(__dirname, '..', 'testing', 'projection-child.ts');
const ROUNDS = 12;

/** Starts the child, waits until it runs, lets it work for `ms`, then kills it with SIGKILL. */
function runAndKill(file: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, '20'], {
      cwd: join(__dirname, '..', '..', '..', '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('started')) setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}

describe('a projection killed mid-batch, again and again', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`neither loses nor doubles an event over ${ROUNDS} SIGKILLs, and equals a clean rebuild`, async () => {
    const file = join(dir, 'data.sqlite');
    const db = openSqliteDatabase(file, { synchronous: 'NORMAL' });
    const events = new SqliteEventStore(db);
    const readModels = new SqliteReadModelStore(db);
    const expected = new Map<string, number>();
    const append = async (count: number): Promise<void> => {
      for (let i = 0; i < count; i += 10) {
        const batch = Array.from({ length: 10 }, (_, k) => {
          const key = `k${(i + k) % 13}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
          return { type: 'Tallied', data: { key, amount: 2 }, metadata: testMetadata() };
        });
        await events.appendToStream(`ledger-${i % 17}`, batch, { expectedRevision: 'any' });
        await events.appendToStream('other-1', [{ type: 'Noise', data: {}, metadata: testMetadata() }], {
          expectedRevision: 'any',
        });
      }
    };

    let interrupted = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      await append(3000);
      const before = (await readModels.readCheckpoint('tallies_g1')) ?? 0;
      await runAndKill(file, (round * 7) % 30);
      const after = (await readModels.readCheckpoint('tallies_g1')) ?? 0;
      if (after > before && after < (await events.headPosition()) - 1) interrupted += 1;
    }
    // Most kills must land while the child is still applying batches, or the test proves nothing.
    expect(interrupted).toBeGreaterThanOrEqual(ROUNDS / 2);
    const head = await events.headPosition();

    // Let a last run finish, in this process, from the checkpoint the kills left.
    const survivor = new ProjectionRunner(events, readModels, tallyProjection(), 'tallies_g1', {
      batchSize: 40,
    });
    await survivor.start();
    await survivor.waitFor(head, 20_000);
    await survivor.stop();
    const clean = new ProjectionRunner(events, readModels, tallyProjection(), 'clean_g1', { batchSize: 500 });
    await clean.start();
    await clean.waitFor(head, 20_000);
    await clean.stop();

    const survived = await allDocuments(readModels.collection<Tally>('tallies_g1', 'tallies'));
    expect(survived).toEqual(await allDocuments(readModels.collection('clean_g1', 'tallies')));
    expect(Object.fromEntries(survived.map((t) => [t.key, t.count]))).toEqual(Object.fromEntries(expected));
    expect(survived.every((t) => t.total === t.count * 2)).toBe(true);
    await events.close();
  }, 120_000);
});
