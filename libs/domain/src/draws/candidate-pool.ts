import type { EntityProfile } from '../registers/entity';
import type { TargetCriteria } from '../plans/plan';

/** What a draw needs of an entity: the fields criteria, strata and the cap's exemptions read. */
export type PoolProfile = Pick<
  EntityProfile,
  | 'kind'
  | 'regionCode'
  | 'industryCode'
  | 'tags'
  | 'scale'
  | 'creditRisk'
  | 'abnormalList'
  | 'seriousViolationList'
  | 'complaintsThisYear'
>;

export interface PoolRules {
  /** v2: a section letter covers its divisions (industryCoversBySection). */
  industrySections?: boolean;
  criteria: TargetCriteria;
  /** Stratify by credit-risk class (the sampling sets ratios per class). */
  byCreditRisk: boolean;
  year: number;
  /** Drawn this many times this year already: left out (policy; default 2). */
  cap: number;
  /** The task's items include a class B (key) item: the cap does not apply. */
  keyItems: boolean;
  /** A directed special action with a recorded reason: the cap does not apply. */
  specialAction: boolean;
  /**
   * Entities already checked this year as often as an item of the task allows (its
   * frequencyPerYear; ADR 38): left out, unless the cap's exemptions apply (Yiyuan 十三).
   */
  frequencyExcluded?: readonly string[];
}

export interface PoolExclusions {
  deregistered: number;
  notMatchingCriteria: number;
  yearlyCap: number;
  /** Entities over the cap kept because an exemption applies to them. */
  capExemptions: number;
  /** Left out as checked on an item of the task as often as its frequencyPerYear (with the rule only). */
  itemFrequency?: number;
}

/** GB/T 2260 codes are hierarchical: 320000 covers the province, 320100 the city, 320102 a district. */
export function regionCovers(criterion: string, regionCode: string): boolean {
  if (criterion.endsWith('0000')) return regionCode.startsWith(criterion.slice(0, 2));
  if (criterion.endsWith('00')) return regionCode.startsWith(criterion.slice(0, 4));
  return regionCode === criterion;
}

/** GB/T 4754 codes are hierarchical too: H covers H62, which covers H6210 (letters optional). */
export function industryCovers(criterion: string, industryCode: string): boolean {
  const digits = (code: string) => code.replace(/^[A-T]/, '');
  if (industryCode.startsWith(criterion)) return true;
  return /^\d/.test(digits(criterion)) && digits(industryCode).startsWith(digits(criterion));
}

/** GB/T 4754-2017: the first and last division (two digits) of each section. */
const SECTION_DIVISIONS: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

/**
 * v2 draws: as industryCovers, and a section letter alone also covers every code whose division
 * lies in that section, written with the letter or not (`H` covers `6210`).
 */
export function industryCoversBySection(criterion: string, industryCode: string): boolean {
  if (industryCovers(criterion, industryCode)) return true;
  const divisions = SECTION_DIVISIONS[criterion];
  const division = /^[A-T]?(\d{2})/.exec(industryCode)?.[1];
  return (
    divisions !== undefined &&
    division !== undefined &&
    Number(division) >= divisions[0] &&
    Number(division) <= divisions[1]
  );
}

export function matchesCriteria(profile: PoolProfile, criteria: TargetCriteria, bySection = false): boolean {
  const covers = bySection ? industryCoversBySection : industryCovers;
  if (criteria.kinds?.length && !criteria.kinds.includes(profile.kind)) return false;
  if (
    criteria.regionCodes?.length &&
    !criteria.regionCodes.some((c) => regionCovers(c, profile.regionCode))
  ) {
    return false;
  }
  if (
    criteria.industryCodes?.length &&
    !criteria.industryCodes.some((c) => covers(c, profile.industryCode))
  ) {
    return false;
  }
  if (criteria.tags?.length && !criteria.tags.some((t) => profile.tags.includes(t))) return false;
  if (criteria.scales?.length && (!profile.scale || !criteria.scales.includes(profile.scale))) return false;
  return true;
}

/** Abnormal-operations or serious-violation list, or repeated complaints: the cap does not apply. */
export function exemptFromCap(profile: PoolProfile): boolean {
  return profile.abnormalList || profile.seriousViolationList || profile.complaintsThisYear >= 2;
}

/**
 * Decides, one entity at a time, whether it is a candidate of a draw (docs/draw.md §1) and in which
 * stratum, counting what is left out and why.
 */
export class PoolSieve {
  readonly exclusions: PoolExclusions = {
    deregistered: 0,
    notMatchingCriteria: 0,
    yearlyCap: 0,
    capExemptions: 0,
  };

  private readonly atFrequency: ReadonlySet<string> | undefined;

  constructor(private readonly rules: PoolRules) {
    if (rules.frequencyExcluded) {
      this.atFrequency = new Set(rules.frequencyExcluded);
      this.exclusions.itemFrequency = 0;
    }
  }

  /**
   * The entity's stratum, or undefined when it is left out. A draw naming regions considers only
   * the entities of those regions (a directed draw reads just their part of the directory): the
   * others are outside it and counted nowhere; exclusions are counted among the rest.
   */
  stratumOf(
    profile: PoolProfile,
    registered: boolean,
    checksThisYear: number,
    entityId?: string,
  ): string | undefined {
    const regions = this.rules.criteria.regionCodes;
    if (regions?.length && !regions.some((c) => regionCovers(c, profile.regionCode))) return undefined;
    if (!registered) {
      this.exclusions.deregistered += 1;
      return undefined;
    }
    if (!matchesCriteria(profile, this.rules.criteria, this.rules.industrySections)) {
      this.exclusions.notMatchingCriteria += 1;
      return undefined;
    }
    const exempt = this.rules.specialAction || exemptFromCap(profile);
    if (entityId !== undefined && this.atFrequency?.has(entityId) && !exempt) {
      this.exclusions.itemFrequency! += 1;
      return undefined;
    }
    if (checksThisYear >= this.rules.cap) {
      if (this.rules.keyItems || this.rules.specialAction || exemptFromCap(profile)) {
        this.exclusions.capExemptions += 1;
      } else {
        this.exclusions.yearlyCap += 1;
        return undefined;
      }
    }
    return this.rules.byCreditRisk ? profile.creditRisk : 'all';
  }
}
