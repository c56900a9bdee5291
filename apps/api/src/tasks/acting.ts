import type { Acting } from '@app/domain';
import type { CommandContext } from '../commands/command-context';

/** Who acts, as the task's rules see them. */
export function acting(context: CommandContext): Acting {
  return { actorId: context.actor.id, departmentId: context.actor.departmentId };
}
