export type { RecordStore, ScrubOutcome, StoredRecord } from './record-store.port';
export { SqliteRecordStore, type SqliteRecordStoreOptions } from './sqlite/sqlite-record-store';
// A type here: the mongodb driver loads only where openStores (libs/runtime) opens MongoDB
// (docs/operations.md, "Start-up"). Import the class from its own path.
export type { MongoRecordStore } from './mongodb/mongo-record-store';
export { PostgresRecordStore } from './postgres/postgres-record-store';
export {
  type Erasure,
  Keyring,
  PersonalDataVault,
  PersonErased,
  SealedDataRejected,
  type SealedPersonalData,
} from './personal-data-vault';
export {
  IdempotencyRecords,
  type IdempotencyOptions,
  type IdempotencyOutcome,
  type IdempotentResponse,
} from './idempotency';
