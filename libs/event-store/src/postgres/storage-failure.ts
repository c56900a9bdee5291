/**
 * PostgreSQL's ways of saying "not now": the server is down or restarting, the connection was
 * lost, or the disk is full. They become the refusal the SQLite adapters give (storageRefusal:
 * STORAGE_UNAVAILABLE or STORAGE_FULL, HTTP 503), so callers wait or answer 503 whatever the store.
 * Everything else (a constraint, bad SQL) passes through unchanged.
 */
export class PostgresStorageFailure extends Error {
  override readonly name = 'PostgresStorageFailure';
  constructor(
    readonly code: 'STORAGE_UNAVAILABLE' | 'STORAGE_FULL',
    cause: unknown,
  ) {
    super(`PostgreSQL: ${(cause as Error | null)?.message ?? String(cause)}`, { cause });
  }
}

const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);

/** SQLSTATEs meaning the server cannot serve now (class 08 connection, 57P0x shutdown, 53300 too many connections, 25006 read-only standby). */
function unavailableState(code: string): boolean {
  return code.startsWith('08') || /^57P0[1-4]$/.test(code) || code === '53300' || code === '25006';
}

export function postgresStorageFailure(error: unknown): PostgresStorageFailure | undefined {
  if (error instanceof PostgresStorageFailure) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (code === '53100') return new PostgresStorageFailure('STORAGE_FULL', error);
    if (unavailableState(code) || SOCKET_CODES.has(code))
      return new PostgresStorageFailure('STORAGE_UNAVAILABLE', error);
    return undefined;
  }
  // node-postgres says so in words when the socket closes under a query or a checkout times out.
  const message = (error as Error | null)?.message ?? '';
  if (
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed/i.test(
      message,
    )
  )
    return new PostgresStorageFailure('STORAGE_UNAVAILABLE', error);
  return undefined;
}

/** Runs `work`, turning a storage failure into the refusal; other errors pass unchanged. */
export async function refusingWhenDown<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw postgresStorageFailure(error) ?? error;
  }
}
