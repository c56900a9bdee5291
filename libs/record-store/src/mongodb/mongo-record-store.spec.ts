import { recordStoreContract } from '../testing/record-store.contract';
import { MongoRecordStore } from './mongo-record-store';

const url = process.env.MONGODB_URL;

if (!url) {
  describe('MongoRecordStore', () => {
    it.skip('contract: skipped because MONGODB_URL is not set (e.g. mongodb://localhost:27017/ssj_test?replicaSet=rs0)', () => {
      // Runs against a real MongoDB when MONGODB_URL is set: docs/operations.md.
    });
  });
} else {
  describe('MongoRecordStore', () => {
    recordStoreContract({ open: () => MongoRecordStore.connect(url) });
  });
}
