import { regionWithinJurisdiction } from '@app/domain';
import type { DepartmentView } from '@app/projections';
import type { Actor, Stores } from '@app/runtime';
import { ApiError } from '../common/api-error';
import { everything } from '../common/read-all';
import { jurisdictionOf } from './organisation-reads';

/**
 * 谁审批、谁监管: the departments a supervisor reads, those whose region lies within its own
 * department's (itself, and the tree below it). Undefined when the actor is not bound: not a
 * supervisor, or also an administrator or auditor (who read everything), or of a department the
 * register does not hold.
 */
export interface SupervisionScope {
  regionCode: string;
  departmentIds: ReadonlySet<string>;
}

export async function supervisionScope(stores: Stores, actor: Actor): Promise<SupervisionScope | undefined> {
  if (!actor.roles.includes('supervisor') || actor.roles.includes('auditor')) return undefined;
  const jurisdiction = await jurisdictionOf(stores.events, actor);
  if (!jurisdiction) return undefined;
  const departments = await everything(
    stores.projections.collection<DepartmentView>('departments', 'departments'),
    undefined,
  );
  const ids = new Set([jurisdiction.departmentId]);
  for (const d of departments) if (regionWithinJurisdiction(jurisdiction, d.regionCode)) ids.add(d.id);
  return { regionCode: jurisdiction.regionCode, departmentIds: ids };
}

/** A read naming a department outside the supervisor's jurisdiction is refused (403). */
export function assertSupervises(scope: SupervisionScope | undefined, departmentId: string): void {
  if (!scope || scope.departmentIds.has(departmentId)) return;
  throw ApiError.forbidden(
    'OUTSIDE_JURISDICTION',
    `Department ${departmentId} lies outside the supervised region ${scope.regionCode}`,
    { jurisdiction: scope.regionCode, departmentId },
  );
}
