import { fromHex } from './sha256';
import { PrefixedKeyHasher, sha256 } from './sha256-js';
import { compareUtf8 } from './utf8-order';
import { selectedDigest, PoolDigest } from './draw-digests';
import { StratumSelection } from './stratum-selection';
import type { StratifiedPart } from './draw-parts';

/** The name and version of the algorithm, recorded with every draw (docs/draw.md). */
export const ENTITY_DRAW_ALGORITHM = 'ssj-stratified-sha256-v1';

/** A candidate of the pool and the stratum it is drawn in (its credit-risk class, or "all"). */
export interface PoolEntry {
  entityId: string;
  stratum: string;
}

/** How many to draw from each stratum. */
export type Quotas = Record<string, number>;

export interface EntityDrawInput {
  pool: readonly PoolEntry[];
  quotas: Quotas;
  /** The committed seed, 32 bytes in hex. */
  seed: string;
  /** A public random value entered at the draw (e.g. a lottery result), or "". */
  publicRandom: string;
}

export interface EntityDrawOutcome {
  algorithm: string;
  /** Selected ids per stratum, in draw order (lowest key first). */
  selected: Record<string, string[]>;
  poolSize: number;
  poolSizes: Record<string, number>;
  poolDigest: string;
  selectedDigest: string;
}

const encoder = new TextEncoder();

const ZERO = new Uint8Array([0]);

/** The draw key of the whole draw: binds algorithm, seed and public value (docs/draw.md §2). */
export function drawKey(seed: string, publicRandom: string): Uint8Array {
  return sha256([
    encoder.encode(ENTITY_DRAW_ALGORITHM),
    ZERO,
    fromHex(seed),
    ZERO,
    encoder.encode(publicRandom),
  ]);
}

/** SHA-256 over sorted `id TAB stratum LF` lines: the same pool always has the same digest. */
export function poolDigest(pool: readonly PoolEntry[]): string {
  const digest = new PoolDigest();
  for (const e of [...pool].sort((a, b) => compareUtf8(a.entityId, b.entityId)))
    digest.add(e.entityId, e.stratum);
  return digest.finish();
}

/**
 * Uniform sampling without replacement in each stratum: every candidate gets the key
 * SHA-256(drawKey ‖ stratum ‖ 0x00 ‖ id), read as a 256-bit big-endian number; the `quota`
 * candidates with the smallest keys are drawn (ties, which SHA-256 makes practically impossible,
 * by id). A pure function of (pool, quotas, seed, public value): the order of the pool is irrelevant.
 */
export function drawEntities(input: EntityDrawInput): EntityDrawOutcome {
  const draw = new StratifiedDraw({
    seed: input.seed,
    publicRandom: input.publicRandom,
    quotaBound: (stratum) => input.quotas[stratum] ?? 0,
  });
  for (const { entityId, stratum } of [...input.pool].sort((a, b) => compareUtf8(a.entityId, b.entityId))) {
    draw.add(entityId, stratum);
  }
  const { exact: _exact, quotas: _quotas, ...outcome } = draw.finish(() => input.quotas);
  return outcome;
}

/**
 * The draw over a pool that arrives one candidate at a time, in ascending id order (as stores
 * return it): the pool digest is hashed as it goes, and each stratum keeps only its smallest keys,
 * so memory stays bounded by the quotas, not the pool. `quotaBound(stratum)` is the most a stratum can be
 * asked for; candidates certainly beyond it are let go.
 */
export class StratifiedDraw {
  private readonly keys: PrefixedKeyHasher;
  private readonly key: Uint8Array;
  private readonly strata = new Map<string, StratumSelection>();
  private readonly digest: PoolDigest;
  private firstId: string | undefined;
  private lastId: string | undefined;
  private size = 0;

  constructor(
    private readonly options: {
      /** The draw key itself (v2: drawKeyV2), or the seed and public value it is made of (v1). */
      key?: Uint8Array;
      seed: string;
      publicRandom: string;
      quotaBound: (stratum: string) => number;
      /** A part of a draw (draw-parts.ts): the pool digest's lines go here instead of being hashed. */
      lines?: (bytes: Uint8Array) => void;
    },
  ) {
    this.key = options.key ?? drawKey(options.seed, options.publicRandom);
    this.keys = new PrefixedKeyHasher(this.key);
    this.digest = new PoolDigest(options.lines);
  }

