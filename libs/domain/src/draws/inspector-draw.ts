import { compareUtf8 } from './utf8-order';
import { type Sha256, fromHex } from './sha256';

export const INSPECTOR_DRAW_ALGORITHM = 'ssj-inspector-balanced-sha256-v1';
/** The label that sets an expert draw's key apart from the same department's inspector draw. */
export const EXPERT_DRAW_LABEL = 'ssj-expert-pool';

/** An inspector who may be drawn: active, of the drawing department, personal data not erased. */
export interface InspectorCandidate {
  inspectorId: string;
  regionCode: string;
  /** Entities the inspector declared a conflict of interest with (回避). */
  conflicts: readonly string[];
}

export interface InspectorDrawInput {
  seed: string;
  /** The department's key itself (v2: inspectorDepartmentKeyV2); without it, made from `seed` (v1). */
  departmentKey?: Uint8Array;
  departmentId: string;
  /** The task's entities (withdrawn ones left out) and their regions. */
  entities: readonly { entityId: string; regionCode: string }[];
  candidates: readonly InspectorCandidate[];
  /** How many of this department's inspectors go to each entity. */
  perEntity: number;
  /** Regions whose inspectors may help when a region has too few (policy, per deployment). */
  neighbours: Readonly<Record<string, readonly string[]>>;
}

export interface InspectorAssignment {
  entityId: string;
  inspectorIds: string[];
  /** Inspectors taken from a neighbouring region because the entity's own had too few. */
  fromNeighbours: string[];
}

export interface InspectorShortage {
  entityId: string;
  departmentId: string;
  needed: number;
  available: number;
}

const encoder = new TextEncoder();
const ZERO = new Uint8Array([0]);

/**
 * Draws a department's inspectors for every entity (docs/draw.md §8). Each inspector gets the key
 * SHA-256(departmentKey ‖ inspectorId). Entities are served in the order of their ids; each takes,
 * from the eligible inspectors of its region (then of its neighbouring regions), those with the
 * fewest entities so far, the smaller key first. So within a task nobody gets a second entity
 * while an eligible colleague has none, and the outcome is a pure function of the inputs.
 */
export function drawInspectors(
  sha256: Sha256,
  input: InspectorDrawInput,
): { assignments: InspectorAssignment[]; shortages: InspectorShortage[] } {
  const departmentKey =
    input.departmentKey ?? inspectorDepartmentKeyV1(sha256, input.seed, input.departmentId);
  const ranked = input.candidates
    .map((c) => ({ c, key: sha256([departmentKey, c.inspectorId]) }))
    .sort((a, b) => compareBytes(a.key, b.key) || compareUtf8(a.c.inspectorId, b.c.inspectorId));
  const byRegion = new Map<string, LoadQueue>();
  ranked.forEach(({ c }, rank) => {
    let queue = byRegion.get(c.regionCode);
    if (!queue) byRegion.set(c.regionCode, (queue = new LoadQueue()));
    queue.push({ candidate: c, load: 0, rank });
  });
  const assignments: InspectorAssignment[] = [];
  const shortages: InspectorShortage[] = [];
  const entities = [...input.entities].sort((a, b) => compareUtf8(a.entityId, b.entityId));
  for (const { entityId, regionCode } of entities) {
    const regions = [...new Set([regionCode, ...(input.neighbours[regionCode] ?? [])])];
    const chosen: Slot[] = [];
    for (const region of regions) {
      if (chosen.length >= input.perEntity) break;
      chosen.push(...(byRegion.get(region)?.take(input.perEntity - chosen.length, entityId) ?? []));
    }
    if (chosen.length < input.perEntity) {
      const available = regions.reduce((n, r) => n + (byRegion.get(r)?.eligibleCount(entityId) ?? 0), 0);
      shortages.push({ entityId, departmentId: input.departmentId, needed: input.perEntity, available });
    }
    assignments.push({
      entityId,
      inspectorIds: chosen.map((s) => s.candidate.inspectorId),
      fromNeighbours: chosen
        .filter((s) => s.candidate.regionCode !== regionCode)
        .map((s) => s.candidate.inspectorId),
    });
  }
  return { assignments, shortages };
}

/** v1: departmentKey = SHA-256( "ssj-inspector-balanced-sha256-v1" ‖ 0x00 ‖ seed ‖ 0x00 ‖ departmentId ) */
export function inspectorDepartmentKeyV1(sha256: Sha256, seed: string, departmentId: string): Uint8Array {
  return sha256([
    encoder.encode(INSPECTOR_DRAW_ALGORITHM),
    ZERO,
    fromHex(seed),
    ZERO,
    encoder.encode(departmentId),
  ]);
}

/**
 * An expert draw's key: SHA-256( "ssj-expert-pool" ‖ 0x00 ‖ departmentKey ), from the department
 * key its inspector draw uses (v1 or v2), so the two draws are independent yet equally verifiable.
 */
export function expertDepartmentKey(sha256: Sha256, departmentKey: Uint8Array): Uint8Array {
  return sha256([encoder.encode(EXPERT_DRAW_LABEL), ZERO, departmentKey]);
}

interface Slot {
  candidate: InspectorCandidate;
  load: number;
  rank: number;
}

/** A region's inspectors ordered by (entities so far, key rank): a binary min-heap. */
class LoadQueue {
  private readonly heap: Slot[] = [];

  push(slot: Slot): void {
    this.heap.push(slot);
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(this.heap[i], this.heap[parent])) break;
      [this.heap[i], this.heap[parent]] = [this.heap[parent], this.heap[i]];
      i = parent;
    }
  }

  private pop(): Slot | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length > 0 && last) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.heap.length && before(this.heap[l], this.heap[m])) m = l;
        if (r < this.heap.length && before(this.heap[r], this.heap[m])) m = r;
        if (m === i) break;
        [this.heap[i], this.heap[m]] = [this.heap[m], this.heap[i]];
        i = m;
      }
    }
    return top;
  }

  /** Takes up to `count` inspectors without a conflict with the entity; each gets one more entity. */
  take(count: number, entityId: string): Slot[] {
    const taken: Slot[] = [];
    const skipped: Slot[] = [];
    while (taken.length < count) {
      const slot = this.pop();
      if (!slot) break;
      (slot.candidate.conflicts.includes(entityId) ? skipped : taken).push(slot);
    }
    for (const slot of taken) this.push({ ...slot, load: slot.load + 1 });
    for (const slot of skipped) this.push(slot);
    return taken;
  }

  eligibleCount(entityId: string): number {
    return this.heap.filter((s) => !s.candidate.conflicts.includes(entityId)).length;
  }
}

function before(a: Slot, b: Slot): boolean {
  return a.load < b.load || (a.load === b.load && a.rank < b.rank);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
