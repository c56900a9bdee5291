import type { Migration } from '@app/event-store/postgres/migrations';

/**
 * The read-model store's own tables. Each collection's table (`rm_<namespace>__<collection>`) is
 * made by `prepare`, as projections declare them; `read_model_tables` remembers which belong to a
 * namespace, so a long name hashed to fit PostgreSQL's 63 bytes is still dropped with it.
 */
export const READ_STORE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'checkpoints, settings and collection tables',
    sql: `
      CREATE TABLE read_model_checkpoints (key text PRIMARY KEY, position bigint NOT NULL);
      CREATE TABLE read_model_settings (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE read_model_tables (
        namespace text NOT NULL, collection text NOT NULL, table_name text NOT NULL UNIQUE,
        PRIMARY KEY (namespace, collection)
      );`,
  },
];
