import type { PlanCoverage, PlanProgress } from '@app/contract';
import type { WorkingDayCalendar } from '@app/domain';
import type { CheckItemView, DisclosureObligationView, PlanView, TaskSummaryView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { everything } from '../common/read-all';

export async function planProgress(
  stores: Stores,
  planId: string,
  calendar: WorkingDayCalendar,
  publicationDays: number,
): Promise<PlanProgress> {
  const tasks = await everything(stores.projections.collection<TaskSummaryView>('tasks', 'tasks'), {
    planId,
  });
  const live = tasks.filter((t) => t.status !== 'cancelled');
  const results = { owed: 0, entered: 0, published: 0, publishedOnTime: 0, publishedLate: 0 };
  // The task's window as postponed, when it was: its deadlines moved with it.
  for (const task of live) {
    const owed = await everything(
      stores.projections.collection<DisclosureObligationView>('disclosures', 'obligations'),
      { taskId: task.id },
    );
    for (const o of owed) {
      results.owed += 1;
      if (o.enteredOn) results.entered += 1;
      if (!o.publishedOn) continue;
      results.published += 1;
      const due = calendar.addWorkingDays(task.window.to, publicationDays).date;
      if (o.publishedOn <= due) results.publishedOnTime += 1;
      else results.publishedLate += 1;
    }
  }
  return {
    tasks: {
      initiated: tasks.length,
      locked: tasks.filter((t) => t.status === 'locked').length,
      cancelled: tasks.length - live.length,
    },
    entitiesDrawn: live.reduce((n, t) => n + t.entityCount, 0),
    results,
  };
}

export async function planCoverage(
  stores: Stores,
  year: number,
  departmentId?: string,
): Promise<PlanCoverage> {
  const plans = (
    await everything(stores.projections.collection<PlanView>('plans', 'plans'), { year })
  ).filter((p) => p.everPublished);
  const covered = new Set(plans.flatMap((p) => p.itemIds));
  const items = await everything(
    stores.projections.collection<CheckItemView>('checkItems', 'items'),
    departmentId ? { status: 'active', departmentId } : { status: 'active' },
  );
  const byDepartment = new Map<string, CheckItemView[]>();
  for (const item of items)
    byDepartment.set(item.departmentId, [...(byDepartment.get(item.departmentId) ?? []), item]);
  return {
    year,
    departments: [...byDepartment]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, active]) => ({
        departmentId: id,
        activeItems: active.length,
        covered: active.filter((i) => covered.has(i.id)).length,
        uncovered: active.filter((i) => !covered.has(i.id)).map((i) => ({ id: i.id, name: i.name })),
      })),
  };
}
