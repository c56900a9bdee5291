export * from './read-model';
export * from './read-model-store.port';
export { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';
export { readPackedRange } from './sqlite/packed-range';
// A type here: the mongodb driver loads only where openStores (libs/runtime) opens MongoDB
// (docs/operations.md, "Start-up"). Import the class from its own path.
export type { MongoReadModelStore, MongoReadModelStoreOptions } from './mongodb/mongo-read-model-store';
export { PostgresReadModelStore } from './postgres/postgres-read-model-store';
export * from './projections/projection';
export { ProjectionRunner } from './projections/projection-runner';
export { ProjectionTimeout } from './projections/projection-waits';
export { ProjectionHost } from './projections/projection-host';
export type {
  LiveProgress,
  ProjectionThreadAnswer,
  ProjectionThreadCall,
  ProjectionThreadLink,
} from './projections/projection-thread';
export {
  ProjectionRebuildFailed,
  UnknownProjection,
  type ProjectionStatus,
  type RunnerStatus,
  type ProjectionFailure,
} from './projections/projection-status';
export { serialisedAnswer, shareAnswer } from './projections/shared-answers';
