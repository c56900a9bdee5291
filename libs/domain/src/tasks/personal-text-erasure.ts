import type { InspectionTaskEvent } from './task-events';
import { existingTask, reject } from './task-guards';
import type { InspectionTaskState } from './task-state';
import type { InspectionTaskCommand } from './task-commands';

type Command<K extends InspectionTaskCommand['kind']> = Extract<InspectionTaskCommand, { kind: K }>;

/**
 * An administrator erases the personal text of one inspection (one entity of the task): on the
 * request of a person it names, or at the end of its retention period. Recorded, then the key is
 * destroyed; the events keep their sealed bytes, now unreadable, and the task replays as before.
 */
export function erasePersonalText(
  state: InspectionTaskState,
  command: Command<'ErasePersonalText'>,
): InspectionTaskEvent[] {
  const task = existingTask(state, command.taskId);
  if (!(task.entityIds ?? []).includes(command.entityId)) {
    reject('ENTITY_NOT_IN_TASK', `Entity ${command.entityId} was not drawn for this task`);
  }
  if (task.personalTextErased?.includes(command.entityId)) {
    reject(
      'PERSONAL_TEXT_ALREADY_ERASED',
      `The personal text of the inspection of ${command.entityId} is erased`,
    );
  }
  if (command.reason.trim() === '') reject('ERASURE_NEEDS_REASON', 'An erasure records why');
  return [
    {
      type: 'PersonalTextErased',
      data: { taskId: command.taskId, entityId: command.entityId, reason: command.reason },
    },
  ];
}
