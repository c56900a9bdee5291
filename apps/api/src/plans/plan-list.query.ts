import type { Page } from '@app/contract';
import type { PlanDepartmentView, PlanView } from '@app/projections';
import { DEFAULT_PAGE, type DocumentFilter, MAX_PAGE, type ReadCollection } from '@app/read-store';
import type { PlanQueryDto } from './plan.dto';

/** Reads of a department's entries one page may make before it answers short (with a cursor). */
const MAX_READS = 10;

/**
 * Lists plans by year and status, and by a department taking part (leading or cooperating). By
 * department it pages through the department's entries and keeps the plans that match the
 * other filters, reading on until the page is full; `nextCursor` says whether more follow.
 */
export async function listPlans(
  plans: ReadCollection<PlanView>,
  departments: ReadCollection<PlanDepartmentView>,
  query: PlanQueryDto,
): Promise<Page<PlanView>> {
  const filter: DocumentFilter = {};
  if (query.year !== undefined) filter.year = query.year;
  if (query.status !== undefined) filter.status = query.status;
  if (query.departmentId === undefined) {
    return plans.find({ filter, limit: query.limit, after: query.cursor });
  }
  const limit = query.limit ?? DEFAULT_PAGE;
  const items: PlanView[] = [];
  let cursor = query.cursor;
  for (let reads = 0; reads < MAX_READS && items.length < limit; reads += 1) {
    const page = await departments.find({
      filter: { departmentId: query.departmentId },
      limit: limit - items.length,
      after: cursor,
    });
    const ids = page.items.map((entry) => entry.planId);
    if (ids.length > 0) {
      const found = await plans.find({ filter: { ...filter, id: { $in: ids } }, limit: MAX_PAGE });
      const byId = new Map(found.items.map((plan) => [plan.id, plan]));
      items.push(...ids.flatMap((id) => byId.get(id) ?? []));
    }
    cursor = page.nextCursor;
    if (cursor === undefined) break;
  }
  return { items, ...(cursor !== undefined ? { nextCursor: cursor } : {}) };
}
