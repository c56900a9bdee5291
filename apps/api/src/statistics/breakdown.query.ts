import type { CategoryCount, IndustryCount, InspectorCount, StatisticsBreakdown } from '@app/contract';
import { NO_PROBLEM_CATEGORIES, RESULT_CATEGORIES } from '@app/domain';
import type {
  DisclosureObligationView,
  EntityView,
  InspectorView,
  InspectorWorkView,
} from '@app/projections';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { everything } from '../common/read-all';
import { STORES } from '../stores/stores.providers';
import type { StatisticsScope } from './statistics-scope';
import { obligationsOf, tasksOfYear } from './year-reads';

const NO_PROBLEM = new Set<string>(NO_PROBLEM_CATEGORIES);

/**
 * 考核 by result category, by the entity's industry and by inspector (Yiyuan 七, 三十三), for the
 * live tasks initiated in a year; with a department, its own results and its own inspectors.
 */
@Injectable()
export class BreakdownFigures {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  async breakdown({ year, departmentId }: StatisticsScope): Promise<StatisticsBreakdown> {
    const tasks = (await tasksOfYear(this.stores, year, departmentId)).filter((t) => !t.cancelled);
    const obligations = await obligationsOf(this.stores, tasks, departmentId);
    return {
      year,
      departmentId: departmentId ?? null,
      byCategory: byCategory(obligations),
      byIndustry: await this.byIndustry(obligations),
      byInspector: await this.byInspector(new Set(tasks.map((t) => t.id)), departmentId),
    };
  }

  private async byIndustry(obligations: DisclosureObligationView[]): Promise<IndustryCount[]> {
    const entities = this.stores.projections.collection<EntityView>('entities', 'entities');
    const industryOf = new Map<string, string>();
    for (const id of new Set(obligations.map((o) => o.entityId))) {
      industryOf.set(id, (await entities.get(id))?.industryCode ?? '');
    }
    const rows = new Map<
      string,
      { drawn: Set<string>; checked: Set<string>; results: number; problems: number }
    >();
    for (const o of obligations) {
      const code = industryOf.get(o.entityId) ?? '';
      const row = rows.get(code) ?? { drawn: new Set(), checked: new Set(), results: 0, problems: 0 };
      rows.set(code, row);
      row.drawn.add(o.entityId);
      if (o.enteredOn !== undefined) row.checked.add(o.entityId);
      if (o.category !== undefined) {
        row.results += 1;
        if (!NO_PROBLEM.has(o.category)) row.problems += 1;
      }
    }
    return [...rows]
      .map(([industryCode, r]) => ({
        industryCode,
        entitiesDrawn: r.drawn.size,
        entitiesChecked: r.checked.size,
        results: r.results,
        problemsFound: r.problems,
      }))
      .sort((a, b) => a.industryCode.localeCompare(b.industryCode));
  }

  private async byInspector(
    taskIds: Set<string>,
    departmentId: string | undefined,
  ): Promise<InspectorCount[]> {
    const work = (
      await everything(
        this.stores.projections.collection<InspectorWorkView>('inspectorWork', 'work'),
        departmentId ? { departmentId } : undefined,
      )
    ).filter((w) => taskIds.has(w.taskId));
    const rows = new Map<string, InspectorCount>();
    const inspectors = this.stores.projections.collection<InspectorView>('inspectors', 'inspectors');
    for (const w of work) {
      let row = rows.get(w.inspectorId);
      if (!row) {
        // The name is an official's detail in office (docs/security.md); erased, it is not shown.
        const person = await inspectors.get(w.inspectorId);
        row = {
          inspectorId: w.inspectorId,
          departmentId: w.departmentId,
          name: person && !person.erased ? person.name : null,
          tasks: 0,
          entitiesAssigned: 0,
          resultsEntered: 0,
        };
        rows.set(w.inspectorId, row);
      }
      if (w.assignedEntityIds.length > 0) row.tasks += 1;
      row.entitiesAssigned += w.assignedEntityIds.length;
      row.resultsEntered += w.enteredEntityIds.length;
    }
    return [...rows.values()].sort(
      (a, b) => a.departmentId.localeCompare(b.departmentId) || a.inspectorId.localeCompare(b.inspectorId),
    );
  }
}

/** Published results by category (as corrected): every category listed, in the vocabulary's order. */
function byCategory(obligations: DisclosureObligationView[]): CategoryCount[] {
  const counts = new Map<string, number>(RESULT_CATEGORIES.map((c) => [c, 0]));
  for (const o of obligations) {
    if (o.category !== undefined) counts.set(o.category, (counts.get(o.category) ?? 0) + 1);
  }
  return [...counts].map(([category, results]) => ({ category, results }));
}
