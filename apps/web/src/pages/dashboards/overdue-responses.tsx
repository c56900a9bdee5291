import { useMemo } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Chart } from '../../components/chart';
import { Async } from '../../components/states';
import { DataTable, PagedTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { departmentBars } from './department-bars';
import { type OverdueResponse, RESPONSE_STATES, countByDepartment } from './overdue-model';

/** Participating departments that did not respond to a joint task within 2 working days, by department. */
export function OverdueResponses({
  asOf,
  departmentId,
  nameOf,
}: {
  asOf: string;
  departmentId: string;
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  const loaded = useApi<{ asOf: string; items: OverdueResponse[] }>('/api/overdue-responses', {
    asOf,
    departmentId,
  });
  const counts = useMemo(() => countByDepartment(loaded.data?.items ?? [], RESPONSE_STATES), [loaded.data]);
  const option = useMemo(
    () => departmentBars(counts, RESPONSE_STATES, nameOf, (s) => t(`dashboards.response.${s}`)),
    [counts, nameOf, t],
  );
  const stateOf = (r: OverdueResponse) => t(`dashboards.response.${r.state}`);
  const due = (r: OverdueResponse) =>
    r.provisional
      ? `${r.dueDate} ${t('common.provisional', { year: r.unknownYears.join('、') })}`
      : r.dueDate;
  return (
    <section className="card" aria-labelledby="overdue-responses">
      <h2 id="overdue-responses">{t('dashboards.responsesHeading')}</h2>
      <Async loaded={loaded}>
        {(answer) => (
          <>
            <p>{t('dashboards.responsesAsOf', { asOf: answer.asOf, n: answer.items.length })}</p>
            {answer.items.length > 0 ? (
              <Chart option={option} label={t('dashboards.responsesChart', { asOf: answer.asOf })} />
            ) : null}
            <DataTable
              caption={t('dashboards.responsesByDepartment', { asOf: answer.asOf })}
              columns={[
                {
                  heading: t('common.department'),
                  cell: (c) => nameOf(c.departmentId),
                  csv: (c) => nameOf(c.departmentId),
                },
                ...RESPONSE_STATES.map((s) => ({
                  heading: t(`dashboards.response.${s}`),
                  cell: (c: (typeof counts)[number]) => c.counts[s],
                  csv: (c: (typeof counts)[number]) => c.counts[s],
                })),
                { heading: t('dashboards.total'), cell: (c) => c.total, csv: (c) => c.total },
              ]}
              rows={counts}
              rowKey={(c) => c.departmentId}
              csvName={t('dashboards.responsesByDepartmentCsv', { asOf: answer.asOf })}
            />
            <h3>{t('dashboards.responsesList')}</h3>
            <PagedTable
              key={`${answer.asOf}|${departmentId}`}
              caption={t('dashboards.responsesListCaption', { asOf: answer.asOf })}
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
                  heading: t('dashboards.respondingDepartment'),
                  cell: (r) => nameOf(r.departmentId),
                  csv: (r) => nameOf(r.departmentId),
                },
                {
                  heading: t('dashboards.leadDepartment'),
                  cell: (r) => nameOf(r.leadDepartmentId),
                  csv: (r) => nameOf(r.leadDepartmentId),
                },
                {
                  heading: t('dashboards.initiatedOn'),
                  cell: (r) => r.initiatedOn,
                  csv: (r) => r.initiatedOn,
                },
                { heading: t('dashboards.responseDue'), cell: due, csv: due },
                {
                  heading: t('common.status'),
                  cell: (r) => <span className="badge badge-bad">{stateOf(r)}</span>,
                  csv: stateOf,
                },
                {
                  heading: t('dashboards.respondedOn'),
                  cell: (r) => r.respondedOn ?? '—',
                  csv: (r) => r.respondedOn,
                },
                {
                  heading: t('dashboards.workingDaysOverdue'),
                  cell: (r) => t('common.workingDaysOverdue', { n: r.workingDaysOverdue }),
                  csv: (r) => r.workingDaysOverdue,
                },
              ]}
              rows={answer.items}
              rowKey={(r) => `${r.taskId}|${r.departmentId}`}
              csvName={t('dashboards.responsesListCsv', { asOf: answer.asOf })}
            />
          </>
        )}
      </Async>
    </section>
  );
}
