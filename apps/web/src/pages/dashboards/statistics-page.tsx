import '../plans/plans.css';
import { useApi } from '../../api/use-api';
import { Async, Empty } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { beijingYear } from '../plans/dates';
import { percent } from '../plans/format';
import { useDepartments } from '../plans/use-departments';
import { Figures } from './figures';
import { STATISTIC_FIGURES, type Statistics, isRate, statisticFigures } from './statistics-model';
import { StatisticsByDepartment } from './statistics-by-department';
import { useQueryParams } from './use-query-params';

/** 年度统计: the assessment figures of a year (Yiyuan 七, 三十三), overall or for one department, and by department. */
export function StatisticsPage() {
  const { t } = useI18n();
  const { loaded: departments, nameOf } = useDepartments();
  const { values, set } = useQueryParams({ year: String(beijingYear()), departmentId: '' });
  const year = /^\d{4}$/.test(values.year) ? Number(values.year) : undefined;
  const scope = useApi<Statistics>(year ? '/api/statistics' : undefined, {
    year,
    departmentId: values.departmentId,
  });
  return (
    <>
      <h1>{t('dashboards.statisticsTitle')}</h1>
      <p className="field-hint">{t('dashboards.statisticsIntro')}</p>
      <form
        className="form-row card"
        role="search"
        aria-label={t('dashboards.statisticsFilters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="statistics-year">{t('dashboards.year')}</label>
          <input
            id="statistics-year"
            type="number"
            min={2000}
            max={2100}
            value={values.year}
            onChange={(e) => set({ year: e.target.value })}
            aria-invalid={year === undefined ? true : undefined}
            aria-describedby={year === undefined ? 'statistics-year-error' : undefined}
          />
          {year === undefined ? (
            <small id="statistics-year-error" className="field-error" role="alert">
              {t('dashboards.yearNeeded')}
            </small>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="statistics-department">{t('common.department')}</label>
          <select
            id="statistics-department"
            value={values.departmentId}
            onChange={(e) => set({ departmentId: e.target.value })}
          >
            <option value="">{t('dashboards.everyDepartment')}</option>
            {(departments.data?.items ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </form>
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
            <Async loaded={departments}>
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
