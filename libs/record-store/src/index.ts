export type { RecordStore, StoredRecord } from './record-store.port';
export { SqliteRecordStore } from './sqlite/sqlite-record-store';
export { MongoRecordStore } from './mongodb/mongo-record-store';
export {
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
