import type { PlanExecution } from '@app/contract';
import { plannedEntities } from '@app/domain';
import type {
  DisclosureObligationView,
  DisclosureTaskView,
  EntityView,
  PlanView,
  TaskSummaryView,
} from '@app/projections';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { everything } from '../common/read-all';
import { STORES } from '../stores/stores.providers';
import type { StatisticsScope } from './statistics-scope';

const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

/** Each department's executed ratio against its plans of a year (ADR 38). */
@Injectable()
export class PlanExecutionFigures {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  async execution({ year, departmentId: only }: StatisticsScope): Promise<PlanExecution> {
    const plans = (
      await everything(this.stores.projections.collection<PlanView>('plans', 'plans'), { year })
    ).filter((p) => p.everPublished && (!only || p.departmentIds.includes(only)));
    if (plans.length === 0) return { year, plans: [] };
    const registered = await everything(
      this.stores.projections.collection<EntityView>('entities', 'entities'),
      { status: 'registered' },
    );
    const taskViews = this.stores.projections.collection<DisclosureTaskView>('disclosures', 'tasks');
    const obligations = this.stores.projections.collection<DisclosureObligationView>(
      'disclosures',
      'obligations',
    );
    const out: PlanExecution['plans'] = [];
    for (const plan of plans.sort((a, b) => a.id.localeCompare(b.id))) {
      const { pool, planned } = plannedEntities(plan, registered);
      const tasks = (
        await everything(this.stores.projections.collection<TaskSummaryView>('tasks', 'tasks'), {
          planId: plan.id,
        })
      ).filter((t) => t.status !== 'cancelled');
      const departments: PlanExecution['plans'][number]['departments'] = [];
      for (const departmentId of plan.departmentIds.filter((d) => !only || d === only)) {
        let taking = 0;
        let drawn = 0;
        const checked = new Set<string>();
        for (const task of tasks) {
          const accepted = (await taskViews.get(task.id))?.acceptedIds ?? [];
          if (task.leadDepartmentId !== departmentId && !accepted.includes(departmentId)) continue;
          taking += 1;
          drawn += task.entityCount;
          for (const o of await everything(obligations, { taskId: task.id, departmentId })) {
            if (o.enteredOn !== undefined) checked.add(`${task.id}|${o.entityId}`);
          }
        }
        departments.push({
          departmentId,
          role: departmentId === plan.leadDepartmentId ? 'lead' : 'cooperating',
          tasks: taking,
          drawn,
          checked: checked.size,
          drawnRatio: rate(drawn, planned),
          checkedRatio: rate(checked.size, planned),
        });
      }
      out.push({ planId: plan.id, name: plan.name, version: plan.version, pool, planned, departments });
    }
    return { year, plans: out };
  }
}
