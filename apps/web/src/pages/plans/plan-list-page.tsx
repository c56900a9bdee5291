import { beijingYear } from '@app/domain/calendar/calendar-date';
import type { Page } from '@app/contract';
import { AddUnavailable } from '../org/add-unavailable';
import { Link } from 'react-router';
import './plans.css';
import { useApi } from '../../api/use-api';
import { useCursorPaging } from '../../components/paging';
import { Async } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { hasAnyRole } from '../../session/token';
import { PlanCoverageSection } from './plan-coverage';
import { PlanFilters, usePlanFilters } from './plan-filters';
import type { Plan } from './plan-model';
import { PlanStatusBadge } from './plan-status';
import { useDepartments } from '../../api/use-departments';

/** 年度抽查工作计划: the plans by year, department and status, paged; and the year's coverage of the item list. */
export function PlanListPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { departments, nameOf } = useDepartments();
  const filters = usePlanFilters();
  const query = {
    year: /^\d{4}$/.test(filters.year) ? filters.year : undefined,
    departmentId: filters.departmentId,
    status: filters.status,
  };
  const paging = useCursorPaging(JSON.stringify(query));
  const loaded = useApi<Page<Plan>>('/api/plans', { ...query, limit: 20, cursor: paging.cursor });
  const windowOf = (p: Plan) => `${p.window.from} — ${p.window.to}`;
  return (
    <>
      <h1>{t('plans.listTitle')}</h1>
      {hasAnyRole(session, ['admin', 'operator']) ? (
        <p>
          <Link className="button primary" to="/plans/new">
            {t('plans.newPlan')}
          </Link>
        </p>
      ) : (
        <AddUnavailable />
      )}
      <PlanFilters filters={filters} departments={departments} />
      <section className="card" aria-labelledby="plan-list">
        <h2 id="plan-list">{t('plans.listHeading')}</h2>
        <Async loaded={loaded} keep>
          {(page) => (
            <DataTable
              caption={t('plans.listCaption')}
              columns={[
                {
                  heading: t('plans.name'),
                  cell: (p) => <Link to={`/plans/${p.id}`}>{p.name}</Link>,
                  csv: (p) => p.name,
                },
                { heading: t('plans.year'), cell: (p) => p.year, csv: (p) => p.year },
                {
                  heading: t('plans.leadDepartment'),
                  cell: (p) => nameOf(p.leadDepartmentId),
                  csv: (p) => nameOf(p.leadDepartmentId),
                },
                {
                  heading: t('plans.cooperatingDepartments'),
                  cell: (p) =>
                    p.cooperatingDepartmentIds.map(nameOf).join(t('common.listSeparator')) ||
                    t('common.none'),
                  csv: (p) => p.cooperatingDepartmentIds.map(nameOf).join(t('common.listSeparator')),
                },
                {
                  heading: t('common.status'),
                  cell: (p) => <PlanStatusBadge plan={p} />,
                  csv: (p) => t(`plans.status.${p.status}`),
                },
                { heading: t('plans.version'), cell: (p) => p.version, csv: (p) => p.version },
                { heading: t('plans.window'), cell: windowOf, csv: windowOf },
              ]}
              rows={page.items}
              rowKey={(p) => p.id}
              csvName={t('plans.listCsv')}
              onNextPage={page.nextCursor ? () => paging.next(page.nextCursor!) : undefined}
              onPreviousPage={paging.previous}
            />
          )}
        </Async>
      </section>
      <PlanCoverageSection
        year={/^\d{4}$/.test(filters.year) ? Number(filters.year) : beijingYear(new Date())}
        departmentId={filters.departmentId}
        nameOf={nameOf}
      />
    </>
  );
}
