import type { Pool, PoolClient } from 'pg';

/** One versioned change of a component's schema, applied once, in order. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Any key shared by every instance: the migrations of all components run one at a time. */
const MIGRATION_LOCK = 7_340_021;

/**
 * Brings `component`'s schema up to its last migration. Several processes may start at once: an
 * advisory lock held by the transaction makes them take turns, so each migration runs exactly once,
 * and a failing one leaves nothing half applied. A recorded migration whose name differs from the
 * code's means code and database disagree: start-up stops saying so.
 */
export async function migrate(
  pool: Pool,
  component: string,
  migrations: readonly Migration[],
): Promise<number[]> {
  const versions = migrations.map((m) => m.version);
  if (versions.some((v, i) => !Number.isInteger(v) || v < 1 || (i > 0 && v <= versions[i - 1])))
    throw new Error(`${component}: migrations must have increasing positive versions`);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         component text NOT NULL,
         version integer NOT NULL,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (component, version))`,
    );
    const applied = await appliedMigrations(client, component);
    const done: number[] = [];
    for (const migration of migrations) {
      const known = applied.get(migration.version);
      if (known !== undefined) {
        if (known !== migration.name)
          throw new Error(
            `${component}: migration ${migration.version} is "${known}" in the database but "${migration.name}" in the code`,
          );
        continue;
      }
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (component, version, name) VALUES ($1, $2, $3)', [
        component,
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    const newest = Math.max(0, ...applied.keys());
    const last = versions.at(-1) ?? 0;
    if (newest > last)
      throw new Error(`${component}: the database is at migration ${newest}, newer than this code's ${last}`);
    await client.query('COMMIT');
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function appliedMigrations(client: PoolClient, component: string): Promise<Map<number, string>> {
  const { rows } = await client.query<{ version: number; name: string }>(
    'SELECT version, name FROM schema_migrations WHERE component = $1',
    [component],
  );
  return new Map(rows.map((r) => [r.version, r.name]));
}
