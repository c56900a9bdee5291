import { compareUtf8 } from './utf8-order';
import { commitmentOf } from './seed-commitment';
import { fromHex } from './sha256';
import { sha256 } from './sha256-js';

/** Draws whose key combines every department's seed and a public beacon (docs/draw.md §2). */
export const ENTITY_DRAW_ALGORITHM_V2 = 'ssj-stratified-sha256-v2';
export const INSPECTOR_DRAW_ALGORITHM_V2 = 'ssj-inspector-balanced-sha256-v2';

/** Every seed of a task, revealed at its entity draw: 32 bytes each, hex. */
export interface RevealedSeeds {
  /** The lead department's seed (committed in InspectionTaskInitiated.seedCommitment). */
  lead: string;
  /** Each accepting participant's contribution (committed in its ParticipantResponded). */
  contributions: Record<string, string>;
  /** Each department's inspector seed (committed in InspectionTaskInitiated.inspectorSeedCommitments). */
  inspectors: Record<string, string>;
}

/** The beacon reading a draw used; all three empty for an operator-trusted draw. */
export interface BeaconReading {
  source: string;
  round: string;
  value: string;
}

export const NO_BEACON: BeaconReading = { source: '', round: '', value: '' };

const encoder = new TextEncoder();
const ZERO = new Uint8Array([0]);

/**
 * SHA-256 over one line per seed, `lead:<hex>`, then `contribution:<departmentId>:<hex>` and
 * `inspectors:<departmentId>:<hex>`, each group sorted by department id (UTF-8 bytes), every line
 * ending in LF.
 */
export function seedsDigest(seeds: RevealedSeeds): Uint8Array {
  const lines = [`lead:${seeds.lead}\n`];
  for (const [group, byDepartment] of [
    ['contribution', seeds.contributions],
    ['inspectors', seeds.inspectors],
  ] as const) {
    for (const departmentId of Object.keys(byDepartment).sort(compareUtf8)) {
      lines.push(`${group}:${departmentId}:${byDepartment[departmentId]}\n`);
    }
  }
  return sha256([lines.join('')]);
}

/**
 * drawKey = SHA-256( "ssj-stratified-sha256-v2" ‖ 0x00 ‖ seedsDigest ‖ 0x00 ‖ source ‖ 0x00 ‖ round ‖ 0x00 ‖ value )
 */
export function drawKeyV2(seeds: RevealedSeeds, beacon: BeaconReading): Uint8Array {
  return sha256([
    encoder.encode(ENTITY_DRAW_ALGORITHM_V2),
    ZERO,
    seedsDigest(seeds),
    ZERO,
    encoder.encode(beacon.source),
    ZERO,
    encoder.encode(beacon.round),
    ZERO,
    encoder.encode(beacon.value),
  ]);
}

/** departmentKey = SHA-256( "ssj-inspector-balanced-sha256-v2" ‖ 0x00 ‖ drawKey ‖ 0x00 ‖ departmentId ) */
export function inspectorDepartmentKeyV2(drawKey: Uint8Array, departmentId: string): Uint8Array {
  return sha256([
    encoder.encode(INSPECTOR_DRAW_ALGORITHM_V2),
    ZERO,
    drawKey,
    ZERO,
    encoder.encode(departmentId),
  ]);
}

/** What a task committed to, seed by seed, before its pool was frozen. */
export interface SeedCommitments {
  lead: string;
  contributions: Record<string, string>;
  inspectors: Record<string, string>;
}

/** The seeds that do not match their commitments (or are missing or extra), by name. */
export function seedMismatches(seeds: RevealedSeeds, committed: SeedCommitments): string[] {
  const wrong: string[] = [];
  const check = (name: string, seed: string | undefined, commitment: string | undefined) => {
    if (
      seed === undefined ||
      commitment === undefined ||
      !isSeed(seed) ||
      commitmentOf(seed) !== commitment
    ) {
      wrong.push(name);
    }
  };
  check('lead', seeds.lead, committed.lead);
  for (const group of ['contributions', 'inspectors'] as const) {
    const names = new Set([...Object.keys(seeds[group]), ...Object.keys(committed[group])]);
    for (const departmentId of names) {
      check(`${group}.${departmentId}`, seeds[group][departmentId], committed[group][departmentId]);
    }
  }
  return wrong;
}

function isSeed(hex: string): boolean {
  return /^[0-9a-f]{64}$/.test(hex) && fromHex(hex).length === 32;
}
