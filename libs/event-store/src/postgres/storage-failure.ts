import { postgresRefusal } from './postgres-refusal';

/**
 * A PostgreSQL refusal (postgres-refusal.ts) raised as an error with the embedded store's code
 * (storageRefusal: STORAGE_UNAVAILABLE or STORAGE_FULL, HTTP 503), its cause kept, so callers wait
 * or answer 503 whatever the store. Other errors pass through unchanged.
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

export function postgresStorageFailure(error: unknown): PostgresStorageFailure | undefined {
  if (error instanceof PostgresStorageFailure) return error;
  const refusal = postgresRefusal(error);
  if (refusal === undefined) return undefined;
  return new PostgresStorageFailure(refusal === 'full' ? 'STORAGE_FULL' : 'STORAGE_UNAVAILABLE', error);
}

/** Runs `work`, turning a storage failure into the refusal; other errors pass unchanged. */
export async function refusingWhenDown<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw postgresStorageFailure(error) ?? error;
  }
}
