import type { Actor } from '@app/runtime';

interface Verified {
  actor: Actor;
  /** Milliseconds since the epoch; the token is refused from then on. */
  expiresAt?: number;
  notBefore?: number;
}

/**
 * Tokens whose signature was already checked, with the actor they name: a token's text includes
 * its signature, so the same text always verifies the same way and only its time limits are
 * checked again. Checking the HMAC and parsing the claims on every request was a tenth of a
 * dashboard read. Bounded: past the limit it starts again empty (as the projection cache does).
 */
export class VerifiedTokens {
  private readonly verified = new Map<string, Verified>();

  constructor(private readonly limit = 10_000) {}

  /** The token's actor if it verified before and is within its time limits now; else undefined. */
  recall(token: string, now: number): Actor | undefined {
    const entry = this.verified.get(token);
    if (!entry) return undefined;
    if ((entry.expiresAt !== undefined && now >= entry.expiresAt) || (entry.notBefore ?? 0) > now) {
      this.verified.delete(token);
      return undefined;
    }
    return entry.actor;
  }

  remember(token: string, actor: Actor, claims: { exp?: unknown; nbf?: unknown }): void {
    if (this.verified.size >= this.limit) this.verified.clear();
    // Shared by every request that carries the token: nothing may change it.
    Object.freeze(actor.roles);
    this.verified.set(token, {
      actor: Object.freeze(actor),
      ...(typeof claims.exp === 'number' ? { expiresAt: claims.exp * 1000 } : {}),
      ...(typeof claims.nbf === 'number' ? { notBefore: claims.nbf * 1000 } : {}),
    });
  }
}
