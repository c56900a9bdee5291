/**
 * SQLite's refusals to write that pass once the disk has room or the file is writable again:
 * `full` (SQLITE_FULL), `unavailable` (read-only, failing I/O, cannot open). Errors may come from
 * another realm (jest), so the code is tested, not the class.
 */
export function storageRefusal(error: unknown): 'full' | 'unavailable' | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'STORAGE_FULL') return 'full';
  // The PostgreSQL adapters' refusals (postgres/storage-failure.ts).
  if (code === 'STORAGE_UNAVAILABLE') return 'unavailable';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return 'unavailable';
  }
  return undefined;
}