  add(entityId: string, stratum: string): void {
    if (this.lastId !== undefined && compareUtf8(this.lastId, entityId) >= 0) {
      throw new Error(
        `The pool must come in ascending id order, each id once: ${entityId} after ${this.lastId}`,
      );
    }
    this.firstId ??= entityId;
    this.lastId = entityId;
    this.size += 1;
    this.digest.add(entityId, stratum);
    this.keys.hash(stratum, entityId);
    this.selection(stratum).offer(this.keys.hi, this.keys.lo, entityId);
  }

  /** This draw as a part of another (draw-parts.ts); its digest's last lines are handed out. */
  part(): StratifiedPart {
    this.digest.flush();
    const strata = [...this.strata.values()].map((selection) => selection.part());
    return { size: this.size, firstId: this.firstId, lastId: this.lastId, strata };
  }

  /** A part over the ids after these (its lines go to addPoolLines, in order). */
  absorb(part: StratifiedPart): void {
    if (part.firstId === undefined) return;
    if (this.lastId !== undefined && compareUtf8(this.lastId, part.firstId) >= 0) {
      throw new Error(`The parts must come in ascending id order: ${part.firstId} after ${this.lastId}`);
    }
    this.firstId ??= part.firstId;
    this.lastId = part.lastId;
    this.size += part.size;
    for (const stratum of part.strata) this.selection(stratum.stratum).absorb(stratum);
  }

  /** Pool digest lines of a part after these, as bytes. */
  addPoolLines(bytes: Uint8Array): void {
    this.digest.addBytes(bytes);
  }

  private selection(stratum: string): StratumSelection {
    let selection = this.strata.get(stratum);
    if (!selection) {
      selection = new StratumSelection(this.options.quotaBound(stratum), this.key, stratum);
      this.strata.set(stratum, selection);
    }
    return selection;
  }

  /**
   * The outcome, with the quotas decided from the pool's sizes. `exact` is false when a quota
   * exceeded `quotaBound` after candidates had been let go: the selection is then incomplete.
   */
  finish(quotasOf: (poolSizes: Record<string, number>) => Quotas): EntityDrawOutcome & {
    quotas: Quotas;
    exact: boolean;
  } {
    const poolSizes: Record<string, number> = {};
    const ordered = [...this.strata.keys()].sort(compareUtf8);
    for (const stratum of ordered) poolSizes[stratum] = this.strata.get(stratum)!.size;
    const quotas = quotasOf(poolSizes);
    const selected: Record<string, string[]> = {};
    let exact = true;
    for (const stratum of ordered) {
      const selection = this.strata.get(stratum)!;
      const quota = Math.max(0, Math.min(selection.size, quotas[stratum] ?? 0));
      if (quota > selection.bound && selection.letGo) exact = false;
      selected[stratum] = selection.smallest(quota);
    }
    return {
      algorithm: ENTITY_DRAW_ALGORITHM,
      selected,
      poolSize: this.size,
      poolSizes,
      poolDigest: this.digest.finish(),
      selectedDigest: selectedDigest(Object.values(selected).flat()),
      quotas,
      exact,
    };
  }
}

/**
 * How many to draw per stratum: a count over the whole pool (one stratum "all"), or a ratio per
 * credit-risk class (the class's own where the plan sets one), rounded up: "不低于" a ratio.
 */
export function quotasFor(
  poolSizes: Record<string, number>,
  sampling: { ratio?: number; count?: number; byCreditRisk?: Partial<Record<string, number>> },
): Quotas {
  const quotas: Quotas = {};
  for (const [stratum, size] of Object.entries(poolSizes)) {
    if (sampling.count !== undefined) quotas[stratum] = Math.min(size, sampling.count);
    else {
      const ratio = sampling.byCreditRisk?.[stratum] ?? sampling.ratio ?? 0;
      // A tolerance keeps 0.03 × 100 at 3, not 4 from floating-point error.
      quotas[stratum] = Math.min(size, Math.ceil(ratio * size - 1e-9));
    }
  }
  return quotas;
}
