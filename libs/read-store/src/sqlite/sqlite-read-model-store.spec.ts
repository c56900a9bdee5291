import { openSqliteDatabase } from '@app/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readModelStoreContract } from '../testing/read-model-store.contract';
import { SqliteReadModelStore } from './sqlite-read-model-store';
import { readPackedRange } from './packed-range';
import { SnapshotMoved } from '../read-model-store.port';

describe('SqliteReadModelStore', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-rm-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('contract', () => {
    readModelStoreContract({
      open: () =>
        Promise.resolve(
          new SqliteReadModelStore(openSqliteDatabase(join(dir, 'rm.sqlite'), { synchronous: 'NORMAL' })),
        ),
    });
  });

  it("commits read models without an fsync, and leaves the shared connection's durability as it was", async () => {
    const db = openSqliteDatabase(join(dir, 'sync.sqlite'), { synchronous: 'FULL' });
    const store = new SqliteReadModelStore(db);
    await store.prepare('s1', [{ name: 'docs', indexes: [] }]);
    const seen: number[] = [];
    const pragma = db.pragma.bind(db);
    db.pragma = (source: string, options?: { simple?: boolean }) => {
      if (source === 'synchronous = NORMAL') seen.push(1);
      return pragma(source, options);
    };
    await store.commit('s1', [{ collection: 'docs', id: 'a', document: { id: 'a' } }], {
      key: 's1',
      position: 1,
    });
    expect(seen).toEqual([1]);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(await store.readCheckpoint('s1')).toBe(1);
    db.close();
  });

  it('answers a snapshot read of snapshot fields from an index alone, filtered or not', async () => {
    const db = openSqliteDatabase(join(dir, 'covering.sqlite'), { synchronous: 'NORMAL' });
    const store = new SqliteReadModelStore(db);
    await store.prepare('c1', [{ name: 'candidates', indexes: [['regionCode']], snapshotFields: ['pool'] }]);
    const plan = (where: string) =>
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id, json_extract(doc, '$.pool') FROM "rm_c1__candidates" ${where} ORDER BY id`,
        )
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join('; ');
    expect(plan(`WHERE "@regionCode" = '320102'`)).toMatch(/USING COVERING INDEX rm_c1__candidates__0/);
    expect(plan('')).toMatch(/USING COVERING INDEX rm_c1__candidates__snapshot/);
    expect(plan('')).not.toMatch(/TEMP B-TREE/);
    db.close();
  });

  it('reads a JSON-text field packed, `text TAB id`, from the index alone, on a file and in memory', async () => {
    for (const name of [join(dir, 'packed.sqlite'), ':memory:']) {
      const db = openSqliteDatabase(name, { synchronous: 'NORMAL' });
      const store = new SqliteReadModelStore(db);
      await store.prepare('p1', [
        { name: 'candidates', indexes: [['regionCode']], snapshotFields: ['pool'] },
      ]);
      const docs = [
        { id: 'b\tx', regionCode: '320102', pool: JSON.stringify(['tab\tinside', 1]) },
        { id: 'a', regionCode: '320102', pool: JSON.stringify([{ y: 2 }]) },
        { id: 'c', regionCode: '320104', pool: JSON.stringify([]) },
        { id: 'd', regionCode: '320102' },
      ];
      await store.commit(
        'p1',
        docs.map((document) => ({ collection: 'candidates', id: document.id, document })),
        { key: 'p1', position: 7 },
      );
      const read = await store.readSnapshot(
        'p1',
        'candidates',
        {
          checkpointKey: 'p1',
          filter: { regionCode: '320102' },
          fields: ['pool'],
          packed: true,
          batchSize: 1,
        },
        async (snapshot) => {
          const texts: string[][] = [];
          for await (const batch of snapshot.packed!) texts.push(batch);
          let documents = 0;
          for await (const batch of snapshot.batches) documents += batch.length;
          return { position: snapshot.position, count: snapshot.count, texts, documents };
        },
      );
      expect(read).toEqual({
        position: 7,
        count: 3,
        texts: [['[{"y":2}]\ta'], ['["tab\\tinside",1]\tb\tx']],
        documents: 0,
      });
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT json_extract(doc, '$.pool') || char(9) || id FROM "rm_p1__candidates" WHERE json_extract(doc, '$.pool') IS NOT NULL ORDER BY id`,
        )
        .all()
        .map((row) => (row as { detail: string }).detail)
        .join('; ');
      expect(plan).toMatch(/USING COVERING INDEX rm_p1__candidates__snapshot/);
      db.close();
    }
  });

  it('lets another connection read a range of a packed snapshot again, only at the same checkpoint', async () => {
    const db = openSqliteDatabase(join(dir, 'ranges.sqlite'), { synchronous: 'NORMAL' });
    const store = new SqliteReadModelStore(db);
    await store.prepare('r1', [{ name: 'candidates', indexes: [['regionCode']], snapshotFields: ['pool'] }]);
    const docs = ['a', 'b', 'c', 'd', 'e'].map((id, n) => ({
      id,
      regionCode: n % 2 ? 'x' : 'y',
      pool: `[${n}]`,
    }));
    await store.commit(
      'r1',
      docs.map((document) => ({ collection: 'candidates', id: document.id, document })),
      { key: 'r1', position: 3 },
    );
    const { source, at } = await store.readSnapshot(
      'r1',
      'candidates',
      { checkpointKey: 'r1', filter: { regionCode: 'y' }, fields: ['pool'], packed: true },
      async (snapshot) => ({
        source: snapshot.partition!.source,
        at: [0, 1, 2, 3].map((offset) => snapshot.partition!.idAt(offset)),
      }),
    );
    expect(at).toEqual(['a', 'c', 'e', undefined]);
    const all = (range: { from?: string; to?: string }) => [...readPackedRange(source, range, 1)].flat();
    expect(all({ from: 'c' })).toEqual(['[2]\tc', '[4]\te']);
    expect(all({ to: 'c' })).toEqual(['[0]\ta']);
    await store.commit('r1', [{ collection: 'candidates', id: 'f', document: { id: 'f', pool: '[5]' } }], {
      key: 'r1',
      position: 4,
    });
    expect(() => all({ from: 'c' })).toThrow(SnapshotMoved);
    const memory = new SqliteReadModelStore(openSqliteDatabase(':memory:', { synchronous: 'NORMAL' }));
    await memory.prepare('r1', [{ name: 'candidates', indexes: [], snapshotFields: ['pool'] }]);
    const inMemory = await memory.readSnapshot(
      'r1',
      'candidates',
      { checkpointKey: 'r1', fields: ['pool'], packed: true },
      async (snapshot) => snapshot.partition,
    );
    expect(inMemory).toBeUndefined();
    db.close();
  });

  // The SQL below is what find({ filter: { year }, sort: [{ field: 'count', direction: 'desc' }] }) runs.
  it('answers sorted, filtered pages from the declared index, not a scan', async () => {
    const db = openSqliteDatabase(join(dir, 'plan.sqlite'), { synchronous: 'NORMAL' });
    const store = new SqliteReadModelStore(db);
    await store.prepare('p1', [{ name: 'checks', indexes: [['year', 'count']] }]);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT doc FROM "rm_p1__checks" WHERE "@year" = ?
         ORDER BY "@count" DESC, id DESC LIMIT 10`,
      )
      .all(2026) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX rm_p1__checks__0/);
    expect(plan.map((p) => p.detail).join(' ')).not.toMatch(/TEMP B-TREE/);

    await store.prepare('p2', [{ name: 'checks', indexes: [['year', 'count']] }], { deferIndexes: true });
    const indexes = () =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rm_p2__checks'").all();
    expect(indexes()).toHaveLength(1); // the primary key's own
    await store.createIndexes('p2');
    expect(indexes()).toHaveLength(2);
    db.close();
  });

  it('drops the indexes a definition no longer declares, and keeps the others and the snapshot index', async () => {
    const db = openSqliteDatabase(join(dir, 'drop.sqlite'), { synchronous: 'NORMAL' });
    const indexes = () =>
      (
        db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rm_d1__entries'")
          .all() as { name: string }[]
      )
        .map((i) => i.name)
        .filter((name) => name.startsWith('rm_'))
        .sort();
    const definition = (indexes: string[][]) => [{ name: 'entries', indexes, snapshotFields: ['kind'] }];
    await new SqliteReadModelStore(db).prepare('d1', definition([['entityId'], ['kind'], ['taskId']]));
    expect(indexes()).toEqual([
      'rm_d1__entries__0',
      'rm_d1__entries__1',
      'rm_d1__entries__2',
      'rm_d1__entries__snapshot',
    ]);
    const store = new SqliteReadModelStore(db);
    await store.prepare('d1', definition([['entityId'], ['kind']]));
    expect(indexes()).toEqual(['rm_d1__entries__0', 'rm_d1__entries__1', 'rm_d1__entries__snapshot']);
    await store.commit('d1', [{ collection: 'entries', id: 'a', document: { id: 'a', taskId: 't' } }], {
      key: 'd1',
      position: 1,
    });
    // A query on what is no longer indexed is refused, as for any undeclared field.
    await expect(store.collection('d1', 'entries').find({ filter: { taskId: 't' } })).rejects.toThrow(
      /not indexed on taskId/,
    );
    expect(await store.collection('d1', 'entries').find({ filter: { kind: null } })).toMatchObject({
      items: [{ id: 'a', taskId: 't' }],
    });
    db.close();
  });

  it('makes again an index whose position a changed definition gives to other fields, and only that one', async () => {
    const db = openSqliteDatabase(join(dir, 'reorder.sqlite'), { synchronous: 'NORMAL' });
    const sqlOf = () =>
      Object.fromEntries(
        (
          db
            .prepare(
              "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rm_r1__entries'",
            )
            .all() as { name: string; sql: string | null }[]
        ).map((i) => [i.name, (i.sql ?? '').slice((i.sql ?? '').indexOf(' ON '))]),
      );
    const definition = (indexes: string[][]) => [{ name: 'entries', indexes, snapshotFields: ['kind'] }];
    await new SqliteReadModelStore(db).prepare('r1', definition([['entityId'], ['kind'], ['taskId']]));
    const before = sqlOf();
    expect(before['rm_r1__entries__1']).toContain('"@kind", id');
    const store = new SqliteReadModelStore(db);
    await store.prepare('r1', definition([['entityId'], ['taskId'], ['kind']]));
    const after = sqlOf();
    expect(after['rm_r1__entries__0']).toBe(before['rm_r1__entries__0']);
    expect(after['rm_r1__entries__1']).toBe(before['rm_r1__entries__2']);
    expect(after['rm_r1__entries__2']).toBe(before['rm_r1__entries__1']);
    expect(after['rm_r1__entries__snapshot']).toBe(before['rm_r1__entries__snapshot']);
    // Each query still finds an index that leads with its field.
    const plan = (field: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM rm_r1__entries WHERE "@${field}" = ?`).all('x') as {
          detail: string;
        }[]
      )
        .map((row) => row.detail)
        .join(' ');
    expect(plan('taskId')).toContain('rm_r1__entries__1');
    expect(plan('kind')).toMatch(/rm_r1__entries__(2|snapshot)/);
    db.close();
  });

  it('keeps each indexed field in a column that holds what json_extract reads of the document', async () => {
    const db = openSqliteDatabase(join(dir, 'keys.sqlite'), { synchronous: 'NORMAL' });
    const store = new SqliteReadModelStore(db);
    const fields = ['kind', 'n', 'flag', 'nested.code', 'list'];
    await store.prepare('k1', [
      { name: 'docs', indexes: [['kind', 'n'], ['flag'], ['nested.code'], ['list']] },
    ]);
    const documents = [
      { id: 'a', kind: 'x', n: 1, flag: true, nested: { code: '320102' }, list: ['食品', 2] },
      { id: 'b', kind: 'y', n: 2.5, flag: false, nested: { code: null } },
      { id: 'c', n: -3, nested: ['not', 'an', 'object'], list: { a: 1 } },
      { id: 'd', kind: '', n: 1e21, flag: null, nested: 'text' },
    ];
    await store.commit(
      'k1',
      documents.map((document) => ({ collection: 'docs', id: document.id, document })),
      { key: 'k1', position: 1 },
    );
    for (const field of fields) {
      const differing = db
        .prepare(`SELECT id FROM rm_k1__docs WHERE "@${field}" IS NOT json_extract(doc, '$.${field}')`)
        .all();
      expect({ field, differing }).toEqual({ field, differing: [] });
    }
    db.close();
  });

  it('moves a document whose indexed field changed, and keeps one whose fields did not', async () => {
    const db = openSqliteDatabase(join(dir, 'rekey.sqlite'), { synchronous: 'NORMAL' });
    const store = new SqliteReadModelStore(db);
    await store.prepare('m1', [{ name: 'docs', indexes: [['kind'], ['taskId']] }]);
    const commit = (position: number, document: { id: string; kind: string; n: number }) =>
      store.commit('m1', [{ collection: 'docs', id: document.id, document: { ...document, taskId: 't' } }], {
        key: 'm1',
        position,
      });
    await commit(1, { id: 'a', kind: 'x', n: 1 });
    await commit(2, { id: 'a', kind: 'x', n: 2 });
    const docs = store.collection('m1', 'docs');
    expect((await docs.find({ filter: { kind: 'x' } })).items).toEqual([
      { id: 'a', kind: 'x', n: 2, taskId: 't' },
    ]);
    await commit(3, { id: 'a', kind: 'y', n: 3 });
    expect((await docs.find({ filter: { kind: 'x' } })).items).toEqual([]);
    expect((await docs.find({ filter: { kind: 'y' } })).items).toEqual([
      { id: 'a', kind: 'y', n: 3, taskId: 't' },
    ]);
    expect(await docs.count({ taskId: 't' })).toBe(1);
    db.close();
  });

  it('gives a table of the earlier layout (indexes on json_extract) its key columns, filled, and indexes on them', async () => {
    const db = openSqliteDatabase(join(dir, 'earlier.sqlite'), { synchronous: 'NORMAL' });
    db.exec(`
      CREATE TABLE "rm_e1__docs" (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
      CREATE INDEX "rm_e1__docs__0" ON "rm_e1__docs" (json_extract(doc, '$.kind'), id);
      INSERT INTO "rm_e1__docs" VALUES ('a', '{"id":"a","kind":"x"}'), ('b', '{"id":"b","kind":"y"}');
    `);
    const store = new SqliteReadModelStore(db);
    await store.prepare('e1', [{ name: 'docs', indexes: [['kind']] }]);
    expect((await store.collection('e1', 'docs').find({ filter: { kind: 'y' } })).items).toEqual([
      { id: 'b', kind: 'y' },
    ]);
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'rm_e1__docs__0'").pluck().get();
    expect(index).toContain('("@kind", id)');
    db.close();
  });
});
