import { compareUtf8 } from './entity-draw';
import { type Sha256, fromHex } from './sha256';

export const INSPECTOR_DRAW_ALGORITHM = 'ssj-inspector-balanced-sha256-v1';

/** An inspector who may be drawn: active, of the drawing department, personal data not erased. */
export interface InspectorCandidate {
  inspectorId: string;
  regionCode: string;
  /** Entities the inspector declared a conflict of interest with (回避). */
  conflicts: readonly string[];
}

export interface InspectorDrawInput {
  seed: string;
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
 * Draws a department's inspectors for every entity (docs/draw.md §8). Entities are served in
 * the order of their ids; each takes, from the eligible inspectors of its region (then of the
 * neighbouring regions), those with the fewest entities so far, ties broken by the key
 * SHA-256(departmentKey ‖ entityId ‖ 0x00 ‖ inspectorId). So within a task nobody gets a second
 * entity while an eligible colleague has none, and the outcome is a pure function of the inputs.
 */
export function drawInspectors(
  sha256: Sha256,
  input: InspectorDrawInput,
): { assignments: InspectorAssignment[]; shortages: InspectorShortage[] } {
  const departmentKey = sha256([
    encoder.encode(INSPECTOR_DRAW_ALGORITHM),
    ZERO,
    fromHex(input.seed),
    ZERO,
    encoder.encode(input.departmentId),
  ]);
  const load = new Map<string, number>(input.candidates.map((c) => [c.inspectorId, 0]));
  const assignments: InspectorAssignment[] = [];
  const shortages: InspectorShortage[] = [];
  const entities = [...input.entities].sort((a, b) => compareUtf8(a.entityId, b.entityId));
  for (const { entityId, regionCode } of entities) {
    const eligible = (regions: readonly string[]) =>
      input.candidates.filter((c) => regions.includes(c.regionCode) && !c.conflicts.includes(entityId));
    const own = eligible([regionCode]);
    const neighbours = own.length < input.perEntity ? eligible(input.neighbours[regionCode] ?? []) : [];
    const ranked = (list: InspectorCandidate[]) =>
      list
        .map((c) => ({
          c,
          load: load.get(c.inspectorId) ?? 0,
          key: sha256([departmentKey, entityId, ZERO, c.inspectorId]),
        }))
        .sort(
          (a, b) =>
            a.load - b.load || compareBytes(a.key, b.key) || compareUtf8(a.c.inspectorId, b.c.inspectorId),
        )
        .map((r) => r.c);
    const chosen = [...ranked(own), ...ranked(neighbours)].slice(0, input.perEntity);
    if (chosen.length < input.perEntity) {
      shortages.push({
        entityId,
        departmentId: input.departmentId,
        needed: input.perEntity,
        available: own.length + neighbours.length,
      });
    }
    for (const c of chosen) load.set(c.inspectorId, (load.get(c.inspectorId) ?? 0) + 1);
    assignments.push({
      entityId,
      inspectorIds: chosen.map((c) => c.inspectorId),
      fromNeighbours: chosen.filter((c) => c.regionCode !== regionCode).map((c) => c.inspectorId),
    });
  }
  return { assignments, shortages };
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
