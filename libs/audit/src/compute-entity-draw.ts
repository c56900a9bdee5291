import {
  DISCARDING_EVENT_TYPES,
  DRAW_RECORD_EVENT_TYPES,
  ENTITY_DIRECTORY_EVENT_TYPES,
  type DirectoryEntry,
  type BeaconRound,
  DomainError,
  ENTITY_DRAW_ALGORITHM_V2,
  type EntityDrawOutcome,
  NO_BEACON,
  type RevealedSeeds,
  type EntityDrawRecord,
  PoolSieve,
  StratifiedDraw,
  type TaskState,
  applyEntityEvent,
  commitmentOf,
  countedChecks,
  discardedIn,
  drawKeyV2,
  drawnIn,
  quotasFor,
  registerStreams,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import { type DrawCandidateView, decodeCandidate } from '@app/projections';
import type { DocumentFilter, ReadSnapshot } from '@app/read-store';

/** What a draw is computed from besides the pool (docs/draw.md §1). */
export interface DrawInputs {
  seed: string;
  publicRandom: string;
  year: number;
  cap: number;
  keyItems: boolean;
  specialActionReason: string | null;
  /** The deployment's policy; absent: discarded draws count (older records). */
  discardedDrawsCount?: boolean;
  /** A v2 draw (docs/draw.md §2): its key is made of every seed and the beacon, not of `seed` alone. */
  v2?: V2Inputs;
}

export interface V2Inputs {
  seeds: RevealedSeeds;
  beacon: (BeaconRound & { value: string }) | null;
  operatorTrusted: { reason: string } | null;
}

/** What a recorded draw was computed from, as drawFromLog takes it again. */
export function inputsOfRecord(record: EntityDrawRecord): DrawInputs & { position: number } {
  return {
    ...record,
    ...(record.seeds
      ? {
          v2: {
            seeds: record.seeds,
            beacon: record.beacon ?? null,
            operatorTrusted: record.operatorTrusted ?? null,
          },
        }
      : {}),
  };
}

/** The v2 key of a draw's inputs, or undefined for a v1 draw. */
export function v2DrawKey(v2: V2Inputs | undefined): Uint8Array | undefined {
  if (!v2) return undefined;
  const reading = v2.beacon
    ? { source: v2.beacon.source, round: v2.beacon.round, value: v2.beacon.value }
    : NO_BEACON;
  return drawKeyV2(v2.seeds, reading);
}

export interface ComputedDraw {
  record: EntityDrawRecord;
  outcome: EntityDrawOutcome;
  /** False when the pool outgrew the bound the draw was given (only a verification can meet it). */
  exact: boolean;
  /** Checks this year of the drawn entities that had any, before this draw. */
  checkedThisYear: Map<string, number>;
}

/** What a draw reads of its task. */
export type DrawnTask = Pick<TaskState, 'criteria' | 'sampling'>;

/** One entity as a pool source hands it out, in ascending id order. */
interface SourceEntity {
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
    options: { filter?: DocumentFilter; fields: string[]; batchSize: number },
    consume: (snapshot: ReadSnapshot) => Promise<T>,
  ) => Promise<T>,
  task: DrawnTask,
  inputs: DrawInputs,
): Promise<ComputedDraw> {
  const options = { filter: regionFilter(task.criteria.regionCodes), fields: ['candidate'], batchSize: 5000 };
  return read(options, async (snapshot) => {
    if (snapshot.position === undefined) {
      throw new DomainError('DRAW_POOL_NOT_READY', 'The directory read model has not been built yet');
    }
    const year = String(inputs.year);
    const counting = inputs.discardedDrawsCount ?? true;
    async function* entities(): AsyncIterable<SourceEntity[]> {
      for await (const batch of snapshot.batches) {
        const out: SourceEntity[] = [];
        for (const doc of batch as DrawCandidateView[]) {
          if (doc.candidate === undefined) continue;
          const entry = decodeCandidate(doc.candidate);
          const checksThisYear = countedChecks(entry.checks[year] ?? 0, entry.discarded[year] ?? 0, counting);
          out.push({ entityId: doc.id, entry, checksThisYear });
        }
        yield out;
      }
    }
    return runDraw(
      task,
      { ...inputs, position: snapshot.position },
      quotaBound(task, snapshot.count),
      entities(),
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
  const counting = inputs.discardedDrawsCount ?? true;
  const drawn = new Map<string, number>();
  const discarded = new Map<string, number>();
  const add = (counts: Map<string, number>, ids: string[]) => {
    for (const entityId of ids) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  };
  for await (const event of events.readStreamsByPrefix(registerStreams.inspectionTask(''), {
    maxPosition: inputs.position,
    eventTypes: counting ? DRAW_RECORD_EVENT_TYPES : [...DRAW_RECORD_EVENT_TYPES, ...DISCARDING_EVENT_TYPES],
  })) {
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
    const counted = countedChecks(n, discarded.get(entityId) ?? 0, counting);
    if (counted > 0) checks.set(entityId, counted);
  }
  async function* entities(): AsyncIterable<SourceEntity[]> {
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
  return runDraw(task, inputs, quotaBound(task, poolBound), entities());
}

async function runDraw(
  task: DrawnTask,
  inputs: DrawInputs & { position: number },
  bound: (stratum: string) => number,
  batches: AsyncIterable<SourceEntity[]>,
): Promise<ComputedDraw> {
  const byCreditRisk = task.sampling.byCreditRisk !== undefined && task.sampling.count === undefined;
  const sieve = new PoolSieve({
    criteria: task.criteria,
    byCreditRisk,
    year: inputs.year,
    cap: inputs.cap,
    keyItems: inputs.keyItems,
    specialAction: inputs.specialActionReason !== null,
  });
  const draw = new StratifiedDraw({
    key: v2DrawKey(inputs.v2),
    seed: inputs.seed,
    publicRandom: inputs.publicRandom,
    quotaBound: bound,
  });
  const checked = new Map<string, number>();
  for await (const batch of batches) {
    for (const { entityId, entry, checksThisYear } of batch) {
      const stratum = sieve.stratumOf(entry.profile, entry.registered, checksThisYear);
      if (stratum === undefined) continue;
      draw.add(entityId, stratum);
      if (checksThisYear > 0) checked.set(entityId, checksThisYear);
    }
  }
  const { quotas, exact, ...outcome } = draw.finish((sizes) => quotasFor(sizes, task.sampling));
  if (outcome.poolSize === 0) {
    throw new DomainError('DRAW_POOL_EMPTY', 'No entity matches the criteria', {
      exclusions: sieve.exclusions,
    });
  }
  const drawn = Object.values(outcome.selected).flat();
  const record: EntityDrawRecord = {
    algorithm: inputs.v2 ? ENTITY_DRAW_ALGORITHM_V2 : outcome.algorithm,
    position: inputs.position,
    seed: inputs.seed,
    seedCommitment: commitmentOf(inputs.seed),
    publicRandom: inputs.publicRandom,
    criteria: task.criteria,
    sampling: task.sampling,
    byCreditRisk,
    year: inputs.year,
    cap: inputs.cap,
    ...(inputs.discardedDrawsCount === false ? { discardedDrawsCount: false } : {}),
    keyItems: inputs.keyItems,
    specialActionReason: inputs.specialActionReason,
    exclusions: sieve.exclusions,
    quotas,
    poolSize: outcome.poolSize,
    poolSizes: outcome.poolSizes,
    poolDigest: outcome.poolDigest,
    selectedDigest: outcome.selectedDigest,
    selectedCount: drawn.length,
    ...(inputs.v2
      ? { seeds: inputs.v2.seeds, beacon: inputs.v2.beacon, operatorTrusted: inputs.v2.operatorTrusted }
      : {}),
  };
  const checkedThisYear = new Map(drawn.filter((id) => checked.has(id)).map((id) => [id, checked.get(id)!]));
  return { record, outcome, exact, checkedThisYear };
}

/** The most a stratum can be asked for when the pool has at most `poolBound` entities. */
function quotaBound(task: DrawnTask, poolBound: number): (stratum: string) => number {
  const { count, ratio, byCreditRisk } = task.sampling;
  if (count !== undefined) return () => count;
  // The same ratio quotasFor takes: the class's own where the plan sets one.
  return (stratum) =>
    Math.ceil((byCreditRisk?.[stratum as keyof typeof byCreditRisk] ?? ratio ?? 0) * poolBound);
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
