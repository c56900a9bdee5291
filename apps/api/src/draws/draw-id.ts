import type { DrawInputs as DrawComputationInputs } from '@app/audit';
import type { TaskState } from '@app/domain';
import { deterministicEventId } from '@app/event-store';

/** Inputs besides the seeds (which are never put in an id). */
export type DrawInputs = Omit<DrawComputationInputs, 'seed' | 'v2'>;

/** A draw's id carries every input it was computed from, its position too (base64url JSON). */
export function drawIdOf(inputs: DrawInputs & { position: number }): string {
  return Buffer.from(JSON.stringify(inputs)).toString('base64url');
}

export function parseDrawId(drawId: string): DrawInputs & { position: number } {
  return JSON.parse(Buffer.from(drawId, 'base64url').toString()) as DrawInputs & { position: number };
}

/** The same part of the same draw always has the same command id: a resumed part appends once. */
export function partCommandId(taskId: string, drawId: string, part: number): string {
  return deterministicEventId(`${taskId}\u0000${drawId}`, part);
}

/** The items that will be inspected: the lead's own and those participants accepted. */
export function inspectedItems(task: TaskState): string[] {
  return [
    ...task.itemIds,
    ...task.participants.flatMap((p) =>
      task.responses[p.departmentId]?.accepted ? task.responses[p.departmentId].itemIds : [],
    ),
  ];
}
