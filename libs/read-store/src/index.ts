export * from './read-model';
export * from './read-model-store.port';
export { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';
export { MongoReadModelStore, type MongoReadModelStoreOptions } from './mongodb/mongo-read-model-store';
export * from './projections/projection';
export {
  ProjectionRunner,
  ProjectionTimeout,
  type RunnerStatus,
  type ProjectionFailure,
} from './projections/projection-runner';
export {
  ProjectionHost,
  ProjectionRebuildFailed,
  UnknownProjection,
  type ProjectionStatus,
} from './projections/projection-host';
