import type { DrawVerification } from '@app/contract';
import {
  DomainError,
  type EntityDrawRecord,
  type InspectorDrawRecord,
  INSPECTOR_DRAW_ALGORITHM,
  INSPECTOR_DRAW_ALGORITHM_V2,
  type TaskState,
  commitmentOf,
  drawsByBeaconRules,
  inspectorDepartmentKeyV2,
  seedMismatches,
  taskBeaconReading,
  taskSeedCommitments,
  inspectionTaskDecider,
  registerStreams,
  selectedDigest,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import { drawFromLog, inputsOfRecord, v2DrawKey } from './compute-entity-draw';
import { entitiesAtItemFrequency } from './item-frequency';
import { computeInspectorDraw } from './inspector-draw';
import { loadAggregate } from './load-aggregate';

export async function recordedEntityDraw(events: EventStore, taskId: string): Promise<EntityDrawRecord> {
  return (await recordedEntityDrawAt(events, taskId)).record;
}

/** A task's entity draw record and the log position of the EntitiesDrawn event that holds it. */
export async function recordedEntityDrawAt(
  events: EventStore,
  taskId: string,
): Promise<{ record: EntityDrawRecord; position: number }> {
  for await (const event of events.readStream(`inspectionTask-${taskId}`, {
    direction: 'backwards',
  })) {
    if (event.type === 'EntitiesDrawn') {
      return { record: event.data.draw as unknown as EntityDrawRecord, position: event.position };
    }
  }
  throw new DomainError('ENTITIES_NOT_DRAWN', 'This task has no draw to verify');
}

/**
 * Where a v2 inspector draw reads the inspector directory (docs/draw.md §8): a beacon task's frozen
 * P, fixed before the beacon; otherwise the log as the entity draw was recorded, when the seeds
 * that key it were revealed.
 */
export function v2InspectorPosition(entityDraw: { record: EntityDrawRecord; position: number }): number {
  return entityDraw.record.beacon ? entityDraw.record.position : entityDraw.position;
}

/**
 * Re-runs a task's draw from its record: the pool rebuilt from the log up to the recorded
 * position (never from read models), the revealed seed checked against the commitment made at
 * initiation, the outcome compared with what the task recorded. Used by the api, the cli and a bundle's verification.
 */
export async function verifyEntityDraw(events: EventStore, taskId: string): Promise<DrawVerification> {
  const { state } = await loadAggregate(
    events,
    registerStreams.inspectionTask(taskId),
    inspectionTaskDecider,
  );
  if (state.status === 'absent') throw new DomainError('TASK_NOT_FOUND', `No inspection task ${taskId}`);
  if (state.entityIds === null)
    throw new DomainError('ENTITIES_NOT_DRAWN', 'This task has no draw to verify');
  const recorded = await recordedEntityDraw(events, taskId);
  const mismatches: string[] = drawsByBeaconRules(state)
    ? beaconRuleMismatches(state, recorded)
    : commitmentOf(recorded.seed) !== state.seedCommitment
      ? ['the revealed seed does not match the commitment made at initiation']
      : [];
  const { record, exact } = await drawFromLog(events, state, inputsOfRecord(recorded), recorded.poolSize);
  if (!exact)
    mismatches.push('the rebuilt pool is larger than the recorded one; the drawn list was not recomputed');
  if (record.poolDigest !== recorded.poolDigest) mismatches.push('the pool differs from the one recorded');
  for (const field of [
    'poolSize',
    'poolSizes',
    'quotas',
    'exclusions',
    'selectedCount',
    'algorithm',
    // What the record says it was drawn with must be what the task says, and the seed it revealed.
    'criteria',
    'sampling',
    'byCreditRisk',
    'seedCommitment',
  ] as const) {
    if (JSON.stringify(record[field]) !== JSON.stringify(recorded[field])) {
      mismatches.push(`the recorded ${field} differs from the recomputed one`);
    }
  }
  if (record.selectedDigest !== recorded.selectedDigest) {
    mismatches.push('the drawn list differs from the one recorded');
  }
  if (recorded.itemFrequency) {
    // The entities left out at their items' frequency, folded again from the log at the position.
    const excluded = await entitiesAtItemFrequency(events, {
      year: recorded.year,
      position: recorded.position,
      frequencies: recorded.itemFrequency.frequencies,
      discardedDrawsCount: recorded.discardedDrawsCount,
    });
    if (JSON.stringify(excluded) !== JSON.stringify(recorded.itemFrequency.excluded)) {
      mismatches.push("the entities left out at their items' frequency differ from the log's");
    }
  }
  if (selectedDigest(state.entityIds) !== recorded.selectedDigest) {
    mismatches.push("the task's drawn list differs from the draw record");
  }
  mismatches.push(...(await verifyInspectorDraws(events, taskId, recorded)));
  // The entity draw reveals the task's seed: any inspector draw made after it with that seed
  // (before per-department seeds) could have been ranked in advance; it is flagged, not hidden.
  return {
    verified: mismatches.length === 0,
    poolSize: record.poolSize,
    poolDigest: record.poolDigest,
    selectedDigest: record.selectedDigest,
    mismatches,
  };
}

/**
 * A v2 draw: every seed it revealed answers a commitment the task recorded before the draw, and
 * it used the frozen position and the round and confirmed value the task recorded (or, without a
 * beacon, the reason given at initiation).
 */
function beaconRuleMismatches(task: TaskState, recorded: EntityDrawRecord): string[] {
  const mismatches: string[] = [];
  if (!recorded.seeds) return ['the draw record reveals no seeds'];
  for (const name of seedMismatches(recorded.seeds, taskSeedCommitments(task))) {
    mismatches.push(`the revealed seed ${name} does not match its commitment`);
  }
  if (task.beacon) {
    const reading = taskBeaconReading(task);
    const used = recorded.beacon;
    if (!task.poolFrozen || recorded.position !== task.poolFrozen.position) {
      mismatches.push('the draw did not use the pool frozen before the beacon');
    }
    if (!task.beaconValue?.confirmed) mismatches.push('the beacon value was never confirmed');
    if (
      !used ||
      used.source !== reading.source ||
      used.round !== reading.round ||
      used.value !== reading.value
    ) {
      mismatches.push('the draw did not use the beacon round and confirmed value the task recorded');
    }
    if (task.poolFrozen && Date.parse(task.poolFrozen.frozenAt) >= Date.parse(task.beacon.publishedAt)) {
      mismatches.push('the pool was frozen after the beacon was published');
    }
  } else if (JSON.stringify(recorded.operatorTrusted) !== JSON.stringify(task.operatorTrusted ?? null)) {
    mismatches.push('the operator-trusted reason differs from the one given at initiation');
  }
  return mismatches;
}

/** Re-runs each department's inspector draw at its recorded position and compares the teams. */
async function verifyInspectorDraws(
  events: EventStore,
  taskId: string,
  entityDraw: EntityDrawRecord,
): Promise<string[]> {
  const seed = entityDraw.seed;
  const drawKey = entityDraw.seeds
    ? v2DrawKey({
        seeds: entityDraw.seeds,
        beacon: entityDraw.beacon ?? null,
        operatorTrusted: entityDraw.operatorTrusted ?? null,
      })
    : undefined;
  const mismatches: string[] = [];
  let state = inspectionTaskDecider.initialState();
  let expectedPosition: number | undefined;
  for await (const event of events.readStream(registerStreams.inspectionTask(taskId))) {
    if (event.type === 'EntitiesDrawn') {
      expectedPosition = v2InspectorPosition({ record: entityDraw, position: event.position });
    }
    const draw = event.data.draw as InspectorDrawRecord | undefined;
    const known = [drawKey ? INSPECTOR_DRAW_ALGORITHM_V2 : INSPECTOR_DRAW_ALGORITHM];
    const isDraw = event.type === 'InspectorsDrawn' || event.type === 'ExpertsDrawn';
    const what = event.type === 'ExpertsDrawn' ? 'expert' : 'inspector';
    if (isDraw && !known.includes(draw?.algorithm ?? '')) {
      mismatches.push(`an ${what} draw of ${event.data.departmentId as string} uses an unknown algorithm`);
    } else if (isDraw && draw && state.status !== 'absent') {
      // Each department's own seed, checked against the commitment made at initiation.
      const committed = state.inspectorSeedCommitments[draw.departmentId];
      if (committed && commitmentOf(draw.seed) !== committed) {
        mismatches.push(`the seed ${draw.departmentId} revealed does not match its commitment`);
      }
      if (drawKey && draw.position !== expectedPosition) {
        mismatches.push(`the ${what} draw of ${draw.departmentId} did not read the directory where v2 says`);
      }
      if (event.type === 'ExpertsDrawn' && draw.pool !== 'experts') {
        mismatches.push(`the expert draw of ${draw.departmentId} does not say it drew from the expert pool`);
      }
      const again = await computeInspectorDraw(events, state, {
        seed: committed ? draw.seed : seed,
        ...(drawKey ? { departmentKey: inspectorDepartmentKeyV2(drawKey, draw.departmentId) } : {}),
        departmentId: draw.departmentId,
        perEntity: draw.perEntity,
        position: draw.position,
        neighbours: draw.neighbourRegions,
        ...(draw.pool ? { pool: draw.pool } : {}),
        ...(draw.enforcementThrough ? { enforcementThrough: draw.enforcementThrough } : {}),
      });
      const drawn = drawnByEntity(event);
      for (const assignment of again.assignments) {
        const appointed = draw.appointed
          .filter((a) => a.entityId === assignment.entityId)
          .map((a) => a.inspectorId);
        const recorded = (drawn[assignment.entityId] ?? []).filter((id) => !appointed.includes(id));
        if (JSON.stringify(recorded) !== JSON.stringify(assignment.inspectorIds)) {
          mismatches.push(`the ${what}s ${draw.departmentId} drew for ${assignment.entityId} differ`);
        }
      }
    }
    state = inspectionTaskDecider.evolve(state, { type: event.type, data: event.data } as never);
  }
  return mismatches;
}

/** The inspectors (or experts) a draw event names per entity. */
function drawnByEntity(event: { type: string; data: Record<string, unknown> }): Record<string, string[]> {
  const byEntity =
    event.type === 'ExpertsDrawn'
      ? (event.data.experts as Record<string, { inspectorId: string }[]>)
      : Object.fromEntries(
          Object.entries(event.data.teams as Record<string, { members: { inspectorId: string }[] }>).map(
            ([entityId, team]) => [entityId, team.members],
          ),
        );
  return Object.fromEntries(
    Object.entries(byEntity).map(([entityId, people]) => [entityId, people.map((p) => p.inspectorId)]),
  );
}
