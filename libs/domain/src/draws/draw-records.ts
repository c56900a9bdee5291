import type { BeaconRound } from './beacon';
import type { RevealedSeeds } from './draw-key-v2';
import type { TargetCriteria } from '../plans/plan';
import type { Sampling } from '../tasks/task-vocabulary';
import type { PoolExclusions } from './candidate-pool';
import type { Quotas } from './entity-draw';

/** Everything a draw's outcome depends on, recorded in its EntitiesDrawn event (docs/draw.md §1). */
export interface EntityDrawRecord {
  algorithm: string;
  /** The log position the pool was taken at. */
  position: number;
  seed: string;
  seedCommitment: string;
  publicRandom: string;
  criteria: TargetCriteria;
  sampling: Sampling;
  byCreditRisk: boolean;
  year: number;
  cap: number;
  /**
   * Recorded (false) only when the deployment's policy leaves discarded draws uncounted; absent:
   * they count (docs/draw.md "Cancelled draws").
   */
  discardedDrawsCount?: boolean;
  keyItems: boolean;
  specialActionReason: string | null;
  /** Absent in draws before the rule and when no item of the task sets a frequency. */
  itemFrequency?: ItemFrequencyRecord;
  exclusions: PoolExclusions;
  quotas: Quotas;
  poolSize: number;
  poolSizes: Record<string, number>;
  poolDigest: string;
  selectedDigest: string;
  selectedCount: number;
  /** v2 (docs/draw.md §2): every seed revealed; `seed` is then the lead's, `publicRandom` empty. */
  seeds?: RevealedSeeds;
  /** v2: the beacon round and its confirmed value; null for an operator-trusted draw. */
  beacon?: (BeaconRound & { value: string }) | null;
  /** v2: why the draw did without a beacon (allowed by the deployment); null when it had one. */
  operatorTrusted?: { reason: string } | null;
}

/**
 * The task's items that set a frequencyPerYear, with it, and the entities already checked this
 * year on one of them as often as it allows (sorted), as of the draw's position: left out of the
 * pool unless exempt (docs/draw.md §1.4; ADR 38).
 */
export interface ItemFrequencyRecord {
  frequencies: Record<string, number>;
  excluded: string[];
}

/** A department's inspector draw, recorded in its InspectorsDrawn event (docs/draw.md §8). */
export interface InspectorDrawRecord {
  algorithm: string;
  /** This department's seed, committed to at initiation and revealed now. */
  seed: string;
  seedCommitment: string;
  position: number;
  departmentId: string;
  perEntity: number;
  neighbourRegions: Record<string, string[]>;
  candidates: number;
  fromNeighbours: { entityId: string; inspectorIds: string[] }[];
  appointed: { entityId: string; inspectorId: string; reason: string }[];
  /**
   * Which of the department's eligible staff the draw took (docs/draw.md §8, §8.1): `counted`, those
   * who count toward a team's two (no experts or auxiliaries; with `enforcementThrough`, 执法资格
   * valid until that day at least); `experts`, the expert pool (ExpertsDrawn). Absent: every
   * eligible inspector (draws from before the rule).
   */
  pool?: 'counted' | 'experts';
  enforcementThrough?: string;
}
