import type { AcceptedSession } from './sessions/session-token-rules';
import type { AcceptedToken } from './token-rules';

/** A token the rules accepted: a service token's actor, or a session token's claims. */
export type Accepted = AcceptedToken | AcceptedSession;

/**
 * Tokens whose signature was already checked and which met the token rules (token-rules.ts,
 * session-token-rules.ts): a token's text includes its signature, so the same text always
 * verifies the same way and only its time limits are checked again. Only accepted tokens are
 * remembered, and each until its expiry, so the cache never lets through a token the rules would
 * refuse; a session token's account and session are still read on every request.
 * Checking the HMAC and parsing the claims on every request was a tenth of a dashboard read.
 * Bounded: past the limit it starts again empty (as the projection cache does).
 */
export class VerifiedTokens {
  private readonly verified = new Map<string, Accepted>();

  constructor(private readonly limit = 10_000) {}

  /** What the token was accepted as, if it verified before and is within its time limits now. */
  recall(token: string, now: number): Accepted | undefined {
    const entry = this.verified.get(token);
    if (!entry) return undefined;
    if (now >= entry.expiresAt || (entry.notBefore ?? 0) > now) {
      this.verified.delete(token);
      return undefined;
    }
    return entry;
  }

  remember(token: string, accepted: Accepted): void {
    if (this.verified.size >= this.limit) this.verified.clear();
    // Shared by every request that carries the token: nothing may change it.
    if ('actor' in accepted) {
      Object.freeze(accepted.actor.roles);
      this.verified.set(token, Object.freeze({ ...accepted, actor: Object.freeze(accepted.actor) }));
    } else {
      this.verified.set(token, Object.freeze({ ...accepted, session: Object.freeze(accepted.session) }));
    }
  }
}
