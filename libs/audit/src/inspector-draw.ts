import {
  AUXILIARY_CATEGORIES,
  type InspectorAssignment,
  type InspectorEntry,
  type TaskState,
  drawInspectors,
  expertDepartmentKey,
  inspectorDepartmentKeyV1,
  sha256,
} from '@app/domain';
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
    /** The record's pool (InspectorDrawRecord.pool): absent for draws from before the rule. */
    pool?: 'counted' | 'experts';
    enforcementThrough?: string;
  },
): Promise<{
  assignments: InspectorAssignment[];
  shortages: ReturnType<typeof drawInspectors>['shortages'];
  candidates: number;
}> {
  const directory = await inspectorsAt(events, inputs.position);
  const candidates = directory
    .eligible(inputs.departmentId)
    .filter((c) => inPool(c, inputs.pool, inputs.enforcementThrough));
  const inspectorKey =
    inputs.departmentKey ?? inspectorDepartmentKeyV1(sha256, inputs.seed, inputs.departmentId);
  const departmentKey =
    inputs.pool === 'experts' ? expertDepartmentKey(sha256, inspectorKey) : inputs.departmentKey;
  const entities = await entityRegionsAt(events, listedEntityIds(task), inputs.position);
  const outcome = drawInspectors(sha256, {
    seed: inputs.seed,
    ...(departmentKey ? { departmentKey } : {}),
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

function inPool(c: InspectorEntry, pool: 'counted' | 'experts' | undefined, through?: string): boolean {
  const auxiliary = c.category !== undefined && AUXILIARY_CATEGORIES.includes(c.category);
  if (pool === 'experts') return auxiliary;
  if (pool === 'counted') {
    return !auxiliary && (through === undefined || (c.enforcementValidUntil ?? '') >= through);
  }
  return true;
}
