import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../../common/api-error';

/** How long an entity's session lasts after its code was accepted. */
export const ENTITY_SESSION_MINUTES = 30;
/** The header the portal sends it in (not Authorization: it is not an official's token). */
export const ENTITY_SESSION_HEADER = 'x-entity-session';

export interface EntitySession {
  /** The directory id of the entity (its credit code in capitals). */
  entityId: string;
  /** Epoch ms. */
  expiresAt: number;
}

/**
 * A short token scoped to one entity: `<payload>.<HMAC-SHA256>`, base64url, under a key derived
 * from the server's secret for this use only. It is no JWT, so the officials' guard never accepts
 * it, and it names no role: it may file and read that entity's own objections, nothing else.
 */
export class EntitySessions {
  constructor(private readonly key: Buffer) {}

  mint(entityId: string, now: Date): { token: string; expiresAt: Date } {
    const session: EntitySession = { entityId, expiresAt: now.getTime() + ENTITY_SESSION_MINUTES * 60_000 };
    const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, expiresAt: new Date(session.expiresAt) };
  }

  /** The session the header carries, or 401 ENTITY_SESSION_INVALID. */
  verify(header: string | undefined, now: Date): EntitySession {
    const [payload, signature, extra] = (header ?? '').split('.');
    if (!payload || !signature || extra !== undefined || header!.length > 1000) throw invalid();
    const expected = Buffer.from(this.sign(payload), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    const session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as EntitySession;
    if (now.getTime() >= session.expiresAt) throw invalid();
    return session;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

function invalid(): ApiError {
  return new ApiError(401, 'ENTITY_SESSION_INVALID', 'Identify the business again with a one-time code');
}
