import type { DrawHints } from './task-types';

/** GET /api/entities/:id/checks. */
export interface EntityChecks {
  entityId: string;
  year: number;
  count: number;
  taskIds: string[];
  cap: number;
}

/** GET /api/visits?entityId=. */
export interface EntityVisits {
  entityId: string;
  visits: { from: string; to: string; tasks: { taskId: string; window: { from: string; to: string } }[] }[];
}

/** One drawn entity's hints: other checks this year, and other tasks visiting it in the same window. */
export interface EntityHint {
  checkedBy: string[];
  cap?: number;
  overlapping: string[];
}

/**
 * The draw room's hints for a drawn entity, read after the draw: the checks this year by other
 * tasks (Gui'an 第三十四条), and the other locked tasks whose window overlaps this one's, to be
 * merged into one visit (Yiyuan 十八).
 */
export function hintOf(
  taskId: string,
  window: { from: string; to: string },
  checks: EntityChecks | undefined,
  visits: EntityVisits | undefined,
): EntityHint {
  const overlapping = (visits?.visits ?? [])
    .flatMap((v) => v.tasks)
    .filter((t) => t.taskId !== taskId && t.window.from <= window.to && window.from <= t.window.to)
    .map((t) => t.taskId);
  return {
    checkedBy: (checks?.taskIds ?? []).filter((id) => id !== taskId),
    ...(checks ? { cap: checks.cap } : {}),
    overlapping: [...new Set(overlapping)],
  };
}

/** The hints the draw itself answered, per entity (checks counted before the draw). */
export function hintsFromDraw(hints: DrawHints): Map<string, { checks: number; overlapping: string[] }> {
  const out = new Map<string, { checks: number; overlapping: string[] }>();
  for (const { entityId, checks } of hints.checkedThisYear) out.set(entityId, { checks, overlapping: [] });
  for (const { entityId, taskIds } of hints.overlappingTasks) {
    out.set(entityId, { checks: out.get(entityId)?.checks ?? 0, overlapping: taskIds });
  }
  return out;
}
