import { postgresRefusal } from '../postgres/postgres-refusal';

/**
 * A store's refusals to write that pass once the disk has room or the storage is reachable again:
 * `full` (SQLITE_FULL, PostgreSQL's disk full), `unavailable` (read-only, failing I/O, cannot
 * open; a PostgreSQL server down or its connection lost: postgres-refusal.ts). Errors may come
 * from another realm (jest), so the code is tested, not the class.
 */
export function storageRefusal(error: unknown): 'full' | 'unavailable' | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'STORAGE_FULL') return 'full';
  // The PostgreSQL read side's own refusals (postgres/storage-failure.ts).
  if (code === 'STORAGE_UNAVAILABLE') return 'unavailable';
  if (
    typeof code === 'string' &&
    (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN')
  ) {
    return 'unavailable';
  }
  return postgresRefusal(error);
}
