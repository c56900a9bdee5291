import type { RecordStore } from '@app/record-store';
import { createHash, randomBytes } from 'node:crypto';

/** Refresh tokens by their digest (the token itself is never stored), each naming its session. */
const ISSUED = 'refresh-token';
/** Digests of refresh tokens already exchanged: a second exchange is a stolen or replayed token. */
const SPENT = 'refresh-token-spent';

export interface RefreshGrant {
  userId: string;
  sessionId: string;
  /** When the session runs out (epoch ms); refresh tokens end with it. */
  sessionEndsAt: number;
}

export type Exchange =
  | ({ kind: 'fresh' } & RefreshGrant)
  /** Exchanged before: the whole session must end (RFC 9700 §4.14.2, refresh token rotation). */
  | ({ kind: 'reused' } & RefreshGrant)
  | { kind: 'unknown' };

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Rotating refresh tokens in the record store: each is exchanged once for a new one. Of two
 * concurrent exchanges of one token exactly one is fresh (putIfAbsent is atomic); the other, and
 * any later one, is a reuse.
 */
export class RefreshTokens {
  constructor(private readonly records: RecordStore) {}

  async issue(grant: RefreshGrant): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.records.put(ISSUED, digest(token), {
      value: JSON.stringify(grant),
      expiresAt: grant.sessionEndsAt,
    });
    return token;
  }

  async exchange(token: string, now: number): Promise<Exchange> {
    if (!TOKEN.test(token)) return { kind: 'unknown' };
    const key = digest(token);
    const issued = await this.records.get(ISSUED, key, now);
    if (!issued) return { kind: 'unknown' };
    const grant = JSON.parse(issued.value) as RefreshGrant;
    const earlier = await this.records.putIfAbsent(
      SPENT,
      key,
      { value: grant.sessionId, expiresAt: grant.sessionEndsAt },
      now,
    );
    return { kind: earlier ? 'reused' : 'fresh', ...grant };
  }
}
