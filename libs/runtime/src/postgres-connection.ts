import { pg } from '@app/event-store/postgres/pg-driver';
import type { Pool } from 'pg';
import { ConfigurationError } from './app-config';

/** DATABASE_URL as it may be shown: the password hidden. */
export function shownDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unreadable)';
  }
}

/**
 * The pool every PostgreSQL store of the process shares, checked at start-up: a server that does
 * not answer, refuses the login, or lacks the database stops start-up with a message naming
 * DATABASE_URL and the cause, instead of failing on the first request.
 */
export async function openPostgresPool(url: string, options: { max?: number } = {}): Promise<Pool> {
  const pool = new (pg().Pool)({
    connectionString: url,
    max: options.max ?? 20,
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection the server closed: the next query reconnects; the process must not crash.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    const cause = error as { code?: string; message?: string };
    throw new ConfigurationError(
      `DATABASE_URL=${shownDatabaseUrl(url)}: cannot use the PostgreSQL server: ${cause.code ? `${cause.code} ` : ''}${cause.message ?? String(error)}`,
    );
  }
}
