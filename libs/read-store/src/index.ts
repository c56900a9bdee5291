export * from './read-model';
export * from './read-model-store.port';
export { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';
