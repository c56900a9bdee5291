import { readModelStoreContract } from '../testing/read-model-store.contract';
import { MongoReadModelStore } from './mongo-read-model-store';

const url = process.env.MONGODB_URL;

if (!url) {
  describe('MongoReadModelStore', () => {
    it.skip('contract: skipped because MONGODB_URL is not set (e.g. mongodb://localhost:27017/ssj_test?replicaSet=rs0)', () => {
      // Runs against a real MongoDB when MONGODB_URL is set: docs/operations.md.
    });
  });
} else {
  describe('MongoReadModelStore with transactions', () => {
    readModelStoreContract({ open: () => MongoReadModelStore.connect(url) });
  });
  describe('MongoReadModelStore with per-document position guards (no transactions)', () => {
    readModelStoreContract({ open: () => MongoReadModelStore.connect(url, { transactions: false }) });

    it('skips writes that are not newer than the stored version, deletions included', async () => {
      const store = await MongoReadModelStore.connect(url, { transactions: false });
      const ns = `guard${Date.now()}`;
      await store.prepare(ns, [{ name: 'docs', indexes: [] }]);
      const write = (position: number, document: { id: string; v: number } | null) =>
        store.commit(ns, [{ collection: 'docs', id: 'a', document }], { key: `${ns}@c`, position });
      await write(10, { id: 'a', v: 2 });
      await write(5, { id: 'a', v: 1 });
      await write(10, { id: 'a', v: 3 });
      expect(await store.collection(ns, 'docs').get('a')).toEqual({ id: 'a', v: 2 });
      await write(11, null);
      await write(10, { id: 'a', v: 4 });
      expect(await store.collection(ns, 'docs').get('a')).toBeUndefined();
      expect(await store.readCheckpoint(`${ns}@c`)).toBe(11);
      await store.drop(ns, `${ns}@c`);
      await store.close();
    });
  });
}
