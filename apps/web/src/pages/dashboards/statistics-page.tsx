import { beijingYear } from '@app/domain/calendar/calendar-date';
import '../plans/plans.css';
import { useApi } from '../../api/use-api';
import { Async, Empty } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../plans/format';
import { useDepartments } from '../../api/use-departments';
import { DepartmentFilter, FilterBar, YearFilter } from './filter-bar';
import { Figures } from './figures';
import { STATISTIC_FIGURES, type Statistics, isRate, statisticFigures } from './statistics-model';
import { StatisticsByDepartment } from './statistics-by-department';
import { useQueryParams } from './use-query-params';

/** 年度统计: the assessment figures of a year (Yiyuan 七, 三十三), overall or for one department, and by department. */
export function StatisticsPage() {
  const { t } = useI18n();
  const { loaded: departmentList, departments, nameOf } = useDepartments();
  const { values, set } = useQueryParams({ year: String(beijingYear(new Date())), departmentId: '' });
  const year = /^\d{4}$/.test(values.year) ? Number(values.year) : undefined;
  const scope = useApi<Statistics>(year ? '/api/statistics' : undefined, {
    year,
    departmentId: values.departmentId,
  });
  return (
    <>
      <h1>{t('dashboards.statisticsTitle')}</h1>
      <p className="field-hint">{t('dashboards.statisticsIntro')}</p>
      <FilterBar label={t('dashboards.statisticsFilters')}>
        <YearFilter id="statistics-year" value={values.year} year={year} onChange={(v) => set({ year: v })} />
        <DepartmentFilter
          id="statistics-department"
          value={values.departmentId}
          departments={departments}
          onChange={(v) => set({ departmentId: v })}
        />
      </FilterBar>
      {year !== undefined ? (
        <>
          <section className="card" aria-labelledby="statistics-scope">
            <h2 id="statistics-scope">
              {values.departmentId
                ? t('dashboards.scopeDepartment', { year, department: nameOf(values.departmentId) })
                : t('dashboards.scopeAll', { year })}
            </h2>
            <Async loaded={scope}>
              {(s) => {
                const figures = statisticFigures(s);
                return (
                  <>
                    <p className="field-hint">{t('dashboards.asOfNote', { asOf: s.asOf })}</p>
                    <Figures
                      label={t('dashboards.headlineFigures')}
                      items={STATISTIC_FIGURES.map((f) => ({
                        key: f,
                        name: t(`dashboards.figure.${f}`),
                        value: isRate(f) ? percent(figures[f]) : String(figures[f] ?? '—'),
                      }))}
                    />
                  </>
                );
              }}
            </Async>
          </section>
          <section className="card" aria-labelledby="statistics-departments">
            <h2 id="statistics-departments">{t('dashboards.byDepartmentHeading', { year })}</h2>
            <Async loaded={departmentList}>
              {(list) =>
                list.items.length === 0 ? (
                  <Empty />
                ) : (
                  <StatisticsByDepartment year={year} departments={list.items} nameOf={nameOf} />
                )
              }
            </Async>
          </section>
        </>
      ) : null}
    </>
  );
}
