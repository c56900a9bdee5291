export * from './event-store.port';
export * from './recorded-event';
export * from './errors';
export { newEventId, deterministicEventId } from './event-id';
export { matchesFilter } from './event-filter';
export {
  openSqliteDatabase,
  type SqliteDatabaseOptions,
  type SqliteSynchronous,
  withoutFsync,
} from './sqlite/open-database';
export { WalCheckpointer } from './sqlite/wal-checkpointer';
export { WriteTurn } from './sqlite/write-turn';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
// A type here: its client loads only where openStores (libs/runtime) opens EventStoreDB
// (docs/operations.md, "Start-up"). Import the class from its own path.
export type { EsdbEventStore } from './eventstoredb/esdb-event-store';
export {
  UpcasterRegistry,
  UpcastingEventStore,
  type CurrentData,
  type Upcast,
  type UpcastableEvent,
  type UpcastSteps,
} from './upcasting';
export { ChainingEventStore } from './chain/chaining-event-store';
export {
  ChainChecker,
  GENESIS_HASH,
  eventHash,
  firstBrokenLink,
  type BrokenLink,
  type ChainedContent,
} from './chain/event-chain';
export { RecordedLog } from './recorded-log';
export { readManyStreams } from './read-many-streams';
export { storageRefusal } from './sqlite/storage-refusal';
export { deepFreeze } from './deep-freeze';
export { GroupCommit } from './sqlite/group-commit';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { migrate, type Migration } from './postgres/migrations';
