import { MongoClient } from 'mongodb';
import { mongoStoresOn } from './mongo-stores';

describe('the MongoDB stores of one deployment', () => {
  it('share one client, which closing a store leaves open and the deployment closes once', async () => {
    // Never connects: nothing here asks the server anything.
    const client = new MongoClient('mongodb://127.0.0.1:9/unused');
    const close = jest.spyOn(client, 'close');
    const stores = mongoStoresOn(client, { transactions: false });
    expect(stores.readModels.kind).toBe('mongodb');
    expect(stores.records.kind).toBe('mongodb');
    await stores.readModels.close();
    await stores.records.close();
    expect(close).not.toHaveBeenCalled();
    await stores.closeClient();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
