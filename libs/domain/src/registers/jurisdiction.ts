import { regionCovers } from '../draws/candidate-pool';

/** Where a department's staff act (谁管辖、谁维护): its region (GB/T 2260) and every region below it. */
export interface Jurisdiction {
  departmentId: string;
  regionCode: string;
}

/** Whether a region lies within the jurisdiction: a province covers its cities, a city its counties. */
export function regionWithinJurisdiction(jurisdiction: Jurisdiction, regionCode: string): boolean {
  return regionCovers(jurisdiction.regionCode, regionCode);
}

/** An entity is within a department's jurisdiction by its region, or because the department registered it. */
export function entityWithinJurisdiction(
  jurisdiction: Jurisdiction,
  entity: { regionCode: string; registeredBy?: string },
): boolean {
  return (
    entity.registeredBy === jurisdiction.departmentId ||
    regionWithinJurisdiction(jurisdiction, entity.regionCode)
  );
}
