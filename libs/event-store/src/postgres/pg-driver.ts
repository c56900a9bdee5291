import type * as Pg from 'pg';

/**
 * The pg driver, required when a PostgreSQL store or pool opens: a process on the embedded store
 * never loads it (docs/operations.md, "Start-up").
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const pg = (): typeof Pg => require('pg') as typeof Pg;
