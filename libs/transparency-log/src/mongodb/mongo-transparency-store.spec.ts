import { transparencyStoreContract } from '../testing/transparency-store.contract';
import { MongoTransparencyStore } from './mongo-transparency-store';

const url = process.env.MONGODB_URL;

if (!url) {
  describe('MongoTransparencyStore', () => {
    it.skip('contract: skipped because MONGODB_URL is not set (e.g. mongodb://localhost:27017/ssj_test?directConnection=true)', () => {
      // Runs against a real MongoDB when MONGODB_URL is set: docs/operations.md.
    });
  });
} else {
  describe('MongoTransparencyStore', () => {
    let n = 0;
    // A fresh set of collections for each test: the contract expects an empty store.
    transparencyStoreContract(() =>
      MongoTransparencyStore.connect(url, `transparency_test_${Date.now()}_${(n += 1)}`),
    );
  });
}
