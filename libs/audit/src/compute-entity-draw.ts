import {
  DISCARDING_EVENT_TYPES,
  SHARING_EVENT_TYPES,
  DRAW_RECORD_EVENT_TYPES,
  ENTITY_DIRECTORY_EVENT_TYPES,
  type DirectoryEntry,
  DomainError,
  type DrawInputs,
  DrawRun,
  type DrawRunResult,
  type DrawnTask,
  applyEntityEvent,
  countedChecks,
  discardedIn,
  sharedCheckIn,
  drawnIn,
  quotaBound,
  registerStreams,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import type { DrawCandidateView } from '@app/projections';
import { DecodedCandidates } from './draw-parts/decoded-candidates';
import { drawnInTwoThreads } from './draw-parts/two-threads';
import type { DocumentFilter, ReadSnapshot } from '@app/read-store';

export type { DrawInputs, DrawnTask, V2Inputs } from '@app/domain';
export { inputsOfRecord, v2DrawKey } from '@app/domain';

export type ComputedDraw = DrawRunResult;

/** One entity as a pool source hands it out, in ascending id order. */
export interface SourceEntity {
  entityId: string;
  entry: DirectoryEntry;
  checksThisYear: number;
}

/**
 * The draw from the drawCandidates read model as of its checkpoint: the directory and the
 * yearly counts read in one snapshot, so the recorded position is exactly what the pool saw.
 */
export async function drawFromSnapshot(
  read: <T>(
    options: { filter?: DocumentFilter; fields: string[]; batchSize: number; packed: boolean },
    consume: (snapshot: ReadSnapshot) => Promise<T>,
  ) => Promise<T>,
  task: DrawnTask,
  inputs: DrawInputs,
): Promise<ComputedDraw> {
  const options = {
    filter: regionFilter(task.criteria.regionCodes),
    fields: ['candidate'],
    batchSize: 2000,
    packed: true,
  };
  return read(options, async (snapshot) => {
    if (snapshot.position === undefined) {
      throw new DomainError('DRAW_POOL_NOT_READY', 'The directory read model has not been built yet');
    }
    const decoded = new DecodedCandidates(String(inputs.year), inputs.discardedDrawsCount ?? true);
    return runDraw(
      task,
      { ...inputs, position: snapshot.position },
      quotaBound(task, snapshot.count),
      async (run) => {
        if (snapshot.packed) {
          const job = {
            task,
            inputs: { ...inputs, position: snapshot.position! },
            poolBound: snapshot.count,
          };
          if (await drawnInTwoThreads(snapshot, job, run, decoded)) return;
          for await (const batch of snapshot.packed) decoded.addPacked(run, batch);
          return;
        }
        for await (const batch of snapshot.batches) {
          for (const doc of batch as DrawCandidateView[]) {
            if (doc.candidate === undefined) continue;
            const c = decoded.of(doc.candidate);
            run.add(doc.id, c.profile, c.registered, c.checksThisYear);
          }
        }
      },
    );
  });
}

/**
 * The draw from the log itself up to `position` (never from read models): how a draw is verified
 * (docs/draw.md §7). Entities are folded one stream at a time, in id order, so memory stays
 * bounded; `poolBound` (the recorded pool size) bounds what each stratum keeps.
 */
export async function drawFromLog(
  events: EventStore,
  task: DrawnTask,
  inputs: DrawInputs & { position: number },
  poolBound: number,
): Promise<ComputedDraw> {
  const directory = directoryFromLog(events, { ...inputs, regionCodes: task.criteria.regionCodes });
  return runDraw(task, inputs, quotaBound(task, poolBound), async (run) => {
    for await (const batch of directory) {
      for (const { entityId, entry, checksThisYear } of batch) {
        run.add(entityId, entry.profile, entry.registered, checksThisYear);
      }
    }
  });
}

/**
 * The entity directory as of `inputs.position`, folded from the log in id order, each entity with
 * its checks in the draw's year as the cap counts them (§1.3, §9): what drawFromLog draws from and
 * what the public verification bundle lists. With `regionCodes` (a directed draw's), the store
 * may leave out the entities whose events never name a code in them: a draw never counts those.
 */
export async function* directoryFromLog(
  events: EventStore,
  inputs: Pick<DrawInputs, 'year' | 'discardedDrawsCount'> & {
    position: number;
    regionCodes?: readonly string[];
  },
): AsyncIterable<SourceEntity[]> {
  const counting = inputs.discardedDrawsCount ?? true;
  const drawn = new Map<string, number>();
  const discarded = new Map<string, number>();
  const merged = new Map<string, number>();
  const add = (counts: Map<string, number>, ids: string[]) => {
    for (const entityId of ids) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  };
  for await (const event of events.readStreamsByPrefix(registerStreams.inspectionTask(''), {
    maxPosition: inputs.position,
    eventTypes: [
      ...DRAW_RECORD_EVENT_TYPES,
      ...SHARING_EVENT_TYPES,
      ...(counting ? [] : DISCARDING_EVENT_TYPES),
    ],
  })) {
    // Two tasks' checks in one agreed visit count once (ADR 39).
    const shared = sharedCheckIn(event);
    if (shared) {
      if (shared.year === inputs.year) add(merged, [shared.entityId]);
      continue;
    }
    if (event.type === 'TaskJoinedVisit') continue;
    const dropped = discardedIn(event);
    if (dropped) {
      if (dropped.year === inputs.year) add(discarded, dropped.entityIds);
      continue;
    }
    if (event.type === 'InspectionTaskCancelled') continue;
    const { year, entityIds } = drawnIn(event);
    if (year === inputs.year) add(drawn, entityIds);
  }
  const checks = new Map<string, number>();
  for (const [entityId, n] of drawn) {
    const counted = countedChecks(n - (merged.get(entityId) ?? 0), discarded.get(entityId) ?? 0, counting);
    if (counted > 0) checks.set(entityId, counted);
  }
  let batch: SourceEntity[] = [];
  let stream: string | undefined;
  let entry: DirectoryEntry | undefined;
  let entityId = '';
  const finish = () => {
    if (entry) batch.push({ entityId, entry, checksThisYear: checks.get(entityId) ?? 0 });
  };
  for await (const event of events.readStreamsByPrefix(registerStreams.entity(''), {
    maxPosition: inputs.position,
    eventTypes: ENTITY_DIRECTORY_EVENT_TYPES,
    ...(inputs.regionCodes?.length ? { mentioning: inputs.regionCodes.map(regionCodePrefix) } : {}),
  })) {
    if (event.stream !== stream) {
      finish();
      if (batch.length >= 1000) {
        yield batch;
        batch = [];
      }
      stream = event.stream;
      entry = undefined;
      entityId = event.data.entityId as string;
    }
    entry = applyEntityEvent(entry, event);
  }
  finish();
  yield batch;
}

/** What every code a region criterion covers begins with (regionCovers): as text, in the event's data. */
function regionCodePrefix(criterion: string): string {
  if (criterion.endsWith('0000')) return criterion.slice(0, 2);
  if (criterion.endsWith('00')) return criterion.slice(0, 4);
  return criterion;
}

async function runDraw(
  task: DrawnTask,
  inputs: DrawInputs & { position: number },
  bound: (stratum: string) => number,
  fill: (run: DrawRun) => Promise<void>,
): Promise<ComputedDraw> {
  const run = new DrawRun(task, inputs, bound);
  await fill(run);
  const result = run.finish();
  if (result.record.poolSize === 0) {
    throw new DomainError('DRAW_POOL_EMPTY', 'No entity matches the criteria', {
      exclusions: run.exclusions,
    });
  }
  return result;
}

/**
 * A directed draw reads only its region's index range: one district (an equality), one city or
 * province (a range of codes: GB/T 2260 codes are hierarchical), or several districts. Criteria
 * still decide each entity; this only spares reading the rest of the directory.
 */
function regionFilter(regionCodes: readonly string[] | undefined): DocumentFilter | undefined {
  if (!regionCodes?.length) return undefined;
  const district = (code: string) => !code.endsWith('00');
  if (regionCodes.every(district)) {
    return { regionCode: regionCodes.length === 1 ? regionCodes[0] : { $in: [...regionCodes] } };
  }
  if (regionCodes.length > 1) return undefined;
  const prefix = regionCodes[0].endsWith('0000') ? regionCodes[0].slice(0, 2) : regionCodes[0].slice(0, 4);
  const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return { regionCode: { $gte: prefix, $lt: next } };
}
