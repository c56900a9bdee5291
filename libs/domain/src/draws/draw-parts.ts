import type { PoolExclusions } from './candidate-pool';

/**
 * A draw can be computed in parts, each over a consecutive range of the ids (another thread's),
 * and the parts absorbed in id order by the draw of the range before them: the outcome is the
 * same as one draw over the whole (docs/draw.md §3; ADR 56). The pool digest's lines of a part
 * travel apart, as bytes, since the digest is one hash over every line in order.
 */
export interface StratumPart {
  stratum: string;
  size: number;
  letGo: boolean;
  /** The keys kept (the part's smallest), as StratumSelection keeps them, and their ids. */
  his: Float64Array;
  los: Float64Array;
  ids: string[];
}

export interface StratifiedPart {
  size: number;
  firstId?: string;
  lastId?: string;
  strata: StratumPart[];
}

export interface DrawPart {
  exclusions: PoolExclusions;
  draw: StratifiedPart;
  /** Checks this year of the kept candidates that have any (the drawn are among them). */
  checked: [string, number][];
}

/** Adds a part's exclusion counts to the totals. */
export function addExclusions(into: PoolExclusions, part: PoolExclusions): void {
  into.deregistered += part.deregistered;
  into.notMatchingCriteria += part.notMatchingCriteria;
  into.yearlyCap += part.yearlyCap;
  into.capExemptions += part.capExemptions;
  if (into.itemFrequency !== undefined) into.itemFrequency += part.itemFrequency ?? 0;
}
