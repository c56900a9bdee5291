import type { DisclosureObligationView, DisclosureTaskView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { everything } from '../common/read-all';

/** The tasks initiated in a (Beijing) year, cancelled ones included; with a department, those it leads or is asked into. */
export async function tasksOfYear(
  stores: Stores,
  year: number,
  departmentId: string | undefined,
): Promise<DisclosureTaskView[]> {
  const tasks = await everything(stores.projections.collection<DisclosureTaskView>('disclosures', 'tasks'), {
    initiatedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
  });
  return tasks.filter(
    (t) => !departmentId || t.leadDepartmentId === departmentId || t.participantIds.includes(departmentId),
  );
}

/** What is owed for the live tasks given (a department's own, when named): withdrawn entities owe nothing. */
export async function obligationsOf(
  stores: Stores,
  tasks: readonly DisclosureTaskView[],
  departmentId: string | undefined,
): Promise<DisclosureObligationView[]> {
  const byId = new Map(tasks.filter((t) => !t.cancelled).map((t) => [t.id, t]));
  const all = await everything(
    stores.projections.collection<DisclosureObligationView>('disclosures', 'obligations'),
    departmentId ? { departmentId } : undefined,
  );
  return all.filter((o) => {
    const task = byId.get(o.taskId);
    return task !== undefined && !task.withdrawn.includes(o.entityId);
  });
}
