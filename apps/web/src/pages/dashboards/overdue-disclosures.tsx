import { useMemo } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Chart } from '../../components/chart';
import { Async } from '../../components/states';
import { DataTable, PagedTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { departmentBars } from './department-bars';
import { DISCLOSURE_STATES, type OverdueDisclosure, countByDepartment } from './overdue-model';

/** Results not entered or not published by their deadline (window end + 20 working days), by department. */
export function OverdueDisclosures({
  asOf,
  departmentId,
  nameOf,
}: {
  asOf: string;
  departmentId: string;
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  const loaded = useApi<{ asOf: string; items: OverdueDisclosure[] }>('/api/overdue-disclosures', {
    asOf,
    departmentId,
  });
  const counts = useMemo(() => countByDepartment(loaded.data?.items ?? [], DISCLOSURE_STATES), [loaded.data]);
  const option = useMemo(
    () => departmentBars(counts, DISCLOSURE_STATES, nameOf, (s) => t(`dashboards.disclosure.${s}`)),
    [counts, nameOf, t],
  );
  const stateOf = (r: OverdueDisclosure) => t(`dashboards.disclosure.${r.state}`);
  const due = (r: OverdueDisclosure) =>
    r.provisional
      ? `${r.dueDate} ${t('common.provisional', { year: r.unknownYears.join('、') })}`
      : r.dueDate;
  return (
    <section className="card" aria-labelledby="overdue-disclosures">
      <h2 id="overdue-disclosures">{t('dashboards.disclosuresHeading')}</h2>
      <Async loaded={loaded}>
        {(answer) => (
          <>
            <p>{t('dashboards.disclosuresAsOf', { asOf: answer.asOf, n: answer.items.length })}</p>
            {answer.items.length > 0 ? (
              <Chart option={option} label={t('dashboards.disclosuresChart', { asOf: answer.asOf })} />
            ) : null}
            <DataTable
              caption={t('dashboards.disclosuresByDepartment', { asOf: answer.asOf })}
              columns={[
                {
                  heading: t('common.department'),
                  cell: (c) => nameOf(c.departmentId),
                  csv: (c) => nameOf(c.departmentId),
                },
                ...DISCLOSURE_STATES.map((s) => ({
                  heading: t(`dashboards.disclosure.${s}`),
                  cell: (c: (typeof counts)[number]) => c.counts[s],
                  csv: (c: (typeof counts)[number]) => c.counts[s],
                })),
                { heading: t('dashboards.total'), cell: (c) => c.total, csv: (c) => c.total },
              ]}
              rows={counts}
              rowKey={(c) => c.departmentId}
              csvName={t('dashboards.disclosuresByDepartmentCsv', { asOf: answer.asOf })}
            />
            <h3>{t('dashboards.disclosuresList')}</h3>
            <PagedTable
              key={`${answer.asOf}|${departmentId}`}
              caption={t('dashboards.disclosuresListCaption', { asOf: answer.asOf })}
              columns={[
                {
                  heading: t('dashboards.task'),
                  cell: (r) => (
                    <Link to={`/tasks/${r.taskId}`} className="mono">
                      {r.taskId}
                    </Link>
                  ),
                  csv: (r) => r.taskId,
                },
                {
                  heading: t('dashboards.entity'),
                  cell: (r) => <span className="mono">{r.entityId}</span>,
                  csv: (r) => r.entityId,
                },
                {
                  heading: t('common.department'),
                  cell: (r) => nameOf(r.departmentId),
                  csv: (r) => nameOf(r.departmentId),
                },
                { heading: t('dashboards.windowTo'), cell: (r) => r.windowTo, csv: (r) => r.windowTo },
                { heading: t('dashboards.dueDate'), cell: due, csv: due },
                {
                  heading: t('common.status'),
                  cell: (r) => <span className="badge badge-bad">{stateOf(r)}</span>,
                  csv: stateOf,
                },
                {
                  heading: t('dashboards.enteredOn'),
                  cell: (r) => r.enteredOn ?? '—',
                  csv: (r) => r.enteredOn,
                },
                {
                  heading: t('dashboards.publishedOn'),
                  cell: (r) => r.publishedOn ?? '—',
                  csv: (r) => r.publishedOn,
                },
                {
                  heading: t('dashboards.workingDaysOverdue'),
                  cell: (r) => t('common.workingDaysOverdue', { n: r.workingDaysOverdue }),
                  csv: (r) => r.workingDaysOverdue,
                },
              ]}
              rows={answer.items}
              rowKey={(r) => `${r.taskId}|${r.entityId}|${r.departmentId}`}
              csvName={t('dashboards.disclosuresListCsv', { asOf: answer.asOf })}
            />
          </>
        )}
      </Async>
    </section>
  );
}
