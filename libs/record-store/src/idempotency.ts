import { randomUUID } from 'node:crypto';
import type { RecordStore } from './record-store.port';

export interface IdempotentResponse {
  statusCode: number;
  body: unknown;
}

export type IdempotencyOutcome =
  /**
   * `nonce`: random, made when the key is taken and kept with it, so that the commands it runs get
   * ids no other use of the key gets (after it expired, with any other request); the same nonce
   * again when a retry takes over the key from a run whose process died.
   */
  | { kind: 'new'; nonce: string }
  | { kind: 'replay'; response: IdempotentResponse; contentHash?: string }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

export interface IdempotencyOptions {
  /** How long a completed request is remembered (default 24 h). */
  ttlMs?: number;
  /**
   * How long a request that neither completes nor is abandoned (its process died) holds the key
   * (default 10 minutes, at most ttlMs).
   */
  inProgressTtlMs?: number;
}

type Entry =
  /** `staleAt` (absent in entries of older builds, which expired then instead): a retry may take over. */
  | { state: 'in_progress'; requestHash: string; nonce?: string; staleAt?: number }
  | { state: 'done'; requestHash: string; response: IdempotentResponse; contentHash?: string };

const NAMESPACE = 'idempotency';
const HOUR = 3_600_000;

/**
 * Idempotency keys (docs/record-store.md): the first request with a key runs, and the same request
 * sent again within the lifetime gets the first one's response instead of running twice.
 */
export class IdempotencyRecords {
  private readonly ttlMs: number;
  private readonly inProgressTtlMs: number;

  constructor(
    private readonly records: RecordStore,
    options: IdempotencyOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 24 * HOUR;
    this.inProgressTtlMs = Math.min(options.inProgressTtlMs ?? HOUR / 6, this.ttlMs);
  }

  /**
   * `new`: this caller runs the request, then calls complete (or abandon if it failed).
   * `replay`: it already ran; answer with its response. `mismatch`: the key was used for a
   * different request. `in_progress`: the same request is running now.
   */
  async begin(scope: string, key: string, requestHash: string, now: number): Promise<IdempotencyOutcome> {
    const nonce = randomUUID();
    const marker = (kept: string): Entry => ({
      state: 'in_progress',
      requestHash,
      nonce: kept,
      staleAt: now + this.inProgressTtlMs,
    });
    const existing = await this.records.putIfAbsent(
      NAMESPACE,
      recordKey(scope, key),
      { value: JSON.stringify(marker(nonce)), expiresAt: now + this.ttlMs },
      now,
    );
    if (existing === undefined) return { kind: 'new', nonce };
    const entry = JSON.parse(existing.value) as Entry;
    if (entry.state === 'in_progress' && entry.staleAt !== undefined && entry.staleAt <= now) {
      // Its process died: one retry takes the key over (the claim, one per stale run, decides which).
      const claimed = await this.records.putIfAbsent(
        NAMESPACE,
        `${recordKey(scope, key)}\u0000takeover\u0000${entry.staleAt}`,
        { value: requestHash, expiresAt: now + this.ttlMs },
        now,
      );
      if (claimed !== undefined) return { kind: 'in_progress' };
      // The same request keeps the dead run's nonce, so what that run appended is not appended again.
      const kept = entry.requestHash === requestHash && entry.nonce ? entry.nonce : nonce;
      await this.records.put(NAMESPACE, recordKey(scope, key), {
        value: JSON.stringify(marker(kept)),
        expiresAt: now + this.ttlMs,
      });
      return { kind: 'new', nonce: kept };
    }
    if (entry.requestHash !== requestHash) return { kind: 'mismatch' };
    if (entry.state !== 'done') return { kind: 'in_progress' };
    return entry.contentHash === undefined
      ? { kind: 'replay', response: entry.response }
      : { kind: 'replay', response: entry.response, contentHash: entry.contentHash };
  }

  /**
   * Records the response of a request that began as `new`; it is replayed until now + ttlMs.
   * `contentHash`: the fingerprint of what the request streamed (an upload), known only once it
   * has run; a replay hands it back for the caller to compare with the retry's.
   */
  async complete(
    scope: string,
    key: string,
    requestHash: string,
    response: IdempotentResponse,
    now: number,
    contentHash?: string,
  ): Promise<void> {
    const entry: Entry = {
      state: 'done',
      requestHash,
      response,
      ...(contentHash === undefined ? {} : { contentHash }),
    };
    await this.records.put(NAMESPACE, recordKey(scope, key), {
      value: JSON.stringify(entry),
      expiresAt: now + this.ttlMs,
    });
  }

  /** Frees the key of a request that failed, so that it can be sent again. */
  async abandon(scope: string, key: string): Promise<void> {
    await this.records.delete(NAMESPACE, recordKey(scope, key));
  }
}

/** Unambiguous whatever the scope and key contain. */
function recordKey(scope: string, key: string): string {
  return JSON.stringify([scope, key]);
}
