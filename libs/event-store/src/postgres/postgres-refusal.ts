/**
 * PostgreSQL's refusals that pass once the server is back or has room: the same two the embedded
 * store gives (storage-refusal.ts), so the api answers 503 STORAGE_UNAVAILABLE alike.
 * SQLSTATE class 08 (connection), 57P01-57P03 (shut down, cannot connect now), 53 (resources;
 * 53100 disk full), 58 (system I/O); socket errors; and the driver's own words for a lost
 * connection, which carry no code.
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
const LOST =
  /Connection terminated|encountered a connection error|timeout exceeded when trying to connect|not queryable/i;

export function postgresRefusal(error: unknown): 'full' | 'unavailable' | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code === '53100') return 'full';
    if (/^(08|53|58)/.test(code) || /^57P0[1-3]$/.test(code) || SOCKET_CODES.has(code)) return 'unavailable';
    return undefined;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && LOST.test(message) ? 'unavailable' : undefined;
}
