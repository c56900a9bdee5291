import type { BeaconRound } from './beacon';
import { type PoolProfile, PoolSieve } from './candidate-pool';
import { commitmentOf } from './seed-commitment';
import { type RevealedSeeds, ENTITY_DRAW_ALGORITHM_V2, NO_BEACON, drawKeyV2 } from './draw-key-v2';
import type { EntityDrawRecord, ItemFrequencyRecord } from './draw-records';
import { type EntityDrawOutcome, StratifiedDraw, quotasFor } from './entity-draw';
import type { TaskState } from '../tasks/task-state';
import { type DrawPart, addExclusions } from './draw-parts';

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
  /** The task's items' frequencyPerYear and the entities at it (EntityDrawRecord.itemFrequency). */
  itemFrequency?: ItemFrequencyRecord;
}

export interface V2Inputs {
  seeds: RevealedSeeds;
  beacon: (BeaconRound & { value: string }) | null;
  operatorTrusted: { reason: string } | null;
}

/** What a draw reads of its task. */
export type DrawnTask = Pick<TaskState, 'criteria' | 'sampling'>;

/** What a recorded draw was computed from, as a re-run takes it again. */
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

/** The outcome of a draw run: its record as the task would record it. */
export interface DrawRunResult {
  record: EntityDrawRecord;
  outcome: EntityDrawOutcome;
  /** False when the pool outgrew the bound the draw was given (only a verification can meet it). */
  exact: boolean;
  /** Checks this year of the drawn entities that had any, before this draw. */
  checkedThisYear: Map<string, number>;
}

/**
 * One draw over a directory handed in one entity at a time, in ascending id order (docs/draw.md
 * §1–§5): the sieve, the strata, the keys and the digests. Pure and synchronous, so the api, the
 * auditor's library and the public portal's browser check run the same code.
 */
export class DrawRun {
  private readonly sieve: PoolSieve;
  private readonly draw: StratifiedDraw;
  private readonly byCreditRisk: boolean;
  private readonly checked = new Map<string, number>();

  constructor(
    private readonly task: DrawnTask,
    private readonly inputs: DrawInputs & { position: number },
    bound: (stratum: string) => number,
    /** A part of a draw (draw-parts.ts): its pool digest's lines go here. */
    lines?: (bytes: Uint8Array) => void,
  ) {
    this.byCreditRisk = task.sampling.byCreditRisk !== undefined && task.sampling.count === undefined;
    this.sieve = new PoolSieve({
      criteria: task.criteria,
      byCreditRisk: this.byCreditRisk,
      year: inputs.year,
      cap: inputs.cap,
      keyItems: inputs.keyItems,
      specialAction: inputs.specialActionReason !== null,
      industrySections: inputs.v2 !== undefined,
      ...(inputs.itemFrequency ? { frequencyExcluded: inputs.itemFrequency.excluded } : {}),
    });
    this.draw = new StratifiedDraw({
      key: v2DrawKey(inputs.v2),
      seed: inputs.seed,
      publicRandom: inputs.publicRandom,
      quotaBound: bound,
      ...(lines ? { lines } : {}),
    });
  }

  /** One entity of the directory as of P, with its checks this year as the cap counts them. */
  add(entityId: string, profile: PoolProfile, registered: boolean, checksThisYear: number): void {
    const stratum = this.sieve.stratumOf(profile, registered, checksThisYear, entityId);
    if (stratum === undefined) return;
    this.draw.add(entityId, stratum);
    if (checksThisYear > 0) this.checked.set(entityId, checksThisYear);
  }

  /** This run as a part of another's (draw-parts.ts). */
  part(): DrawPart {
    const draw = this.draw.part();
    const checked: [string, number][] = [];
    for (const stratum of draw.strata) {
      for (const id of stratum.ids) {
        const checks = this.checked.get(id);
        if (checks !== undefined) checked.push([id, checks]);
      }
    }
    return { exclusions: this.sieve.exclusions, draw, checked };
  }

  /** A part over the ids after those added here; its digest lines go to addPoolLines. */
  absorb(part: DrawPart): void {
    addExclusions(this.sieve.exclusions, part.exclusions);
    this.draw.absorb(part.draw);
    for (const [id, checks] of part.checked) this.checked.set(id, checks);
  }

  addPoolLines(bytes: Uint8Array): void {
    this.draw.addPoolLines(bytes);
  }

  get exclusions() {
    return this.sieve.exclusions;
  }

  finish(): DrawRunResult {
    const { task, inputs, byCreditRisk } = this;
    const { quotas, exact, ...outcome } = this.draw.finish((sizes) => quotasFor(sizes, task.sampling));
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
      ...(inputs.itemFrequency ? { itemFrequency: inputs.itemFrequency } : {}),
      exclusions: this.sieve.exclusions,
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
    const checked = this.checked;
    const checkedThisYear = new Map(
      drawn.filter((id) => checked.has(id)).map((id) => [id, checked.get(id)!]),
    );
    return { record, outcome, exact, checkedThisYear };
  }
}

/** The most a stratum can be asked for when the pool has at most `poolBound` entities. */
export function quotaBound(task: DrawnTask, poolBound: number): (stratum: string) => number {
  const { count, ratio, byCreditRisk } = task.sampling;
  if (count !== undefined) return () => count;
  // The same ratio quotasFor takes: the class's own where the plan sets one.
  return (stratum) =>
    Math.ceil((byCreditRisk?.[stratum as keyof typeof byCreditRisk] ?? ratio ?? 0) * poolBound);
}
