import { openSqliteDatabase } from '@app/event-store';
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordStoreContract } from '../testing/record-store.contract';
import { SqliteRecordStore } from './sqlite-record-store';

describe('SqliteRecordStore', () => {
  let dir: string;
  const open = (file: string): Database.Database =>
    openSqliteDatabase(join(dir, file), { synchronous: 'NORMAL' });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-rs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('contract', () => {
    let db: Database.Database;
    beforeAll(() => {
      db = open('records.sqlite');
    });
    afterAll(() => db.close());

    recordStoreContract({ open: () => Promise.resolve(new SqliteRecordStore(db)) });
  });

  it('keeps its records when the file is closed and opened again, and leaves the connection open', async () => {
    const first = open('reopen.sqlite');
    const store = new SqliteRecordStore(first);
    await store.put('ns', 'forever', { value: 'kept' });
    await store.put('ns', 'until', { value: 'kept too', expiresAt: 5000 });
    await store.close();
    expect(first.open).toBe(true);
    first.close();

    const again = new SqliteRecordStore(open('reopen.sqlite'));
    expect(await again.get('ns', 'forever', 0)).toEqual({ value: 'kept' });
    expect(await again.get('ns', 'until', 4999)).toEqual({ value: 'kept too', expiresAt: 5000 });
    expect(await again.putIfAbsent('ns', 'forever', { value: 'other' })).toEqual({ value: 'kept' });
    expect(await again.deleteExpired(5000)).toBe(1);
  });

  it('finds expired records through the index on expires_at', () => {
    const db = open('plan.sqlite');
    new SqliteRecordStore(db);
    const plan = db.prepare('EXPLAIN QUERY PLAN DELETE FROM records WHERE expires_at <= ?').all(0) as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/records_expires_at/);
    db.close();
  });
});
