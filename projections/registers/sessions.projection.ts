import type { SessionEndReason, SignInMethod, UserEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/** A sign-in session as its user and the api's guard read it; `id` is the session id. */
export interface SessionView extends ReadDocument {
  userId: string;
  method: SignInMethod;
  startedAt: string;
  endedAt: string | null;
  endedBy: string | null;
  endReason: SessionEndReason | null;
}

/**
 * Sessions begun by sign-ins and ended by events: the guard refuses a token of an ended session on
 * its next request, and each official lists their own. Refresh tokens are outside the log.
 */
export const sessionsProjection: Projection<UserEvent> = {
  name: 'sessions',
  collections: [{ name: 'sessions', indexes: [['userId', 'startedAt']] }],
  eventTypes: ['UserSignedIn', 'UserSessionEnded'],
  apply(event): DocumentChange[] {
    const at = event.metadata.occurredAt;
    switch (event.type) {
      case 'UserSignedIn': {
        const { userId, method, sessionId } = event.data;
        const view: SessionView = {
          id: sessionId,
          userId,
          method,
          startedAt: at,
          endedAt: null,
          endedBy: null,
          endReason: null,
        };
        return [{ collection: 'sessions', id: sessionId, put: view }];
      }
      case 'UserSessionEnded': {
        const { sessionId, endedBy, reason } = event.data;
        const change: DocumentChange<SessionView> = {
          collection: 'sessions',
          id: sessionId,
          update: (view) => (view ? { ...view, endedAt: at, endedBy, endReason: reason } : null),
        };
        return [change];
      }
      default:
        return [];
    }
  },
};
