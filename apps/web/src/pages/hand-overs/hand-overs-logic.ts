import type { HandOverItem } from '@app/contract';

export type { HandOverItem };

export const HAND_OVER_DIRECTIONS = ['received', 'sent'] as const;
export type HandOverDirection = (typeof HAND_OVER_DIRECTIONS)[number];

export const HAND_OVER_STATUSES = ['awaiting', 'taken', 'declined'] as const;
export type HandOverStatus = (typeof HAND_OVER_STATUSES)[number];

/** A hand-over the receiving department still answers: received and awaiting. */
export function mayAnswer(
  item: HandOverItem,
  direction: HandOverDirection,
  roles: readonly string[],
): boolean {
  return (
    direction === 'received' &&
    item.status === 'awaiting' &&
    (roles.includes('operator') || roles.includes('head'))
  );
}

/** The answer typed: taken into one of our live tasks, or declined with a reason. */
export interface HandOverAnswerDraft {
  taken: boolean;
  intoTaskId: string;
  reason: string;
}

/** `POST /api/tasks/:id/hand-overs/:entityId/answer`. */
export function handOverAnswerBody(draft: HandOverAnswerDraft): Record<string, unknown> {
  return draft.taken
    ? { taken: true, intoTaskId: draft.intoTaskId }
    : { taken: false, reason: draft.reason.trim() };
}

/** Tasks a business can be taken into: the department's own that are not cancelled, by id. */
export function liveTasks<T extends { id: string; status: string; name?: string }>(
  tasks: readonly T[],
  excludeTaskId: string,
): T[] {
  return tasks.filter((task) => task.status !== 'cancelled' && task.id !== excludeTaskId);
}
