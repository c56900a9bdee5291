import { recordedEntityDrawAt, v2DrawKey, v2InspectorPosition } from '@app/audit';
import {
  DomainError,
  INSPECTOR_DRAW_ALGORITHM,
  INSPECTOR_DRAW_ALGORITHM_V2,
  commitmentOf,
  drawsByBeaconRules,
  inspectorDepartmentKeyV2,
} from '@app/domain';
import type { Stores } from '@app/runtime';
import { ApiError } from '../common/api-error';
import { type DrawSeeds, inspectorSeedKey } from '../tasks/draw-seeds';
import type { TaskFacts } from '../tasks/task-facts';

type TaskState = NonNullable<Awaited<ReturnType<TaskFacts['task']>>>;

/** What a department's draw of people (inspectors, or experts) stands on: the same for both. */
export interface DepartmentDrawBasis {
  task: TaskState;
  seed: string;
  /** The log position the pool is read at. */
  position: number;
  /** v2 (beacon) draws: the department's key from the entity draw's key. */
  departmentKey?: Uint8Array;
  algorithm: typeof INSPECTOR_DRAW_ALGORITHM | typeof INSPECTOR_DRAW_ALGORITHM_V2;
}

/**
 * The task with its entities drawn, the department's own seed committed at initiation and revealed
 * now (tasks initiated before per-department seeds fall back to the task's seed), and, for a v2
 * draw, the department's key from the entity draw's key and the pool's position.
 */
export async function departmentDrawBasis(
  stores: Pick<Stores, 'events'>,
  facts: TaskFacts,
  seeds: DrawSeeds,
  taskId: string,
  departmentId: string,
): Promise<DepartmentDrawBasis> {
  const task = await facts.task(taskId);
  if (!task) throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${taskId}`);
  if (task.entityIds === null) throw new DomainError('ENTITIES_NOT_DRAWN', 'Draw the entities first');
  const committed = task.inspectorSeedCommitments[departmentId];
  const entityDraw = drawsByBeaconRules(task) ? await recordedEntityDrawAt(stores.events, taskId) : undefined;
  const drawKey = entityDraw?.record.seeds
    ? v2DrawKey({
        seeds: entityDraw.record.seeds,
        beacon: entityDraw.record.beacon ?? null,
        operatorTrusted: entityDraw.record.operatorTrusted ?? null,
      })
    : undefined;
  const seed = await seeds.reveal(committed ? inspectorSeedKey(taskId, departmentId) : taskId);
  if (!seed || (committed && commitmentOf(seed) !== committed)) {
    throw new ApiError(500, 'DRAW_SEED_MISSING', 'The seed committed at initiation is not available');
  }
  if (entityDraw && drawKey) {
    return {
      task,
      seed,
      position: v2InspectorPosition(entityDraw),
      departmentKey: inspectorDepartmentKeyV2(drawKey, departmentId),
      algorithm: INSPECTOR_DRAW_ALGORITHM_V2,
    };
  }
  return { task, seed, position: await stores.events.headPosition(), algorithm: INSPECTOR_DRAW_ALGORITHM };
}
