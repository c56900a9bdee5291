import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrongExpectedRevision } from '../errors';
import { openSqliteDatabase } from '../sqlite/open-database';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { collect, eventStoreContract, testEvent } from '../testing/event-store.contract';
import { GENESIS_HASH, eventHash, firstBrokenLink } from './event-chain';
import { ChainingEventStore } from './chaining-event-store';

describe('the hash chain of every stream', () => {
  let dir: string;
  let file: string;
  let store: ChainingEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-chain-'));
    file = join(dir, 'log.sqlite');
    store = new ChainingEventStore(new SqliteEventStore(openSqliteDatabase(file, { synchronous: 'NORMAL' })));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const brokenLink = () => firstBrokenLink(store.readStream('task-1'));
  /** Changes a stored event behind the store's back, as someone with the file could. */
  const tamper = (sql: string, ...params: unknown[]) => {
    const db = new Database(file);
    db.prepare(sql).run(...params);
    db.close();
  };

  it('seals each event with its predecessor’s hash and the hash of its own canonical content', async () => {
    await store.appendToStream('task-1', [testEvent('Initiated', { b: 1, a: [1, 'x'] })], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream('task-1', [testEvent('Responded'), testEvent('Drawn', { ids: ['e1'] })], {
      expectedRevision: 0,
    });
    const events = await collect(store.readStream('task-1'));
    expect(events.map((e) => e.metadata.previousHash)).toEqual([
      GENESIS_HASH,
      events[0].metadata.hash,
      events[1].metadata.hash,
    ]);
    const { hash, ...metadata } = events[2].metadata;
    expect(
      eventHash({
        id: events[2].id,
        stream: 'task-1',
        revision: 2,
        type: 'Drawn',
        data: events[2].data,
        metadata,
      }),
    ).toBe(hash);
    expect(await brokenLink()).toBeUndefined();
  });

  it('chains onto the link a writer hands over, and answers the link for its next append', async () => {
    const first = await store.appendToStream('task-1', [testEvent('Initiated')], {
      expectedRevision: 'no_stream',
    });
    const second = await store.appendToStream('task-1', [testEvent('Responded')], {
      expectedRevision: 0,
      chainFrom: { revision: 0, hash: first.hash! },
    });
    const events = await collect(store.readStream('task-1'));
    expect([first.hash, second.hash]).toEqual(events.map((e) => e.metadata.hash));
    expect(events[1].metadata.previousHash).toBe(first.hash);
    expect(await brokenLink()).toBeUndefined();
  });

  it('keeps one chain when many append to the same stream at once without naming a revision', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.appendToStream('task-1', [testEvent('Noted', { i })], { expectedRevision: 'any' }),
      ),
    );
    const events = await collect(store.readStream('task-1'));
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await brokenLink()).toBeUndefined();
  });

  it('answers a retried append as the first, appending nothing', async () => {
    const event = { ...testEvent('Initiated'), id: '0190f5c2-0000-7000-8000-000000000001' };
    const first = await store.appendToStream('task-1', [event], { expectedRevision: 'no_stream' });
    expect(await store.appendToStream('task-1', [event], { expectedRevision: 'no_stream' })).toEqual(first);
    expect(await store.appendToStream('task-1', [event], { expectedRevision: 'any' })).toEqual(first);
    expect(await collect(store.readStream('task-1'))).toHaveLength(1);
  });

  it('refuses an append whose named revision is not the stream’s', async () => {
    await store.appendToStream('task-1', [testEvent('Initiated')], { expectedRevision: 'no_stream' });
    await expect(
      store.appendToStream('task-1', [testEvent('Drawn')], { expectedRevision: 5 }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
    await expect(
      store.appendToStream('task-1', [testEvent('Drawn')], { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
  });

  it('chains onto another writer’s event, never onto the one it last sealed itself', async () => {
    const other = new ChainingEventStore(
      new SqliteEventStore(openSqliteDatabase(file, { synchronous: 'NORMAL' })),
    );
    try {
      await store.appendToStream('task-1', [testEvent('Initiated')], { expectedRevision: 'no_stream' });
      await other.appendToStream('task-1', [testEvent('Responded')], { expectedRevision: 0 });
      // This writer last sealed revision 0; the stream has moved on.
      await expect(
        store.appendToStream('task-1', [testEvent('Drawn')], { expectedRevision: 0 }),
      ).rejects.toBeInstanceOf(WrongExpectedRevision);
      await store.appendToStream('task-1', [testEvent('Drawn')], { expectedRevision: 1 });
      await store.appendToStream('task-1', [testEvent('Locked')], { expectedRevision: 'any' });
    } finally {
      await other.close();
    }
    expect((await collect(store.readStream('task-1'))).map((e) => e.type)).toEqual([
      'Initiated',
      'Responded',
      'Drawn',
      'Locked',
    ]);
    expect(await brokenLink()).toBeUndefined();
  });

  describe('finds the first broken link when the file is edited', () => {
    beforeEach(async () => {
      for (const [i, type] of ['Initiated', 'Responded', 'Drawn', 'Locked'].entries()) {
        await store.appendToStream('task-1', [testEvent(type, { step: i })], {
          expectedRevision: i - 1 < 0 ? 'no_stream' : i - 1,
        });
      }
    });
    const revisionOf = (revision: number) =>
      `(SELECT position FROM events WHERE revision = ${revision} AND stream_id = (SELECT stream_id FROM streams WHERE name = 'task-1'))`;

    it('an edited payload', async () => {
      tamper(`UPDATE events SET data = '{"step":99}' WHERE position = ${revisionOf(1)}`);
      expect(await brokenLink()).toMatchObject({ revision: 1, reason: 'content-hash-mismatch' });
    });

    it('an edited type', async () => {
      tamper(`UPDATE events SET type = 'Cancelled' WHERE position = ${revisionOf(2)}`);
      expect(await brokenLink()).toMatchObject({ revision: 2, reason: 'content-hash-mismatch' });
    });

    it('a removed event', async () => {
      tamper(`DELETE FROM events WHERE position = ${revisionOf(1)}`);
      expect(await brokenLink()).toMatchObject({ revision: 2, reason: 'revision-gap' });
    });

    it('an edited metadata field (the actor)', async () => {
      tamper(
        `UPDATE events SET metadata = replace(metadata, 'user-1', 'user-2') WHERE position = ${revisionOf(3)}`,
      );
      expect(await brokenLink()).toMatchObject({ revision: 3, reason: 'content-hash-mismatch' });
    });
  });
});

describe('ChainingEventStore over the embedded store', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-chain-contract-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  eventStoreContract({
    open: () =>
      Promise.resolve(
        new ChainingEventStore(
          new SqliteEventStore(
            openSqliteDatabase(join(dir, `log-${(n += 1)}.sqlite`), { synchronous: 'NORMAL' }),
          ),
        ),
      ),
  });
});
