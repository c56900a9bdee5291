import { type PlanFilingFacts, beijingDate, regionCovers } from '@app/domain';
import type { DepartmentView } from '@app/projections';
import type { AppConfig, Stores } from '@app/runtime';
import { everything } from '../common/read-all';
import { departmentProfile } from '../org/organisation-reads';

/** How specific a GB/T 2260 code is: a county (3) is nearer than a city (2), a city than a province (1). */
function depth(regionCode: string): number {
  if (regionCode.endsWith('0000')) return 1;
  return regionCode.endsWith('00') ? 2 : 3;
}

/**
 * The joint office a department files with (the department tree): the configured one, or else the
 * registered joint-office unit whose region covers the department's and is the most specific (ties:
 * the smallest id). Undefined when the department or any such unit is not registered.
 */
export async function jointOfficeOf(
  stores: Stores,
  config: AppConfig,
  departmentId: string,
): Promise<string | undefined> {
  if (config.planFiling.jointOfficeId) return config.planFiling.jointOfficeId;
  const department = await departmentProfile(stores.events, departmentId);
  if (!department) return undefined;
  const units = await everything(
    stores.projections.collection<DepartmentView>('departments', 'departments'),
    undefined,
  );
  const offices = units
    .filter((unit) => unit.kind === 'joint-office' && regionCovers(unit.regionCode, department.regionCode))
    .sort((a, b) => depth(b.regionCode) - depth(a.regionCode) || a.id.localeCompare(b.id));
  return offices[0]?.id;
}

/** What a publication is filed with, or undefined when there is no joint office to file with. */
export async function planFilingFacts(
  stores: Stores,
  config: AppConfig,
  departmentId: string,
  now: Date,
): Promise<PlanFilingFacts | undefined> {
  const jointOfficeId = await jointOfficeOf(stores, config, departmentId);
  if (!jointOfficeId) return undefined;
  return { jointOfficeId, filedOn: beijingDate(now), deadline: config.planFiling.filingDeadline };
}
