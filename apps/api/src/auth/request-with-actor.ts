import type { Role } from '@app/domain';
import type { Actor } from '@app/runtime';

/** What the guard attaches to a request. */
export interface RequestWithActor {
  actor?: Actor;
}

/**
 * What hooks and the guard attach to a request for the command context. Declared here, beside
 * the actor, so that auth does not import the commands folder that reads it.
 */
export interface RequestContextFields extends RequestWithActor {
  correlationId?: string;
  rolesUsed?: Role[];
  /** Set by the idempotency interceptor: the same key gives the same command id. */
  commandId?: string;
  /** The moment the request arrived, from the api's clock. */
  now?: Date;
}
