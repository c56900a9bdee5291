import type { RecordStore } from '@app/record-store';

export interface RefusalLimits {
  /** Refusals of numbers held elsewhere that a user is answered within `windowMs`. */
  limit: number;
  windowMs: number;
}

/** Ten in any 24 hours: a registrar meets one when a transferred person is entered too early. */
export const ID_NUMBER_REFUSAL_LIMITS: RefusalLimits = { limit: 10, windowMs: 24 * 60 * 60 * 1000 };

/** What counting one refusal found. */
export interface CountedRefusal {
  /** False when the user had used up their refusals already: answer 429, not the refusal. */
  within: boolean;
  /** Refusals answered to the user in the window, this one included when `within`. */
  inWindow: number;
  /** Set once the limit is reached: until when the user's registrations with ID numbers wait. */
  suspendedUntil?: number;
}

const REFUSALS = 'idNumberRefusals';
const SUSPENSIONS = 'idNumberSuspensions';

/**
 * Counts, per user, the registrations refused because another department holds the ID-card
 * number. Each refusal answers "this number is registered somewhere" and so confirms a guess; at
 * most `limit` are answered in any `windowMs`, after which the user is suspended until the oldest
 * counted refusal leaves the window. Kept in the record store, so the count holds across requests,
 * imports, restarts and processes: each refusal takes a slot `<user>#<n>` with putIfAbsent, expiring
 * after the window, and a suspension marker says that every slot is taken (one read per check).
 */
export class IdNumberRefusals {
  constructor(
    private readonly records: RecordStore,
    private readonly limits: RefusalLimits = ID_NUMBER_REFUSAL_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Until when the user is suspended, or undefined. */
  async suspendedUntil(userId: string): Promise<number | undefined> {
    const marker = await this.records.get(SUSPENSIONS, userId, this.now());
    return marker?.expiresAt;
  }

  async count(userId: string): Promise<CountedRefusal> {
    const now = this.now();
    const expiresAt = now + this.limits.windowMs;
    let within = false;
    for (let slot = 0; slot < this.limits.limit && !within; slot += 1) {
      const taken = await this.records.putIfAbsent(
        REFUSALS,
        slotKey(userId, slot),
        { value: String(now), expiresAt },
        now,
      );
      within = taken === undefined;
    }
    const live: number[] = [];
    for (let slot = 0; slot < this.limits.limit; slot += 1) {
      const record = await this.records.get(REFUSALS, slotKey(userId, slot), now);
      if (record?.expiresAt !== undefined) live.push(record.expiresAt);
    }
    if (live.length < this.limits.limit) return { within, inWindow: live.length };
    const suspendedUntil = Math.min(...live);
    await this.records.put(SUSPENSIONS, userId, { value: 'suspended', expiresAt: suspendedUntil });
    return { within, inWindow: live.length, suspendedUntil };
  }
}

function slotKey(userId: string, slot: number): string {
  return `${userId}#${slot}`;
}
