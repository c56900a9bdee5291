import { beijingYear } from '@app/domain/calendar/calendar-date';
import type { Page } from '@app/contract';
import { useMemo } from 'react';
import '../plans/plans.css';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Chart } from '../../components/chart';
import { useCursorPaging } from '../../components/paging';
import { Async } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../plans/format';
import type { Plan, PlanProgress } from '../plans/plan-model';
import { useApiEach } from '../plans/use-api-each';
import { useDepartments } from '../../api/use-departments';
import { DepartmentFilter, FilterBar, YearFilter } from './filter-bar';
import { planBars, planBarsHeight } from './plan-execution-chart';
import { type PlanExecution, planExecution } from './plan-execution-model';
import { useQueryParams } from './use-query-params';

const TASK_FIGURES = ['tasksLive', 'tasksLocked', 'tasksCancelled'] as const;
const RESULT_FIGURES = ['resultsOwed', 'resultsEntered', 'resultsPublished', 'publishedLate'] as const;
const TABLE_FIGURES = [
  'tasksLive',
  'tasksLocked',
  'tasksCancelled',
  'entitiesDrawn',
  'resultsOwed',
  'resultsEntered',
  'resultsPublished',
  'publishedOnTime',
  'publishedLate',
] as const;

/** 计划执行: the year's plans (a page at a time) with their tasks and results, as bars and a table. */
export function PlanExecutionPage() {
  const { t } = useI18n();
  const { departments, nameOf } = useDepartments();
  const { values, set } = useQueryParams({ year: String(beijingYear(new Date())), departmentId: '' });
  const year = /^\d{4}$/.test(values.year) ? Number(values.year) : undefined;
  const query = { year, departmentId: values.departmentId };
  const paging = useCursorPaging(JSON.stringify(query));
  const plans = useApi<Page<Plan>>(year ? '/api/plans' : undefined, {
    ...query,
    limit: 10,
    cursor: paging.cursor,
  });
  const progress = useApiEach<Plan & { progress: PlanProgress }>(
    plans.data?.items.map((p) => ({ path: `/api/plans/${encodeURIComponent(p.id)}` })),
  );
  const rows = useMemo(() => (progress.data ?? []).map(planExecution), [progress.data]);
  const figureName = (figure: (typeof TABLE_FIGURES)[number]) => t(`dashboards.execution.${figure}`);
  const tasksOption = useMemo(
    () =>
      planBars(rows, TASK_FIGURES, (f) => t(`dashboards.execution.${f}`), ['#0b5cad', '#1b7a3d', '#9aa5b1']),
    [rows, t],
  );
  const resultsOption = useMemo(
    () =>
      planBars(rows, RESULT_FIGURES, (f) => t(`dashboards.execution.${f}`), [
        '#9aa5b1',
        '#0b5cad',
        '#1b7a3d',
        '#b71c1c',
      ]),
    [rows, t],
  );
  const windowOf = (r: PlanExecution) => `${r.window.from} — ${r.window.to}`;

  return (
    <>
      <h1>{t('dashboards.planExecutionTitle')}</h1>
      <p className="field-hint">{t('dashboards.planExecutionIntro')}</p>
      <FilterBar label={t('dashboards.planExecutionFilters')}>
        <YearFilter id="execution-year" value={values.year} year={year} onChange={(v) => set({ year: v })} />
        <DepartmentFilter
          id="execution-department"
          value={values.departmentId}
          departments={departments}
          onChange={(v) => set({ departmentId: v })}
        />
      </FilterBar>
      {year !== undefined ? (
        <section className="card" aria-labelledby="plan-execution">
          <h2 id="plan-execution">{t('dashboards.planExecutionHeading', { year })}</h2>
          <Async loaded={plans}>
            {(page) =>
              page.items.length === 0 && !paging.previous ? (
                <p className="state state-empty">{t('dashboards.noPlans', { year })}</p>
              ) : (
                <Async loaded={progress}>
                  {() => (
                    <>
                      <div className="grid">
                        <Chart
                          option={tasksOption}
                          label={t('dashboards.tasksChart', { year })}
                          height={planBarsHeight(rows.length, TASK_FIGURES.length)}
                        />
                        <Chart
                          option={resultsOption}
                          label={t('dashboards.resultsChart', { year })}
                          height={planBarsHeight(rows.length, RESULT_FIGURES.length)}
                        />
                      </div>
                      <DataTable
                        caption={t('dashboards.planExecutionCaption', { year })}
                        columns={[
                          {
                            heading: t('dashboards.plan'),
                            cell: (r) => (
                              <Link className="plans-name" to={`/plans/${r.id}`}>
                                {r.name}
                              </Link>
                            ),
                            csv: (r) => r.name,
                          },
                          {
                            heading: t('dashboards.leadDepartment'),
                            cell: (r) => <span className="nowrap">{nameOf(r.leadDepartmentId)}</span>,
                            csv: (r) => nameOf(r.leadDepartmentId),
                          },
                          {
                            heading: t('common.status'),
                            cell: (r) => <span className="nowrap">{t(`plans.status.${r.status}`)}</span>,
                            csv: (r) => t(`plans.status.${r.status}`),
                          },
                          {
                            heading: t('dashboards.planWindow'),
                            cell: (r) => <span className="nowrap">{windowOf(r)}</span>,
                            csv: windowOf,
                          },
                          ...TABLE_FIGURES.map((f) => ({
                            heading: figureName(f),
                            cell: (r: PlanExecution) => r[f],
                            csv: (r: PlanExecution) => r[f],
                          })),
                          {
                            heading: t('dashboards.execution.publishedRate'),
                            cell: (r) => percent(r.publishedRate),
                            csv: (r) => percent(r.publishedRate),
                          },
                        ]}
                        rows={rows}
                        rowKey={(r) => r.id}
                        csvName={t('dashboards.planExecutionCsv', { year })}
                        onNextPage={page.nextCursor ? () => paging.next(page.nextCursor!) : undefined}
                        onPreviousPage={paging.previous}
                      />
                    </>
                  )}
                </Async>
              )
            }
          </Async>
        </section>
      ) : null}
    </>
  );
}
