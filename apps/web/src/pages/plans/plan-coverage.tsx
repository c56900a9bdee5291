import { useApi } from '../../api/use-api';
import { Async } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import type { PlanCoverage } from './plan-model';

/** Whether the year's published plans cover every active check item (Yiyuan 十一), by department. */
export function PlanCoverageSection({
  year,
  departmentId,
  nameOf,
}: {
  year: number;
  departmentId: string;
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  const loaded = useApi<PlanCoverage>('/api/plans/coverage', { year, departmentId });
  return (
    <section className="card" aria-labelledby="plan-coverage">
      <h2 id="plan-coverage">{t('plans.coverage', { year })}</h2>
      <Async loaded={loaded}>
        {(coverage) => {
          const uncovered = coverage.departments.reduce((n, d) => n + d.uncovered.length, 0);
          return (
            <>
              <p className={`badge ${uncovered === 0 ? 'badge-ok' : 'badge-warn'}`}>
                {uncovered === 0 ? t('plans.allCovered') : t('plans.someUncovered', { n: uncovered })}
              </p>
              <DataTable
                caption={t('plans.coverageCaption', { year })}
                columns={[
                  {
                    heading: t('common.department'),
                    cell: (d) => nameOf(d.departmentId),
                    csv: (d) => nameOf(d.departmentId),
                  },
                  { heading: t('plans.activeItems'), cell: (d) => d.activeItems, csv: (d) => d.activeItems },
                  { heading: t('plans.coveredItems'), cell: (d) => d.covered, csv: (d) => d.covered },
                  {
                    heading: t('plans.uncoveredItems'),
                    cell: (d) =>
                      d.uncovered.length === 0 ? (
                        <span className="badge badge-ok">{t('plans.allCoveredShort')}</span>
                      ) : (
                        <ul className="plans-cell-list">
                          {d.uncovered.map((item) => (
                            <li key={item.id}>{item.name}</li>
                          ))}
                        </ul>
                      ),
                    csv: (d) => d.uncovered.map((item) => item.name).join(t('common.clauseSeparator')),
                  },
                ]}
                rows={coverage.departments}
                rowKey={(d) => d.departmentId}
                csvName={t('plans.coverageCsv', { year })}
              />
            </>
          );
        }}
      </Async>
    </section>
  );
}
