import type { Actor } from '@app/runtime';
import type { AcceptedToken } from './token-rules';

/**
 * Tokens whose signature was already checked and which met the token rules (token-rules.ts), with
 * the actor they name: a token's text includes its signature, so the same text always verifies the
 * same way and only its time limits are checked again. Only accepted tokens are remembered, and
 * each until its expiry, so the cache never lets through a token the rules would refuse.
 * Checking the HMAC and parsing the claims on every request was a tenth of a dashboard read.
 * Bounded: past the limit it starts again empty (as the projection cache does).
 */
export class VerifiedTokens {
  private readonly verified = new Map<string, AcceptedToken>();

  constructor(private readonly limit = 10_000) {}

  /** The token's actor if it verified before and is within its time limits now; else undefined. */
  recall(token: string, now: number): Actor | undefined {
    const entry = this.verified.get(token);
    if (!entry) return undefined;
    if (now >= entry.expiresAt || (entry.notBefore ?? 0) > now) {
      this.verified.delete(token);
      return undefined;
    }
    return entry.actor;
  }

  remember(token: string, accepted: AcceptedToken): void {
    if (this.verified.size >= this.limit) this.verified.clear();
    // Shared by every request that carries the token: nothing may change it.
    Object.freeze(accepted.actor.roles);
    this.verified.set(token, Object.freeze({ ...accepted, actor: Object.freeze(accepted.actor) }));
  }
}
