import { openSqliteDatabase } from '@app/event-store';
import { SqliteRecordStore } from '@app/record-store';
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdNumberRefusals } from './id-number-refusals';

describe('IdNumberRefusals', () => {
  let dir: string;
  let db: Database.Database;
  let records: SqliteRecordStore;
  let now: number;
  const HOUR = 3_600_000;
  const refusals = () => new IdNumberRefusals(records, { limit: 3, windowMs: 24 * HOUR }, () => now);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-refusals-'));
    db = openSqliteDatabase(join(dir, 'records.sqlite'), { synchronous: 'NORMAL' });
    records = new SqliteRecordStore(db);
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    now = Date.UTC(2026, 0, 5);
  });

  it('answers `limit` refusals in a window, then suspends the user until the oldest leaves it', async () => {
    const counter = refusals();
    expect(await counter.count('u1')).toEqual({ within: true, inWindow: 1 });
    const firstAt = now;
    now += HOUR;
    expect(await counter.count('u1')).toEqual({ within: true, inWindow: 2 });
    expect(await counter.suspendedUntil('u1')).toBeUndefined();
    now += HOUR;
    expect(await counter.count('u1')).toEqual({
      within: true,
      inWindow: 3,
      suspendedUntil: firstAt + 24 * HOUR,
    });
    expect(await counter.suspendedUntil('u1')).toBe(firstAt + 24 * HOUR);
    expect(await counter.count('u1')).toMatchObject({ within: false, inWindow: 3 });
    expect(await counter.suspendedUntil('u2')).toBeUndefined();

    now = firstAt + 24 * HOUR;
    expect(await counter.suspendedUntil('u1')).toBeUndefined();
    expect(await counter.count('u1')).toMatchObject({ within: true, inWindow: 3 });
    expect(await counter.suspendedUntil('u1')).toBe(firstAt + 25 * HOUR);
  });

  it('counts concurrent refusals through counters sharing one store without losing one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? refusals() : refusals()).count('u3')),
    );
    expect(answers.filter((a) => a.within)).toHaveLength(3);
    expect(answers.filter((a) => !a.within)).toHaveLength(5);
    expect(await refusals().suspendedUntil('u3')).toBe(now + 24 * HOUR);
  });
});
