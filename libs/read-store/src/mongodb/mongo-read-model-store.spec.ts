import { type CommandStartedEvent, MongoClient } from 'mongodb';
import { readModelStoreContract } from '../testing/read-model-store.contract';
import { MongoReadModelStore } from './mongo-read-model-store';

const url = process.env.MONGODB_URL;

if (!url) {
  describe('MongoReadModelStore', () => {
    // The unit tests of what a commit sends run without a server: mongo-commit.spec.ts.
    it.skip('contract: skipped because MONGODB_URL is not set (e.g. mongodb://localhost:27017/ssj_test?directConnection=true)', () => {
      // Runs against a real MongoDB when MONGODB_URL is set: docs/operations.md.
    });
  });
} else {
  describe('MongoReadModelStore with transactions', () => {
    readModelStoreContract({ open: () => MongoReadModelStore.connect(url) });
  });
  describe.each([true, false])('MongoReadModelStore commands (transactions: %s)', (transactions) => {
    it('sends one update command per collection for a batch of replaces, as the driver counts them', async () => {
      const client = new MongoClient(url, { monitorCommands: true });
      await client.connect();
      const store = new MongoReadModelStore(client, { transactions, ownsClient: true });
      const ns = `cmd${Date.now()}${transactions ? 't' : 'n'}`;
      await store.prepare(ns, [
        { name: 'a', indexes: [] },
        { name: 'b', indexes: [] },
      ]);
      const updates: string[] = [];
      const count = (event: CommandStartedEvent) => {
        if (event.commandName === 'update') updates.push(String(event.command.update));
      };
      client.on('commandStarted', count);
      const writes = Array.from({ length: 300 }, (_, i) => ({
        collection: i % 2 ? 'a' : 'b',
        id: `d${i}`,
        document: { id: `d${i}`, v: i },
      }));
      await store.commit(ns, writes, { key: `${ns}@c`, position: 1 });
      client.off('commandStarted', count);
      // Two for the documents; the checkpoint is an update too (findAndModify without transactions).
      expect(updates.filter((name) => name.startsWith('rm_')).sort()).toEqual([`rm_${ns}__a`, `rm_${ns}__b`]);
      expect(await store.collection(ns, 'a').count()).toBe(150);
      await store.drop(ns, `${ns}@c`);
      await store.close();
    });
  });
  describe('MongoReadModelStore with per-document position guards (no transactions)', () => {
    readModelStoreContract({ open: () => MongoReadModelStore.connect(url, { transactions: false }) });

    it('skips writes that are not newer than the stored version, deletions included, and purges a tombstone once a later checkpoint is stored', async () => {
      const store = await MongoReadModelStore.connect(url, { transactions: false });
      const ns = `guard${Date.now()}`;
      await store.prepare(ns, [{ name: 'docs', indexes: [] }]);
      const write = (position: number, document: { id: string; v: number } | null, id = 'a') =>
        store.commit(ns, [{ collection: 'docs', id, document }], { key: `${ns}@c`, position });
      const appliedTo = async (id: string) => {
        const applied = new Map<string, number>();
        await store.getMany(ns, 'docs', [id], applied);
        return applied.get(id);
      };
      await write(10, { id: 'a', v: 2 });
      await write(5, { id: 'a', v: 1 });
      await write(10, { id: 'a', v: 3 });
      expect(await store.collection(ns, 'docs').get('a')).toEqual({ id: 'a', v: 2 });
      await write(11, null);
      await write(10, { id: 'a', v: 4 });
      expect(await store.collection(ns, 'docs').get('a')).toBeUndefined();
      expect(await store.readCheckpoint(`${ns}@c`)).toBe(11);
      expect(await store.getMany(ns, 'docs', ['a'])).toEqual(new Map());
      expect(await appliedTo('a')).toBe(11);
      // Checkpoint 11 is stored: the next commit purges the tombstone.
      await write(12, { id: 'b', v: 1 }, 'b');
      expect(await appliedTo('a')).toBeUndefined();
      expect(await appliedTo('b')).toBe(12);
      await store.drop(ns, `${ns}@c`);
      await store.close();
    });
  });
}
