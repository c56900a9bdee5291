import { openSqliteDatabase } from '@app/event-store';
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  // What MongoDB's TTL monitor does between a put and deleteExpired, played on the real store: the
  // contract must hold when expired records also vanish at moments of the store's own (issue 22).
  describe('contract, with expired records also removed at once after every put', () => {
    let db: Database.Database;
    beforeAll(() => {
      db = open('monitored.sqlite');
    });
    afterAll(() => db.close());

    recordStoreContract({
      open: async () => {
        const store = new SqliteRecordStore(db);
        const put = store.put.bind(store);
        store.put = async (namespace, key, record) => {
          await put(namespace, key, record);
          await store.deleteExpired(Date.now());
        };
        return store;
      },
      expiresOnItsOwn: true,
    });
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

  describe('scrubbing after an erasure (issue 15, Low 7)', () => {
    /** How many times the values occur in the data file and its journal, byte for byte. */
    const copiesOnDisk = (file: string, values: string[]): number => {
      let copies = 0;
      for (const path of [file, `${file}-wal`]) {
        if (!existsSync(path)) continue;
        const bytes = readFileSync(path);
        for (const value of values) {
          for (let at = bytes.indexOf(value); at >= 0; at = bytes.indexOf(value, at + 1)) copies += 1;
        }
      }
      return copies;
    };
    const key = () => randomBytes(32).toString('base64');

    it('leaves no copy of an overwritten or deleted value in the file or its journal', async () => {
      const file = join(dir, 'scrub.sqlite');
      const db = open('scrub.sqlite');
      const store = new SqliteRecordStore(db);
      const keys: string[] = [];
      // Enough records, some expiring, for pages to split, merge and be freed on the way.
      for (let i = 0; i < 3000; i += 1) {
        keys.push(key());
        await store.put('personKeys', `p${i}`, { value: keys[i] });
        await store.put('idempotency', `k${i}`, {
          value: key().repeat(4),
          expiresAt: i % 2 ? 10 : undefined,
        });
      }
      const erased = keys.filter((_, i) => i % 7 === 0);
      await store.deleteExpired(10);
      for (let i = 0; i < 3000; i += 7) await store.put('personKeys', `p${i}`, { value: 'erased' });
      await store.delete('personKeys', 'p1');
      erased.push(keys[1]);
      expect(copiesOnDisk(file, erased)).toBeGreaterThan(0);

      expect(await store.scrub()).toBe('scrubbed');
      expect(copiesOnDisk(file, erased)).toBe(0);
      expect(copiesOnDisk(file, [keys[2], keys[2999]])).toBe(2);
      expect(await store.get('personKeys', 'p2', 0)).toEqual({ value: keys[2] });
      db.close();
    });

    it('says so while a reader holds the journal, and scrubs once it has gone', async () => {
      const file = join(dir, 'held.sqlite');
      const db = open('held.sqlite');
      const store = new SqliteRecordStore(db, { scrubAttempts: 2 });
      const old = key();
      await store.put('personKeys', 'p1', { value: old });
      const reader = new Database(file, { readonly: true });
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM records').get();
      await store.put('personKeys', 'p1', { value: 'erased' });

      expect(await store.scrub()).toBe('deferred');
      expect(copiesOnDisk(file, [old])).toBeGreaterThan(0);
      reader.exec('COMMIT');
      reader.close();
      expect(await store.scrub()).toBe('scrubbed');
      expect(copiesOnDisk(file, [old])).toBe(0);
      db.close();
    });
  });
});
