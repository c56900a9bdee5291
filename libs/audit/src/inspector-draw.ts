import { type InspectorAssignment, type TaskState, drawInspectors, sha256 } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { entityRegionsAt, inspectorsAt } from './inspectors-at';

export function listedEntityIds(task: TaskState): string[] {
  return (task.entityIds ?? []).filter((id) => !task.withdrawnEntityIds.includes(id));
}

/** Runs a department's inspector draw for a task at log position `position` (docs/draw.md §8). */
export async function computeInspectorDraw(
  events: EventStore,
  task: TaskState,
  inputs: {
    seed: string;
    /** A v2 draw's department key (docs/draw.md §8); without it, made from `seed` (v1). */
    departmentKey?: Uint8Array;
    departmentId: string;
    perEntity: number;
    position: number;
    neighbours: Record<string, string[]>;
  },
): Promise<{
  assignments: InspectorAssignment[];
  shortages: ReturnType<typeof drawInspectors>['shortages'];
  candidates: number;
}> {
  const directory = await inspectorsAt(events, inputs.position);
  const candidates = directory.eligible(inputs.departmentId);
  const entities = await entityRegionsAt(events, listedEntityIds(task), inputs.position);
  const outcome = drawInspectors(sha256, {
    seed: inputs.seed,
    ...(inputs.departmentKey ? { departmentKey: inputs.departmentKey } : {}),
    departmentId: inputs.departmentId,
    entities,
    candidates: candidates.map((c) => ({
      inspectorId: c.inspectorId,
      regionCode: c.regionCode,
      conflicts: c.conflicts,
    })),
    perEntity: inputs.perEntity,
    neighbours: inputs.neighbours,
  });
  return { ...outcome, candidates: candidates.length };
}
