import { MongoReadModelStore } from '@app/read-store/mongodb/mongo-read-model-store';
import { MongoRecordStore } from '@app/record-store/mongodb/mongo-record-store';
import { MongoTransparencyStore } from '@app/transparency-log/mongodb/mongo-transparency-store';
import { MongoClient } from 'mongodb';

/** The read side's stores on one MongoDB deployment (MONGODB_URL), sharing one client. */
export interface MongoStores {
  readModels: MongoReadModelStore;
  records: MongoRecordStore;
  transparency: MongoTransparencyStore;
  /** Closes the shared client, after the stores borrowing it are closed. */
  closeClient(): Promise<void>;
}

/**
 * One MongoClient, so one connection pool per server, for every store: each store borrows it and
 * leaves it open on close(); the deployment closes it once, last.
 */
export async function openMongoStores(url: string, options: { transactions: boolean }): Promise<MongoStores> {
  const client = new MongoClient(url);
  await client.connect();
  try {
    return { ...mongoStoresOn(client, options), transparency: await MongoTransparencyStore.open(client) };
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
}

/** The stores that need no round trip to open, on a client they borrow. */
export function mongoStoresOn(
  client: MongoClient,
  options: { transactions: boolean },
): Omit<MongoStores, 'transparency'> {
  return {
    readModels: new MongoReadModelStore(client, { transactions: options.transactions }),
    records: new MongoRecordStore(client.db()),
    closeClient: () => client.close(),
  };
}
