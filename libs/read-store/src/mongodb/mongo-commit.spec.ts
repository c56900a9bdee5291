import { type BulkWriteResult, type MongoClient, MongoBulkWriteError } from 'mongodb';
import type { DocumentWrite } from '../read-model-store.port';
import { InvalidQuery } from '../read-model';
import { MongoReadModelStore } from './mongo-read-model-store';
import { ignoreDuplicateKeys } from './mongo-writes';
import type { StoredDocument } from './stored-document';

/**
 * What the store would send to MongoDB, counted without a server: a fake of the narrow part of the
 * driver the store uses (`db().collection(name)`, which like the driver's returns a new object on
 * every call, and a session whose transaction runs its callback). The real server runs in the
 * contract suites (mongo-read-model-store.spec.ts, MONGODB_URL).
 */
interface Sent {
  collection: string;
  command: string;
  args: unknown[];
}

function fakeClient(stored: Record<string, StoredDocument[]> = {}) {
  const sent: Sent[] = [];
  // The checkpoint as findOneAndUpdate finds it before moving it (null: none yet).
  let checkpoint: { position: number } | null = null;
  const record =
    (collection: string, command: string, answer: unknown = {}) =>
    async (...args: unknown[]) => {
      sent.push({ collection, command, args });
      return answer;
    };
  const collection = (name: string) => ({
    bulkWrite: record(name, 'bulkWrite'),
    deleteMany: record(name, 'deleteMany', { acknowledged: true, deletedCount: 0 }),
    updateOne: record(name, 'updateOne'),
    findOneAndUpdate: async (...args: unknown[]) => {
      sent.push({ collection: name, command: 'findOneAndUpdate', args });
      const before = checkpoint;
      checkpoint = { position: (args[1] as { $set: { position: number } }).$set.position };
      return before;
    },
    createIndex: record(name, 'createIndex', 'index'),
    find: (...args: unknown[]) => {
      sent.push({ collection: name, command: 'find', args });
      return (async function* () {
        yield* stored[name] ?? [];
      })();
    },
  });
  const session = { withTransaction: async (work: () => Promise<unknown>) => work() };
  const client = {
    db: () => ({ collection }),
    withSession: async (work: (s: typeof session) => Promise<unknown>) => work(session),
  };
  return { client: client as unknown as MongoClient, sent };
}

const doc = (id: string, v: number) => ({ id, v });
const put = (collection: string, id: string, v: number, position?: number): DocumentWrite => ({
  collection,
  id,
  document: doc(id, v),
  ...(position === undefined ? {} : { position }),
});
const bulkWrites = (sent: Sent[]) => sent.filter((s) => s.command === 'bulkWrite');
const operationsOf = (s: Sent) =>
  s.args[0] as Record<string, { filter: { _id: string }; replacement?: object }>[];

async function preparedStore(transactions: boolean, stored?: Record<string, StoredDocument[]>) {
  const fake = fakeClient(stored);
  const store = new MongoReadModelStore(fake.client, { transactions });
  await store.prepare('ns', [
    { name: 'a', indexes: [] },
    { name: 'b', indexes: [] },
  ]);
  fake.sent.length = 0;
  return { store, sent: fake.sent };
}

describe.each([true, false])(
  'MongoReadModelStore.commit (transactions: %s), as sent to the driver',
  (transactions) => {
    it('sends one bulk write per collection per batch, whatever the number of documents', async () => {
      const { store, sent } = await preparedStore(transactions);
      const writes = Array.from({ length: 1000 }, (_, i) => put(i % 3 === 2 ? 'b' : 'a', `d${i}`, i));
      await store.commit('ns', writes, { key: 'ns@c', position: 1000 });
      const bulks = bulkWrites(sent);
      expect(bulks.map((s) => s.collection)).toEqual(['rm_ns__a', 'rm_ns__b']);
      expect(bulks.map((s) => operationsOf(s).length)).toEqual([667, 333]);
      expect(bulks[0].args[1]).toMatchObject({ ordered: transactions });
      if (transactions) expect(bulks[0].args[1]).toHaveProperty('session');
      const checkpointWrite = transactions ? 'updateOne' : 'findOneAndUpdate';
      expect(sent.filter((s) => s.command === checkpointWrite)).toHaveLength(1);
    });

    it('keeps the order of the writes within a collection, and of two writes to one id the later wins', async () => {
      const { store, sent } = await preparedStore(transactions);
      await store.commit(
        'ns',
        [put('a', 'x', 1), put('a', 'y', 1), put('b', 'z', 1), put('a', 'x', 2), put('a', 'w', 1)],
        { key: 'ns@c', position: 7 },
      );
      const [a] = bulkWrites(sent);
      expect(operationsOf(a).map((op) => Object.values(op)[0].filter._id)).toEqual(['y', 'x', 'w']);
      expect(Object.values(operationsOf(a)[1])[0].replacement).toMatchObject({ _id: 'x', v: 2 });
    });

    it('sends nothing when a write names a collection that was not prepared', async () => {
      const { store, sent } = await preparedStore(transactions);
      await expect(
        store.commit('ns', [put('a', 'x', 1), put('nowhere', 'y', 1)], { key: 'ns@c', position: 1 }),
      ).rejects.toBeInstanceOf(InvalidQuery);
      expect(sent).toEqual([]);
    });
  },
);

