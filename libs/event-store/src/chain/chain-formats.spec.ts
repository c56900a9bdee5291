import Database from 'better-sqlite3';
import { canonicalize } from 'json-canonicalize';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '../recorded-event';
import { openSqliteDatabase } from '../sqlite/open-database';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { collect, testEvent } from '../testing/event-store.contract';
import { ChainingEventStore } from './chaining-event-store';
import { firstBrokenLink } from './event-chain';

/** The hash as docs/event-store.md gives the recipe, with the reference canonicaliser. */
function referenceHash(event: RecordedEvent): string {
  const { hash: _, ...metadata } = event.metadata;
  const { id, stream, revision, type, data } = event;
  return createHash('sha256')
    .update(canonicalize({ id, stream, revision, type, data, metadata }))
    .digest('hex');
}

/** Rewrites every row's metadata as schema 1 stored it: the hashes in the JSON part. */
function toSchemaOne(file: string): void {
  const db = new Database(file);
  const rows = db.prepare('SELECT position, metadata FROM events').all() as {
    position: number;
    metadata: string;
  }[];
  for (const { position, metadata } of rows) {
    const fields = metadata.split('\u001f');
    const old = [...fields.slice(0, 7), JSON.stringify({ previousHash: fields[7], hash: fields[8] })];
    db.prepare('UPDATE events SET metadata = ? WHERE position = ?').run(old.join('\u001f'), position);
  }
  db.pragma('user_version = 1');
  db.close();
}

describe.each([
  ['as this build stores them (schema 2)', false],
  ['as schema 1 stored them (hashes in the JSON part)', true],
])('chains of events %s', (_, schemaOne) => {
  let dir: string;
  let file: string;
  let store: ChainingEventStore;
  const open = () =>
    new ChainingEventStore(new SqliteEventStore(openSqliteDatabase(file, { synchronous: 'NORMAL' })));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ssj-chain-formats-'));
    file = join(dir, 'log.sqlite');
    store = open();
    for (const [i, type] of ['Initiated', 'Responded', 'Drawn', 'Locked'].entries()) {
      await store.appendToStream(
        'task-1',
        [testEvent(type, { step: i, 名: '检查', z: [1, { b: 2, a: null }] })],
        {
          expectedRevision: i - 1 < 0 ? 'no_stream' : i - 1,
        },
      );
    }
    await store.appendToStream('task-2', [testEvent('Initiated')], { expectedRevision: 'no_stream' });
    if (schemaOne) {
      await store.close();
      toSchemaOne(file);
      store = open();
    }
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const brokenLink = () => firstBrokenLink(store.readStream('task-1'));
  const tamper = (sql: string) => {
    const db = new Database(file);
    db.prepare(sql).run();
    db.close();
  };
  const at = (revision: number) =>
    `position = (SELECT position FROM events WHERE revision = ${revision}
       AND stream_id = (SELECT stream_id FROM streams WHERE name = 'task-1'))`;

  it('verify, each hash the one the recipe gives with the reference canonicaliser', async () => {
    expect(await brokenLink()).toBeUndefined();
    const events = await collect(store.readStream('task-1'));
    expect(events.map(referenceHash)).toEqual(events.map((e) => e.metadata.hash));
    // Appending goes on from a chain in either form.
    await store.appendToStream('task-1', [testEvent('Closed')], { expectedRevision: 'any' });
    expect(await brokenLink()).toBeUndefined();
  });

  const task2 = `(SELECT stream_id FROM streams WHERE name = 'task-2')`;
  it.each([
    ['the payload', `SET data = '{"step":99}' WHERE ${at(1)}`, 'task-1', 1, 'content-hash-mismatch'],
    [
      'a metadata field',
      `SET metadata = replace(metadata, 'user-1', 'user-2') WHERE ${at(2)}`,
      'task-1',
      2,
      'content-hash-mismatch',
    ],
    ['the type', `SET type = 'Cancelled' WHERE ${at(3)}`, 'task-1', 3, 'content-hash-mismatch'],
    [
      'the id',
      `SET event_id = '0190f5c2-0000-7000-8000-0000000000ff' WHERE ${at(0)}`,
      'task-1',
      0,
      'content-hash-mismatch',
    ],
    ['the revision', `SET revision = 9 WHERE ${at(3)}`, 'task-1', 9, 'revision-gap'],
    [
      'the stream (moved on to another)',
      `SET stream_id = ${task2}, revision = 1 WHERE ${at(3)}`,
      'task-2',
      1,
      'previous-hash-mismatch',
    ],
  ])('finds an edit of %s', async (_field, sql, stream, revision, reason) => {
    tamper(`UPDATE events ${sql}`);
    expect(await firstBrokenLink(store.readStream(stream))).toMatchObject({ revision, reason });
  });

  it('finds a renamed stream at its first event', async () => {
    tamper(`UPDATE streams SET name = 'task-9' WHERE name = 'task-1'`);
    expect(await firstBrokenLink(store.readStream('task-9'))).toMatchObject({
      revision: 0,
      reason: 'content-hash-mismatch',
    });
  });
});
