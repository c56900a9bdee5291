import type { YearlySummary } from '@app/contract';
import type { ResponseObligationView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { everything } from '../common/read-all';
import { STORES } from '../stores/stores.providers';
import { BreakdownFigures } from './breakdown.query';
import { JointTaskFigures } from './joint-tasks.query';
import { PlanExecutionFigures } from './plan-execution.query';
import type { StatisticsScope } from './statistics-scope';
import { StatisticsFigures } from './statistics.query';
import { tasksOfYear } from './year-reads';

/** The yearly summary report of a department or the county (Siyang 四(三); Yuanqu 三(三)). */
@Injectable()
export class SummaryFigures {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    private readonly statistics: StatisticsFigures,
    private readonly planExecution: PlanExecutionFigures,
    private readonly jointTasks: JointTaskFigures,
    private readonly breakdown: BreakdownFigures,
  ) {}

  async summary(scope: StatisticsScope): Promise<YearlySummary> {
    const statistics = await this.statistics.statistics(scope);
    const { results } = statistics;
    return {
      year: scope.year,
      departmentId: scope.departmentId ?? null,
      asOf: scope.asOf,
      statistics,
      planExecution: await this.planExecution.execution(scope),
      jointTasks: await this.jointTasks.jointTasks(scope),
      breakdown: await this.breakdown.breakdown(scope),
      overdue: {
        enteredLate: results.due - results.enteredOnTime,
        publishedLate: results.due - results.publishedOnTime,
        notAnswering: await this.notAnswering(scope),
      },
    };
  }

  private async notAnswering({ year, departmentId }: StatisticsScope): Promise<number> {
    const taskIds = new Set((await tasksOfYear(this.stores, year, departmentId)).map((t) => t.id));
    const responses = await everything(
      this.stores.projections.collection<ResponseObligationView>('disclosures', 'responses'),
      departmentId ? { departmentId } : undefined,
    );
    return responses.filter((r) => taskIds.has(r.taskId) && r.notAnswering !== undefined).length;
  }
}
