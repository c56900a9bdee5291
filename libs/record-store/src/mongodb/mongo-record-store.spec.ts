import { MongoClient } from 'mongodb';
import { recordStoreContract } from '../testing/record-store.contract';
import { MongoRecordStore } from './mongo-record-store';

const url = process.env.MONGODB_URL;

if (!url) {
  describe('MongoRecordStore', () => {
    it.skip('contract: skipped because MONGODB_URL is not set (e.g. mongodb://localhost:27017/ssj_test?directConnection=true)', () => {
      // Runs against a real MongoDB when MONGODB_URL is set: docs/operations.md.
    });
  });
} else {
  describe('MongoRecordStore', () => {
    // The TTL monitor may remove an expired record before deleteExpired does: the contract allows it.
    recordStoreContract({ open: () => MongoRecordStore.connect(url), expiresOnItsOwn: true });
  });
}

describe('MongoRecordStore.scrub', () => {
  it('says the store keeps copies it cannot reach, rather than claiming none is left (review of issue 15, finding 3)', async () => {
    // Never connects: scrub has nothing to ask the server.
    const client = new MongoClient('mongodb://127.0.0.1:9/unused');
    const store = new MongoRecordStore(client.db('unused'));
    expect(await store.scrub()).toBe('beyond-reach');
    await client.close();
  });
});
