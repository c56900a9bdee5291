import type { YearlySummary } from '@app/contract';
import { beijingYear } from '@app/domain/calendar/calendar-date';
import { useState } from 'react';
import '../plans/plans.css';
import type { ApiFailure } from '../../api/client';
import { downloadWithToken } from '../../api/files';
import { useApi } from '../../api/use-api';
import { useDepartments } from '../../api/use-departments';
import { ActionError } from '../../components/field';
import { Async } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { percent } from '../plans/format';
import { Done } from '../registers/action-panel';
import { DepartmentFilter, FilterBar, YearFilter } from './filter-bar';
import { Figures } from './figures';
import { SummaryTables } from './summary-tables';
import { useQueryParams } from './use-query-params';

const HEADLINE = [
  'initiated',
  'completed',
  'executionRate',
  'jointTasks',
  'published',
  'problemsFound',
  'enteredLate',
  'publishedLate',
  'notAnswering',
] as const;

function headline(s: YearlySummary): Record<(typeof HEADLINE)[number], string> {
  const { tasks, joint, results } = s.statistics;
  return {
    initiated: String(tasks.initiated),
    completed: String(tasks.completed),
    executionRate: percent(tasks.executionRate),
    jointTasks: String(joint.tasks),
    published: String(results.published),
    problemsFound: String(results.problemsFound),
    enteredLate: String(s.overdue.enteredLate),
    publishedLate: String(s.overdue.publishedLate),
    notAnswering: String(s.overdue.notAnswering),
  };
}

/** 年度总结 (Siyang 四(三); Yuanqu 三(三)): a department's or the county's year, shown and exported as XLSX. */
export function SummaryPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { departments, nameOf } = useDepartments();
  const { values, set } = useQueryParams({ year: String(beijingYear(new Date())), departmentId: '' });
  const year = /^\d{4}$/.test(values.year) ? Number(values.year) : undefined;
  const query = { year, departmentId: values.departmentId };
  const summary = useApi<YearlySummary>(year ? '/api/statistics/summary' : undefined, query);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiFailure>();
  const [done, setDone] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    const search = new URLSearchParams({ year: String(year) });
    if (values.departmentId) search.set('departmentId', values.departmentId);
    try {
      const name = await downloadWithToken(
        `/api/statistics/summary.xlsx?${search.toString()}`,
        session?.token,
        `summary-${year}.xlsx`,
      );
      setDone(t('dashboards.summary.downloaded', { name }));
    } catch (failure) {
      setError(failure as ApiFailure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{t('dashboards.summary.title')}</h1>
      <p className="field-hint">{t('dashboards.summary.intro')}</p>
      <FilterBar label={t('dashboards.summary.filters')}>
        <YearFilter id="summary-year" value={values.year} year={year} onChange={(v) => set({ year: v })} />
        <DepartmentFilter
          id="summary-department"
          value={values.departmentId}
          departments={departments}
          onChange={(v) => set({ departmentId: v })}
        />
      </FilterBar>
      {year !== undefined ? (
        <Async loaded={summary}>
          {(s) => (
            <>
              <section className="card" aria-labelledby="summary-heading">
                <h2 id="summary-heading">
                  {s.departmentId
                    ? t('dashboards.summary.headingDepartment', { year, department: nameOf(s.departmentId) })
                    : t('dashboards.summary.heading', { year })}
                </h2>
                <p className="field-hint">{t('dashboards.asOfNote', { asOf: s.asOf })}</p>
                <Figures
                  label={t('dashboards.summary.headline')}
                  items={HEADLINE.map((f) => ({
                    key: f,
                    name: t(`dashboards.summary.figure.${f}`),
                    value: headline(s)[f],
                  }))}
                />
                <p className="action-row">
                  <button type="button" className="primary" disabled={busy} onClick={() => void download()}>
                    {busy ? t('dashboards.summary.downloading') : t('dashboards.summary.download')}
                  </button>
                  <ActionError error={error} />
                </p>
                <Done message={done} />
              </section>
              <SummaryTables summary={s} nameOf={nameOf} />
            </>
          )}
        </Async>
      ) : null}
    </>
  );
}
