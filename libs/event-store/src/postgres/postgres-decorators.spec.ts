import { Client } from 'pg';
import { GENESIS_HASH, firstBrokenLink } from '../chain/event-chain';
import { ChainingEventStore } from '../chain/chaining-event-store';
import { collect, eventStoreContract, testEvent, testMetadata } from '../testing/event-store.contract';
import { describePostgres } from '../testing/postgres-test-database';
import { UpcasterRegistry, UpcastingEventStore } from '../upcasting';
import { PostgresEventStore } from './postgres-event-store';

describePostgres('ChainingEventStore over PostgreSQL', (database) => {
  eventStoreContract({
    open: async () =>
      new ChainingEventStore(await PostgresEventStore.open(database().url, { pollIntervalMs: 200 })),
  });
});

describePostgres('the hash chain on PostgreSQL', (database) => {
  let store: ChainingEventStore;
  let stream: string;
  let n = 0;
  beforeEach(async () => {
    store = new ChainingEventStore(await PostgresEventStore.open(database().url));
    stream = `task-${(n += 1)}`;
  });
  afterEach(() => store.close());

  /** Changes a stored event behind the store's back, as someone with the database could. */
  const tamper = async (sql: string, ...params: unknown[]): Promise<void> => {
    const client = new Client({ connectionString: database().url });
    await client.connect();
    try {
      await client.query(sql, params);
    } finally {
      await client.end();
    }
  };
  const brokenLink = () => firstBrokenLink(store.readStream(stream));

  it('keeps every chain whole, with payloads JSON allows but jsonb would refuse or rewrite', async () => {
    const data = { nul: 'a\u0000b', big: 1e21, tiny: 5e-324, keys: { b: 1, a: 2 }, text: '食品 \u{1F600}' };
    await store.appendToStream(stream, [testEvent('Initiated', data)], { expectedRevision: 'no_stream' });
    await store.appendToStream(stream, [testEvent('Responded'), testEvent('Drawn', { ids: ['e1'] })], {
      expectedRevision: 0,
    });
    const events = await collect(store.readStream(stream));
    expect(events[0].data).toEqual(data);
    expect(events.map((e) => e.metadata.previousHash)).toEqual([
      GENESIS_HASH,
      events[0].metadata.hash,
      events[1].metadata.hash,
    ]);
    expect(await brokenLink()).toBeUndefined();
    expect(
      await firstBrokenLink(store.readStreamsByPrefix('task-', { maxPosition: Number.MAX_SAFE_INTEGER })),
    ).toBeUndefined();
  });

  it('keeps one chain when many append to the same stream at once without naming a revision', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.appendToStream(stream, [testEvent('Noted', { i })], { expectedRevision: 'any' }),
      ),
    );
    const events = await collect(store.readStream(stream));
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await brokenLink()).toBeUndefined();
  });

  describe('finds the first broken link when the database is edited', () => {
    beforeEach(async () => {
      for (const [i, type] of ['Initiated', 'Responded', 'Drawn', 'Locked'].entries()) {
        await store.appendToStream(stream, [testEvent(type, { step: i })], {
          expectedRevision: i - 1 < 0 ? 'no_stream' : i - 1,
        });
      }
    });

    it('an edited payload', async () => {
      await tamper(`UPDATE events SET data = '{"step":99}' WHERE stream = $1 AND revision = 1`, stream);
      expect(await brokenLink()).toMatchObject({ revision: 1, reason: 'content-hash-mismatch' });
    });

    it('an edited type', async () => {
      await tamper(`UPDATE events SET type = 'Cancelled' WHERE stream = $1 AND revision = 2`, stream);
      expect(await brokenLink()).toMatchObject({ revision: 2, reason: 'content-hash-mismatch' });
    });

    it('a removed event', async () => {
      await tamper(`DELETE FROM events WHERE stream = $1 AND revision = 1`, stream);
      expect(await brokenLink()).toMatchObject({ revision: 2, reason: 'revision-gap' });
    });

    it('an edited metadata field (the actor)', async () => {
      await tamper(
        `UPDATE events SET metadata = replace(metadata, 'user-1', 'user-2') WHERE stream = $1 AND revision = 3`,
        stream,
      );
      expect(await brokenLink()).toMatchObject({ revision: 3, reason: 'content-hash-mismatch' });
    });
  });
});

describePostgres('upcasting over PostgreSQL', (database) => {
  type V2 = { entityId: string; leaderId: string; memberIds: string[] };
  const upcasters = new UpcasterRegistry<{ type: 'TeamAssigned'; data: V2 }>().register(
    'TeamAssigned',
    1,
    (data): V2 => {
      const [leader, ...members] = data.inspectors as string[];
      return { entityId: data.entityId as string, leaderId: leader, memberIds: members };
    },
  );

  it('shows an old event in its current shape everywhere events are read, the log unchanged', async () => {
    const raw = await PostgresEventStore.open(database().url);
    const store = new UpcastingEventStore(raw, upcasters);
    try {
      await raw.appendToStream(
        'inspectionTask-1',
        [
          {
            type: 'TeamAssigned',
            data: { entityId: 'e-1', inspectors: ['i-1', 'i-2'] },
            metadata: testMetadata({ schemaVersion: 1 }),
          },
        ],
        { expectedRevision: 'no_stream' },
      );
      const expected = { entityId: 'e-1', leaderId: 'i-1', memberIds: ['i-2'] };
      expect((await collect(store.readStream('inspectionTask-1')))[0].data).toEqual(expected);
      expect((await collect(store.readAll()))[0].data).toEqual(expected);
      const subscription = store.subscribeToAll();
      expect((await collect(subscription, 1))[0].data).toEqual(expected);
      await subscription.close();
      expect((await collect(raw.readStream('inspectionTask-1')))[0].data).toMatchObject({
        inspectors: ['i-1', 'i-2'],
      });
    } finally {
      await store.close();
    }
  });
});
