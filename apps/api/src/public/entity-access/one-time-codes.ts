import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Stores } from '@app/runtime';
import { ApiError } from '../../common/api-error';

/** How long a code is accepted, and how many tries it allows before it is void. */
export const CODE_MINUTES = 10;
export const TRIES_PER_CODE = 5;

const CODES = 'entity-codes';
const USED = 'entity-codes-used';
const TRIES = 'entity-code-tries';
/** Records outlive the code by a day, so that "expired" and "used" can still be told apart. */
const KEPT_MS = 24 * 3600_000;

interface CodeRecord {
  id: string;
  hash: string;
  expiresAt: number;
}

/**
 * One-time codes for an entity (by its credit code): 6 random digits, kept only as an HMAC under the
 * server's key (a 6-digit hash alone would be reversed in a moment), one live code per entity (a new
 * one replaces it), accepted once, for CODE_MINUTES, for TRIES_PER_CODE tries. Each try claims a
 * numbered record with putIfAbsent, and the use one more, so concurrent tries cannot exceed either.
 */
export class OneTimeCodes {
  constructor(
    private readonly stores: Stores,
    private readonly key: Buffer,
  ) {}

  async issue(creditCode: string, now: Date): Promise<{ code: string; expiresAt: Date }> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const id = randomUUID();
    const expiresAt = now.getTime() + CODE_MINUTES * 60_000;
    const record: CodeRecord = { id, hash: this.hash(id, code), expiresAt };
    await this.stores.records.put(CODES, creditCode, {
      value: JSON.stringify(record),
      expiresAt: expiresAt + KEPT_MS,
    });
    return { code, expiresAt: new Date(expiresAt) };
  }

  /** Accepts the code once, or refuses: none asked for, void after its tries, wrong, expired, used. */
  async redeem(creditCode: string, code: string, now: Date): Promise<void> {
    const stored = await this.stores.records.get(CODES, creditCode, now.getTime());
    if (!stored) throw refused('ONE_TIME_CODE_NOT_REQUESTED', 'Ask for a code first');
    const record = JSON.parse(stored.value) as CodeRecord;
    if (!(await this.claimTry(record, now))) {
      throw refused(
        'ONE_TIME_CODE_VOID',
        `After ${TRIES_PER_CODE} tries the code is void: ask for a new one`,
      );
    }
    if (!this.matches(record, code)) throw refused('ONE_TIME_CODE_WRONG', 'The code is wrong');
    if (now.getTime() >= record.expiresAt) throw refused('ONE_TIME_CODE_EXPIRED', 'The code has expired');
    const used = await this.stores.records.putIfAbsent(
      USED,
      record.id,
      { value: now.toISOString(), expiresAt: record.expiresAt + KEPT_MS },
      now.getTime(),
    );
    if (used) throw refused('ONE_TIME_CODE_USED', 'The code was used already');
  }

  private async claimTry(record: CodeRecord, now: Date): Promise<boolean> {
    for (let n = 1; n <= TRIES_PER_CODE; n += 1) {
      const taken = await this.stores.records.putIfAbsent(
        TRIES,
        `${record.id}|${n}`,
        { value: now.toISOString(), expiresAt: record.expiresAt + KEPT_MS },
        now.getTime(),
      );
      if (!taken) return true;
    }
    return false;
  }

  private matches(record: CodeRecord, code: string): boolean {
    const given = Buffer.from(this.hash(record.id, code), 'hex');
    const kept = Buffer.from(record.hash, 'hex');
    return given.length === kept.length && timingSafeEqual(given, kept);
  }

  private hash(id: string, code: string): string {
    return createHmac('sha256', this.key).update(`${id}:${code}`).digest('hex');
  }
}

function refused(code: string, message: string): ApiError {
  return ApiError.forbidden(code, message);
}
