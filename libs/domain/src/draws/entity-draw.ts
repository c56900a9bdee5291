import { type Sha256, fromHex, toHex } from './sha256';

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
export function drawKey(sha256: Sha256, seed: string, publicRandom: string): Uint8Array {
  return sha256([
    encoder.encode(ENTITY_DRAW_ALGORITHM),
    ZERO,
    fromHex(seed),
    ZERO,
    encoder.encode(publicRandom),
  ]);
}

/**
 * Compares two strings by their UTF-8 bytes (not UTF-16 units), as docs/draw.md specifies. UTF-16
 * order differs from code-point (= UTF-8 byte) order only between surrogates (characters above
 * U+FFFF) and U+E000–U+FFFF, so the first differing unit decides, with that one correction.
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate && (x >= 0xe000 || y >= 0xe000)) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** SHA-256 over sorted `id TAB stratum LF` lines: the same pool always has the same digest. */
export function poolDigest(sha256: Sha256, pool: readonly PoolEntry[]): string {
  const lines = [...pool]
    .sort((a, b) => compareUtf8(a.entityId, b.entityId))
    .map((e) => `${e.entityId}\t${e.stratum}\n`);
  return toHex(sha256(lines));
}

/** SHA-256 over the selected ids, sorted, one per line. */
export function selectedDigest(sha256: Sha256, ids: readonly string[]): string {
  return toHex(sha256([...ids].sort(compareUtf8).map((id) => `${id}\n`)));
}

/**
 * Uniform sampling without replacement in each stratum: every candidate gets the key
 * SHA-256(drawKey ‖ stratum ‖ 0x00 ‖ id), read as a 256-bit big-endian number; the `quota`
 * candidates with the smallest keys are drawn (ties, which SHA-256 makes practically impossible,
 * by id). A pure function of (pool, quotas, seed, public value): the order of the pool is irrelevant.
 */
export function drawEntities(sha256: Sha256, input: EntityDrawInput): EntityDrawOutcome {
  const key = drawKey(sha256, input.seed, input.publicRandom);
  const byStratum = new Map<string, Candidate[]>();
  for (const { entityId, stratum } of input.pool) {
    let list = byStratum.get(stratum);
    if (!list) byStratum.set(stratum, (list = []));
    list.push(candidate(sha256([key, stratum, ZERO, entityId]), entityId, stratum));
  }
  const selected: Record<string, string[]> = {};
  const poolSizes: Record<string, number> = {};
  for (const stratum of [...byStratum.keys()].sort(compareUtf8)) {
    const list = byStratum.get(stratum)!;
    poolSizes[stratum] = list.length;
    const quota = Math.max(0, Math.min(list.length, input.quotas[stratum] ?? 0));
    // Keys equal in their first 96 bits (practically never) are compared in full, recomputed.
    const fullKey = (c: Candidate) => sha256([key, c.stratum, ZERO, c.id]);
    selected[stratum] = smallest(list, quota, (a, b) => byKey(a, b, fullKey)).map((c) => c.id);
  }
  const all = Object.values(selected).flat();
  return {
    algorithm: ENTITY_DRAW_ALGORITHM,
    selected,
    poolSize: input.pool.length,
    poolSizes,
    poolDigest: poolDigest(sha256, input.pool),
    selectedDigest: selectedDigest(sha256, all),
  };
}

/** A candidate's key kept as two 48-bit halves of its first 12 bytes (small in memory, fast to compare). */
interface Candidate {
  hi: number;
  lo: number;
  id: string;
  stratum: string;
}

function candidate(key: Uint8Array, id: string, stratum: string): Candidate {
  const hi =
    key[0] * 2 ** 40 + key[1] * 2 ** 32 + key[2] * 2 ** 24 + key[3] * 2 ** 16 + key[4] * 2 ** 8 + key[5];
  const lo =
    key[6] * 2 ** 40 + key[7] * 2 ** 32 + key[8] * 2 ** 24 + key[9] * 2 ** 16 + key[10] * 2 ** 8 + key[11];
  return { hi, lo, id, stratum };
}

/** Orders by key as a 256-bit big-endian number, then by id's UTF-8 bytes. */
function byKey(a: Candidate, b: Candidate, fullKey: (c: Candidate) => Uint8Array): number {
  if (a.hi !== b.hi) return a.hi - b.hi;
  if (a.lo !== b.lo) return a.lo - b.lo;
  const x = fullKey(a);
  const y = fullKey(b);
  for (let i = 12; i < 32; i += 1) if (x[i] !== y[i]) return x[i] - y[i];
  return compareUtf8(a.id, b.id);
}

/** The `k` smallest candidates in key order (a full sort when k is large, else a bounded pass). */
function smallest(list: Candidate[], k: number, order: (a: Candidate, b: Candidate) => number): Candidate[] {
  if (k === 0) return [];
  if (k * 8 >= list.length) return list.sort(order).slice(0, k);
  // Keep a sorted buffer of up to 2k, compacting to k when full: O(n log k) on average.
  let kept: Candidate[] = [];
  let bound: Candidate | undefined;
  for (const c of list) {
    if (bound && order(c, bound) >= 0) continue;
    kept.push(c);
    if (kept.length >= 2 * k) {
      kept = kept.sort(order).slice(0, k);
      bound = kept[k - 1];
    }
  }
  return kept.sort(order).slice(0, k);
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