describe('MongoReadModelStore without transactions, as sent to the driver', () => {
  it('guards each write by position, leaves a tombstone for a deletion, and purges it once a checkpoint past it was stored', async () => {
    const { store, sent } = await preparedStore(false);
    await store.commit(
      'ns',
      [put('a', 'x', 1, 5), { collection: 'a', id: 'y', document: null, position: 6 }, put('b', 'z', 1)],
      { key: 'ns@c', position: 9 },
    );
    const [a, b] = bulkWrites(sent);
    expect(operationsOf(a)).toEqual([
      {
        replaceOne: {
          filter: { _id: 'x', $or: [{ _position: { $lt: 5 } }, { _position: { $exists: false } }] },
          replacement: { _id: 'x', v: 1, _position: 5 },
          upsert: true,
        },
      },
      {
        replaceOne: {
          filter: { _id: 'y', $or: [{ _position: { $lt: 6 } }, { _position: { $exists: false } }] },
          replacement: { _id: 'y', _position: 6, _deleted: true },
          upsert: true,
        },
      },
    ]);
    expect(operationsOf(b)[0].replaceOne.replacement).toEqual({ _id: 'z', v: 1, _position: 9 });
    expect(sent.map((s) => `${s.command} ${s.collection}`)).toEqual([
      'bulkWrite rm_ns__a',
      'bulkWrite rm_ns__b',
      'findOneAndUpdate read_model_checkpoints',
    ]);
    // The next commit finds checkpoint 9 stored: the collection that has tombstones is purged up to it, once.
    sent.length = 0;
    await store.commit('ns', [put('b', 'z', 2)], { key: 'ns@c', position: 10 });
    await store.commit('ns', [put('b', 'z', 3)], { key: 'ns@c', position: 11 });
    const purges = sent.filter((s) => s.command === 'deleteMany');
    expect(purges.map((s) => [s.collection, s.args[0]])).toEqual([
      ['rm_ns__a', { _deleted: true, _position: { $lte: 9 } }],
    ]);
    expect(sent.indexOf(purges[0])).toBeGreaterThan(sent.findIndex((s) => s.command === 'findOneAndUpdate'));
  });

  it('builds the tombstone index at prepare, even when the other indexes are deferred', async () => {
    const fake = fakeClient();
    const store = new MongoReadModelStore(fake.client, { transactions: false });
    await store.prepare('ns', [{ name: 'a', indexes: [['v']] }], { deferIndexes: true });
    expect(fake.sent.map((s) => s.args)).toEqual([
      [{ _position: 1 }, { name: 'tombstones', partialFilterExpression: { _deleted: true } }],
    ]);
  });

  it('getMany returns documents without the store bookkeeping, and says apart what each already contains', async () => {
    const { store } = await preparedStore(false, {
      rm_ns__a: [
        { _id: 'x', v: 1, _position: 4 },
        { _id: 'y', _position: 6, _deleted: true },
      ],
    });
    const applied = new Map<string, number>();
    const found = await store.getMany('ns', 'a', ['x', 'y', 'z'], applied);
    expect([...found]).toEqual([['x', { id: 'x', v: 1 }]]);
    expect([...applied]).toEqual([
      ['x', 4],
      ['y', 6],
    ]);
  });
});

describe('MongoReadModelStore with transactions: getMany', () => {
  it('returns the documents and no applied positions (a transaction makes replays whole)', async () => {
    const { store } = await preparedStore(true, { rm_ns__a: [{ _id: 'x', v: 1 }] });
    const applied = new Map<string, number>();
    expect([...(await store.getMany('ns', 'a', ['x'], applied))]).toEqual([['x', { id: 'x', v: 1 }]]);
    expect(applied.size).toBe(0);
  });
});

describe('duplicate keys of a guarded bulk write', () => {
  const bulkError = (codes: number[]) =>
    new MongoBulkWriteError(
      {
        message: 'write failed',
        code: codes[0],
        writeErrors: codes.map((code, index) => ({ code, index }) as never),
      },
      {} as BulkWriteResult,
    );

  it('are writes already applied: ignored when they are all the bulk write failed on', () => {
    expect(() => ignoreDuplicateKeys(bulkError([11000, 11000]))).not.toThrow();
    expect(() => ignoreDuplicateKeys(Object.assign(new Error('dup'), { code: 11000 }))).not.toThrow();
  });

  it('do not hide any other failure', () => {
    expect(() => ignoreDuplicateKeys(bulkError([11000, 121]))).toThrow('write failed');
    expect(() => ignoreDuplicateKeys(bulkError([]))).toThrow();
    expect(() => ignoreDuplicateKeys(new Error('network'))).toThrow('network');
  });
});
