import type { Role } from '@app/domain';
import type { Actor } from '@app/runtime';

/** Who acts, for which request, and when: becomes every resulting event's metadata. */
export interface CommandContext {
  actor: Actor;
  /** The roles that allowed this act (the route's roles the actor has; all of them on open routes). */
  rolesUsed: readonly Role[];
  correlationId: string;
  /** Caused the events; a retried request with the same Idempotency-Key has the same id. */
  commandId: string;
  now: Date;
}
