import { beijingDate } from '@app/domain';
import type { Actor, Stores } from '@app/runtime';
import { assertSupervises, supervisionScope } from '../org/supervision-scope';

/** What a statistics read covers: a year and, optionally, one department. */
export interface StatisticsScope {
  year: number;
  departmentId: string | undefined;
  /** Today (Beijing): what is due is judged as of it. */
  asOf: string;
}

/**
 * The access rule every statistics read shares: a supervisor bound to a region reads a department
 * within it (else 403 OUTSIDE_JURISDICTION); unnamed, its own. Others read any or all.
 */
export async function statisticsScope(
  stores: Stores,
  actor: Actor,
  query: { year?: number; departmentId?: string },
  now: Date,
): Promise<StatisticsScope> {
  const asOf = beijingDate(now);
  const scope = await supervisionScope(stores, actor);
  if (scope && query.departmentId !== undefined) assertSupervises(scope, query.departmentId);
  return {
    year: query.year ?? Number(asOf.slice(0, 4)),
    departmentId: query.departmentId ?? (scope ? actor.departmentId : undefined),
    asOf,
  };
}
