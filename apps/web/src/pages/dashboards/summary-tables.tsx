import type { YearlySummary } from '@app/contract';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { percent } from '../plans/format';
import { categoryKey } from '../public/words';

type NameOf = (departmentId: string) => string;

/** The summary's sections as tables, each exportable as CSV (the XLSX holds them all). */
export function SummaryTables({ summary, nameOf }: { summary: YearlySummary; nameOf: NameOf }) {
  const { t } = useI18n();
  const year = summary.year;
  const { jointTasks, breakdown } = summary;
  const planRows = summary.planExecution.plans.flatMap((p) =>
    p.departments.map((d) => ({ ...d, planId: p.planId, name: p.name, planned: p.planned })),
  );
  const yesNo = (yes: boolean) => t(yes ? 'dashboards.summary.yes' : 'dashboards.summary.no');
  const categoryWord = (c: string) => {
    const key = categoryKey(c);
    return key ? t(key) : c;
  };
  const industryWord = (code: string) => code || t('dashboards.summary.noIndustry');
  return (
    <>
      <section className="card" aria-labelledby="summary-joint">
        <h2 id="summary-joint">{t('dashboards.summary.joint', { minimum: jointTasks.minimumPerYear })}</h2>
        <DataTable
          caption={t('dashboards.summary.joint', { minimum: jointTasks.minimumPerYear })}
          columns={[
            {
              heading: t('dashboards.summary.department'),
              cell: (r) => nameOf(r.departmentId),
              csv: (r) => nameOf(r.departmentId),
            },
            { heading: t('dashboards.summary.led'), cell: (r) => r.led, csv: (r) => r.led },
            { heading: t('dashboards.summary.joined'), cell: (r) => r.joined, csv: (r) => r.joined },
            {
              heading: t('dashboards.summary.meets'),
              cell: (r) => yesNo(r.meetsYearlyJointTask),
              csv: (r) => yesNo(r.meetsYearlyJointTask),
            },
          ]}
          rows={jointTasks.departments}
          rowKey={(r) => r.departmentId}
          csvName={t('dashboards.summary.jointCsv', { year })}
        />
      </section>
      <section className="card" aria-labelledby="summary-plans">
        <h2 id="summary-plans">{t('dashboards.summary.plans')}</h2>
        {planRows.length === 0 ? (
          <p className="state state-empty">{t('dashboards.summary.noPlans')}</p>
        ) : (
          <DataTable
            caption={t('dashboards.summary.plans')}
            columns={[
              { heading: t('dashboards.summary.plan'), cell: (r) => r.name, csv: (r) => r.name },
              {
                heading: t('dashboards.summary.department'),
                cell: (r) => nameOf(r.departmentId),
                csv: (r) => nameOf(r.departmentId),
              },
              { heading: t('dashboards.summary.planned'), cell: (r) => r.planned, csv: (r) => r.planned },
              { heading: t('dashboards.summary.drawn'), cell: (r) => r.drawn, csv: (r) => r.drawn },
              { heading: t('dashboards.summary.checked'), cell: (r) => r.checked, csv: (r) => r.checked },
              {
                heading: t('dashboards.summary.checkedRatio'),
                cell: (r) => percent(r.checkedRatio),
                csv: (r) => percent(r.checkedRatio),
              },
            ]}
            rows={planRows}
            rowKey={(r) => `${r.planId}|${r.departmentId}`}
            csvName={t('dashboards.summary.plansCsv', { year })}
          />
        )}
      </section>
      <section className="card" aria-labelledby="summary-categories">
        <h2 id="summary-categories">{t('dashboards.summary.categories')}</h2>
        <DataTable
          caption={t('dashboards.summary.categories')}
          columns={[
            {
              heading: t('dashboards.summary.category'),
              cell: (r) => categoryWord(r.category),
              csv: (r) => categoryWord(r.category),
            },
            { heading: t('dashboards.summary.results'), cell: (r) => r.results, csv: (r) => r.results },
          ]}
          rows={breakdown.byCategory}
          rowKey={(r) => r.category}
          csvName={t('dashboards.summary.categoriesCsv', { year })}
        />
      </section>
      <section className="card" aria-labelledby="summary-industries">
        <h2 id="summary-industries">{t('dashboards.summary.industries')}</h2>
        <DataTable
          caption={t('dashboards.summary.industries')}
          columns={[
            {
              heading: t('dashboards.summary.industry'),
              cell: (r) => industryWord(r.industryCode),
              csv: (r) => industryWord(r.industryCode),
            },
            {
              heading: t('dashboards.summary.entitiesDrawn'),
              cell: (r) => r.entitiesDrawn,
              csv: (r) => r.entitiesDrawn,
            },
            {
              heading: t('dashboards.summary.entitiesChecked'),
              cell: (r) => r.entitiesChecked,
              csv: (r) => r.entitiesChecked,
            },
            { heading: t('dashboards.summary.results'), cell: (r) => r.results, csv: (r) => r.results },
            {
              heading: t('dashboards.summary.problems'),
              cell: (r) => r.problemsFound,
              csv: (r) => r.problemsFound,
            },
          ]}
          rows={breakdown.byIndustry}
          rowKey={(r) => r.industryCode}
          csvName={t('dashboards.summary.industriesCsv', { year })}
        />
      </section>
      <section className="card" aria-labelledby="summary-inspectors">
        <h2 id="summary-inspectors">{t('dashboards.summary.inspectors')}</h2>
        <DataTable
          caption={t('dashboards.summary.inspectors')}
          columns={[
            {
              heading: t('dashboards.summary.inspector'),
              cell: (r) => r.name ?? r.inspectorId,
              csv: (r) => r.name ?? r.inspectorId,
            },
            {
              heading: t('dashboards.summary.department'),
              cell: (r) => nameOf(r.departmentId),
              csv: (r) => nameOf(r.departmentId),
            },
            { heading: t('dashboards.summary.tasks'), cell: (r) => r.tasks, csv: (r) => r.tasks },
            {
              heading: t('dashboards.summary.assigned'),
              cell: (r) => r.entitiesAssigned,
              csv: (r) => r.entitiesAssigned,
            },
            {
              heading: t('dashboards.summary.entered'),
              cell: (r) => r.resultsEntered,
              csv: (r) => r.resultsEntered,
            },
          ]}
          rows={breakdown.byInspector}
          rowKey={(r) => r.inspectorId}
          csvName={t('dashboards.summary.inspectorsCsv', { year })}
        />
      </section>
    </>
  );
}
