import type { SessionView, UserView } from '@app/projections';
import type { Actor, Stores } from '@app/runtime';
import { ApiError } from '../../common/api-error';

const CACHED = { cachedGets: true } as const;

/** A session access token's claims, after its signature and expiry were checked. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
}

/**
 * Who a session token's bearer is now: the account and the session as the read models have them
 * on this very request, so a disabled account, a revoked role, a reset password or an ended
 * session stops the next request, not the token's expiry. Both reads are answered from the
 * projection host's point cache, kept only while the projection has committed nothing since (any
 * write of `users` or `sessions` moves its version), so they are never staler than the read
 * models; `npm run bench:http` measures what they add.
 */
export class SignedInActors {
  constructor(private readonly stores: Pick<Stores, 'projections'>) {}

  async actorOf({ userId, sessionId }: SessionClaims): Promise<Actor> {
    const [user, session] = await Promise.all([
      this.stores.projections.collection<UserView>('users', 'users', CACHED).get(userId),
      this.stores.projections.collection<SessionView>('sessions', 'sessions', CACHED).get(sessionId),
    ]);
    if (!session || session.userId !== userId || session.endedAt !== null) {
      throw new ApiError(401, 'SESSION_ENDED', 'This session has ended; sign in again');
    }
    if (!user || user.status !== 'active' || user.erased) {
      throw new ApiError(401, 'SESSION_ENDED', 'This account may no longer sign in');
    }
    return {
      id: user.id,
      name: user.name,
      departmentId: user.departmentId,
      roles: [...user.roles],
      sessionId,
      ...(user.inspectorId ? { inspectorId: user.inspectorId } : {}),
    };
  }
}
