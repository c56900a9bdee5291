import { useMemo } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Chart } from '../../components/chart';
import { Async } from '../../components/states';
import { type Column, DataTable, PagedTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { departmentBars } from './department-bars';
import { countByDepartment } from './overdue-model';

/** What an overdue route lists for each row: its task, department, deadline and state. */
interface OverdueRow<S extends string> {
  taskId: string;
  taskName?: string;
  departmentId: string;
  dueDate: string;
  provisional: boolean;
  unknownYears: number[];
  state: S;
  workingDaysOverdue: number;
}

/**
 * One overdue route (`GET /api/overdue-{kind}`) as of a day: counts by department and state (a
 * chart and a table), then every row. `kind` names the route, the section and its texts; the
 * list's own columns come after the task (`leading`) and after the state (`trailing`).
 */
export function OverdueList<S extends string, R extends OverdueRow<S>>({
  kind,
  asOf,
  departmentId,
  nameOf,
  states,
  stateLabel,
  dueHeading,
  leading,
  trailing,
  rowKey,
}: {
  kind: 'disclosures' | 'responses' | 'objections' | 'referrals';
  asOf: string;
  departmentId: string;
  nameOf: (departmentId: string) => string;
  states: readonly S[];
  stateLabel: (state: S) => string;
  dueHeading: string;
  leading: Column<R>[];
  trailing: Column<R>[];
  rowKey: (row: R) => string;
}) {
  const { t } = useI18n();
  const loaded = useApi<{ asOf: string; items: R[] }>(`/api/overdue-${kind}`, { asOf, departmentId });
  const counts = useMemo(() => countByDepartment(loaded.data?.items ?? [], states), [loaded.data, states]);
  const option = useMemo(
    () => departmentBars(counts, states, nameOf, stateLabel),
    [counts, states, nameOf, stateLabel],
  );
  const stateOf = (r: R) => stateLabel(r.state);
  const due = (r: R) =>
    r.provisional
      ? `${r.dueDate} ${t('common.provisional', { year: r.unknownYears.join(t('common.listSeparator')) })}`
      : r.dueDate;
  return (
    <section className="card" aria-labelledby={`overdue-${kind}`}>
      <h2 id={`overdue-${kind}`}>{t(`dashboards.${kind}Heading`)}</h2>
      <Async loaded={loaded}>
        {(answer) => (
          <>
            <p>{t(`dashboards.${kind}AsOf`, { asOf: answer.asOf, n: answer.items.length })}</p>
            {answer.items.length > 0 ? (
              <Chart option={option} label={t(`dashboards.${kind}Chart`, { asOf: answer.asOf })} />
            ) : null}
            <DataTable
              caption={t(`dashboards.${kind}ByDepartment`, { asOf: answer.asOf })}
              columns={[
                {
                  heading: t('common.department'),
                  cell: (c) => nameOf(c.departmentId),
                  csv: (c) => nameOf(c.departmentId),
                },
                ...states.map((s) => ({
                  heading: stateLabel(s),
                  cell: (c: (typeof counts)[number]) => c.counts[s],
                  csv: (c: (typeof counts)[number]) => c.counts[s],
                })),
                { heading: t('dashboards.total'), cell: (c) => c.total, csv: (c) => c.total },
              ]}
              rows={counts}
              rowKey={(c) => c.departmentId}
              csvName={t(`dashboards.${kind}ByDepartmentCsv`, { asOf: answer.asOf })}
            />
            <h3>{t(`dashboards.${kind}List`)}</h3>
            <PagedTable
              key={`${answer.asOf}|${departmentId}`}
              caption={t(`dashboards.${kind}ListCaption`, { asOf: answer.asOf })}
              columns={[
                {
                  heading: t('dashboards.task'),
                  // The name for people; the id for a file (and on screen while no name is known).
                  cell: (r) =>
                    r.taskName ? (
                      <Link to={`/tasks/${r.taskId}`}>{r.taskName}</Link>
                    ) : (
                      <Link to={`/tasks/${r.taskId}`} className="mono">
                        {r.taskId}
                      </Link>
                    ),
                  csv: (r) => r.taskName ?? r.taskId,
                },
                ...leading,
                { heading: dueHeading, cell: due, csv: due },
                {
                  heading: t('common.status'),
                  cell: (r) => <span className="badge badge-bad">{stateOf(r)}</span>,
                  csv: stateOf,
                },
                ...trailing,
                {
                  heading: t('dashboards.workingDaysOverdue'),
                  cell: (r) => t('common.workingDaysOverdue', { n: r.workingDaysOverdue }),
                  csv: (r) => r.workingDaysOverdue,
                },
              ]}
              rows={answer.items}
              rowKey={rowKey}
              csvName={t(`dashboards.${kind}ListCsv`, { asOf: answer.asOf })}
            />
          </>
        )}
      </Async>
    </section>
  );
}
