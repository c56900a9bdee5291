import { type PoolProfile, matchesCriteria } from '../draws/candidate-pool';
import type { PlanDefinition } from './plan';

/** The entities a plan aims at, per credit class, and how many its ratios ask to be checked. */
export interface PlannedEntities {
  /** Registered entities within the plan's target criteria, per credit-risk class. */
  pool: Record<string, number>;
  /** Σ over the classes the plan sets a ratio for: ⌈ratio × class pool⌉ ("不低于", as a draw's quota). */
  planned: number;
}

/**
 * What a plan asks of the directory as it stands (Gui'an 第26条: ratios by credit class; Siyang
 * 四(三), Yuanqu 三(三): the executed ratio is assessed). Classes without a ratio plan nobody.
 */
export function plannedEntities(
  plan: Pick<PlanDefinition, 'targetCriteria' | 'ratiosByCreditRisk'>,
  registered: Iterable<PoolProfile>,
): PlannedEntities {
  const pool: Record<string, number> = {};
  for (const profile of registered) {
    // v2 matching (a section letter covers its divisions), as draws made today match.
    if (!matchesCriteria(profile, plan.targetCriteria, true)) continue;
    pool[profile.creditRisk] = (pool[profile.creditRisk] ?? 0) + 1;
  }
  let planned = 0;
  for (const [risk, size] of Object.entries(pool)) {
    const ratio = plan.ratiosByCreditRisk[risk as keyof typeof plan.ratiosByCreditRisk];
    if (ratio !== undefined) planned += Math.min(size, Math.ceil(ratio * size - 1e-9));
  }
  return { pool, planned };
}
