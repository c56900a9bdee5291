export * from './read-model';
export * from './read-model-store.port';
export { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';
export { MongoReadModelStore, type MongoReadModelStoreOptions } from './mongodb/mongo-read-model-store';
