/**
 * PostgreSQL's ways of saying "not now", the one place they are named: the server is down,
 * restarting or a read-only standby, the connection was lost, there is no room (connections,
 * memory, disk) or its I/O fails. They are the two refusals the embedded store gives
 * (storage-refusal.ts), so the api answers 503 STORAGE_UNAVAILABLE or STORAGE_FULL whatever the
 * store; storage-failure.ts raises them as errors. Everything else (a constraint, bad SQL) is not
 * a refusal.
 */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs: class 08 (connection), 53 (insufficient resources: 53300 too many connections; 53100
 * disk full is `full`), 58 (system I/O), 57P01-57P04 (shut down, cannot connect now, database
 * dropped), 25006 (read-only transaction: a standby after a failover).
 */
const UNAVAILABLE_STATE = /^(08|53|58)|^57P0[1-4]$|^25006$/;

/** node-postgres's own words for a lost connection or a checkout that timed out, which carry no code. */
const LOST =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|encountered a connection error|not queryable|Client was closed/i;

export function postgresRefusal(error: unknown): 'full' | 'unavailable' | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code === '53100') return 'full';
    return UNAVAILABLE_STATE.test(code) || SOCKET_CODES.has(code) ? 'unavailable' : undefined;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && LOST.test(message) ? 'unavailable' : undefined;
}
