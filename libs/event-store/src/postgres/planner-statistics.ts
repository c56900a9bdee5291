import type { Pool } from 'pg';

/**
 * A log with rows but no statistics (restored by pg_restore, or filled faster than autovacuum
 * looks) gets them now: without them the planner guesses that few events match a type filter,
 * and reads a subscription's window through the type index and a sort instead of in order.
 */
export async function analyseIfNeverAnalysed(pool: Pool): Promise<void> {
  const { rows } = await pool.query<{ needed: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM events)
        AND NOT EXISTS (SELECT 1 FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'events')
        AS needed`,
  );
  if (rows[0].needed) await pool.query('ANALYZE events');
}
