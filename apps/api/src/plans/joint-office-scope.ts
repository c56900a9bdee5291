import { regionWithinJurisdiction } from '@app/domain';
import type { DepartmentView } from '@app/projections';
import type { Actor, Stores } from '@app/runtime';
import { everything } from '../common/read-all';
import { jurisdictionOf } from '../org/organisation-reads';
import { type SupervisionScope, supervisionScope } from '../org/supervision-scope';

/**
 * The departments whose plans a joint office's coordinator reads: those within its unit's region (as
 * a supervisor's). Undefined when not bound: an administrator, or a unit the register does not hold.
 */
export async function jointOfficeScope(stores: Stores, actor: Actor): Promise<SupervisionScope | undefined> {
  if (actor.roles.includes('admin')) return undefined;
  if (actor.roles.includes('supervisor')) return supervisionScope(stores, actor);
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
