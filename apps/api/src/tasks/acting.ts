import type { Acting } from '@app/domain';
import type { Actor } from '@app/runtime';
import type { CommandContext } from '../commands/command-context';

/** Who acts, as the task's rules see them. */
export function acting(context: CommandContext): Acting {
  return { actorId: context.actor.id, departmentId: context.actor.departmentId };
}

/**
 * The inspector of the directory the actor is, for every "is this the inspector" rule (in the
 * team, one's own conflicts): a signed-in user's linked inspector, or the token's subject, since
 * a service token minted for an inspector names the inspector's own id. The events' metadata
 * still name the actor.
 */
export function inspectorIdOf(actor: Pick<Actor, 'id' | 'inspectorId'>): string {
  return actor.inspectorId ?? actor.id;
}
