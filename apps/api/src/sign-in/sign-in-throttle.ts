import { LOCK_AFTER_FAILURES, LOCK_MINUTES } from '@app/domain';
import type { RecordStore } from '@app/record-store';
import { createHash } from 'node:crypto';

const ATTEMPTS = 'sign-in-attempts';
/** Failures are forgotten after this long without another. */
const FORGET_AFTER_MS = LOCK_MINUTES * 60_000;

interface Attempts {
  failures: number;
  lastFailureAt: number;
  lockedUntil?: number;
}

export type Admission = { kind: 'admitted' } | { kind: 'too-soon' | 'locked'; retryAfterSeconds: number };

/** The wait before the next attempt after `failures` consecutive failures: 0, 0, 2 s, 4 s, 8 s. */
export function delayAfter(failures: number): number {
  return failures < 2 ? 0 : 2000 * 2 ** (failures - 2);
}

/**
 * Growing delays and a lock per sign-in name, whether or not an account has that name: an unknown
 * name is delayed and locked exactly as a known one, so the answers never tell them apart. The
 * account's own lock (UserLocked, in the log) follows the same policy (LOCK_AFTER_FAILURES).
 */
export class SignInThrottle {
  constructor(private readonly records: RecordStore) {}

  async admit(login: string, now: number): Promise<Admission> {
    const attempts = await this.read(login, now);
    if (!attempts) return { kind: 'admitted' };
    if (attempts.lockedUntil !== undefined && attempts.lockedUntil > now) {
      return { kind: 'locked', retryAfterSeconds: Math.ceil((attempts.lockedUntil - now) / 1000) };
    }
    const allowedAt = attempts.lastFailureAt + delayAfter(attempts.failures);
    if (allowedAt > now) return { kind: 'too-soon', retryAfterSeconds: Math.ceil((allowedAt - now) / 1000) };
    return { kind: 'admitted' };
  }

  async failed(login: string, now: number): Promise<void> {
    const before = await this.read(login, now);
    const failures = before?.lockedUntil !== undefined ? 1 : (before?.failures ?? 0) + 1;
    const attempts: Attempts =
      failures >= LOCK_AFTER_FAILURES
        ? { failures, lastFailureAt: now, lockedUntil: now + LOCK_MINUTES * 60_000 }
        : { failures, lastFailureAt: now };
    await this.records.put(ATTEMPTS, key(login), {
      value: JSON.stringify(attempts),
      expiresAt: (attempts.lockedUntil ?? now) + FORGET_AFTER_MS,
    });
  }

  /** A successful sign-in, or an administrator's password reset, starts the count again. */
  async cleared(login: string): Promise<void> {
    await this.records.delete(ATTEMPTS, key(login));
  }

  private async read(login: string, now: number): Promise<Attempts | undefined> {
    const record = await this.records.get(ATTEMPTS, key(login), now);
    return record ? (JSON.parse(record.value) as Attempts) : undefined;
  }
}

/** The name as typed never reaches the store: only its digest. */
function key(login: string): string {
  return createHash('sha256').update(login).digest('hex');
}
