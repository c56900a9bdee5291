import type { OverdueResponse } from '@app/contract';
import type { DisclosureTaskView, ResponseObligationView } from '@app/projections';
import type { Stores } from '@app/runtime';
import type { DeadlineCount } from '../calendar/deadline-count';

/**
 * The participants that did not answer a joint task within `workingDays` of its initiation, as of
 * `asOf`: still silent, answered late, or recorded by the lead as not answering (Gui'an 第四十条).
 * A recorded one is late by the working days from its deadline to the day the lead went on without
 * it: it can no longer answer, so its count stops there.
 */
export function overdueResponses(
  responses: readonly ResponseObligationView[],
  tasks: ReadonlyMap<string, DisclosureTaskView>,
  count: DeadlineCount,
  workingDays: number,
  asOf: string,
): OverdueResponse[] {
  const items: OverdueResponse[] = [];
  for (const r of responses) {
    if (tasks.get(r.taskId)?.cancelled || r.initiatedOn > asOf) continue;
    const due = count.addWorkingDays(r.taskId, r.initiatedOn, workingDays);
    if (!due) continue;
    const recorded = r.notAnswering && r.notAnswering.recordedOn <= asOf ? r.notAnswering : undefined;
    const respondedOn = r.respondedOn && r.respondedOn <= asOf ? r.respondedOn : undefined;
    const dueDate = recorded?.deadline ?? due.date;
    if (!recorded && (respondedOn ? respondedOn <= dueDate : asOf <= dueDate)) continue;
    const late = count.workingDaysBetween(r.taskId, dueDate, recorded?.recordedOn ?? respondedOn ?? asOf);
    if (!late) continue;
    const unknownYears = [...new Set([...due.unknownYears, ...late.unknownYears])].sort();
    items.push({
      taskId: r.taskId,
      departmentId: r.departmentId,
      leadDepartmentId: r.leadDepartmentId,
      initiatedOn: r.initiatedOn,
      dueDate,
      provisional: unknownYears.length > 0,
      unknownYears,
      state: recorded ? 'not-answering' : respondedOn ? 'responded-late' : 'not-responded',
      ...(respondedOn ? { respondedOn } : {}),
      ...(recorded ? { recordedOn: recorded.recordedOn } : {}),
      workingDaysOverdue: late.days,
    });
  }
  return items;
}

/** The tasks of some overdue rows, by id (the disclosures read model). */
export async function disclosureTasks(
  stores: Stores,
  taskIds: readonly string[],
): Promise<Map<string, DisclosureTaskView>> {
  const collection = stores.projections.collection<DisclosureTaskView>('disclosures', 'tasks');
  const out = new Map<string, DisclosureTaskView>();
  for (const id of new Set(taskIds)) {
    const task = await collection.get(id);
    if (task) out.set(id, task);
  }
  return out;
}

/** Each row with its task's name, for people (the id stays for links and files). */
export function named<T extends { taskId: string }>(
  items: T[],
  tasks: Map<string, DisclosureTaskView>,
): (T & { taskName?: string })[] {
  return items.map((item) => {
    const taskName = tasks.get(item.taskId)?.name;
    return taskName === undefined ? item : { ...item, taskName };
  });
}

export function byDueThenIds(
  a: { dueDate: string; taskId: string },
  b: { dueDate: string; taskId: string },
): number {
  return a.dueDate.localeCompare(b.dueDate) || a.taskId.localeCompare(b.taskId);
}
