import { beijingDate } from '@app/domain/calendar/calendar-date';
import type { Page } from '@app/contract';
import { Link, useSearchParams } from 'react-router';
import { Async } from '../../components/states';
import { useApi } from '../../api/use-api';
import { Field } from '../../components/field';
import { useCursorPaging } from '../../components/paging';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { readAllPages } from './load';
import { TaskStatusBadge } from './status-badge';
import type { Plan, TaskSummary } from './task-types';
import { useDepartments } from '../../api/use-departments';
import { useLoad } from './use-load';
import { TASK_STATUSES } from '../../api/vocabulary';

const PAGE_SIZE = 50;

/** Tasks by department (those it leads or takes part in), status and plan; paged. */
export function TaskListPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const departments = useDepartments();
  const plans = useLoad('plans', (token) => readAllPages<Plan>(token, '/api/plans', {}, 2));
  // An official sees their own department's tasks first; "all" is an explicit choice.
  const departmentId = params.get('department') ?? session?.departmentId ?? '';
  const status = params.get('status') ?? '';
  const planId = params.get('plan') ?? '';
  const query = { departmentId, status, planId };
  const paging = useCursorPaging(JSON.stringify(query));
  const tasks = useApi<Page<TaskSummary>>('/api/tasks', {
    ...query,
    cursor: paging.cursor,
    limit: PAGE_SIZE,
  });
  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const participants = (task: TaskSummary) =>
    task.participantIds.map(departments.nameOf).join(t('common.listSeparator')) || t('common.none');

  return (
    <>
      <h1>{t('tasks.listTitle')}</h1>
      {session?.roles.includes('operator') ? (
        <p>
          <Link className="button primary" to="/tasks/new">
            {t('tasks.newTitle')}
          </Link>
        </p>
      ) : null}
      <form
        className="card form-row"
        role="search"
        aria-label={t('tasks.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label={t('tasks.filterDepartment')}>
          {(props) => (
            <select {...props} value={departmentId} onChange={(e) => choose('department', e.target.value)}>
              <option value="">{t('tasks.allDepartments')}</option>
              {departments.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.filterStatus')}>
          {(props) => (
            <select {...props} value={status} onChange={(e) => choose('status', e.target.value)}>
              <option value="">{t('tasks.allStatuses')}</option>
              {TASK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`tasks.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.filterPlan')}>
          {(props) => (
            <select {...props} value={planId} onChange={(e) => choose('plan', e.target.value)}>
              <option value="">{t('tasks.allPlans')}</option>
              {(plans.data?.items ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <Async loaded={tasks} keep>
        {(page) => (
          <DataTable
            caption={t('tasks.listCaption', { n: page.items.length })}
            rows={page.items}
            rowKey={(task) => task.id}
            csvName="tasks"
            onNextPage={page.nextCursor ? () => paging.next(page.nextCursor!) : undefined}
            onPreviousPage={paging.previous}
            columns={[
              {
                heading: t('tasks.name'),
                cell: (task) => (
                  <Link to={`/tasks/${task.id}`} state={{ name: task.name }}>
                    {task.name}
                  </Link>
                ),
                csv: (task) => task.name,
              },
              {
                heading: t('tasks.leadDepartment'),
                cell: (task) => departments.nameOf(task.leadDepartmentId),
                csv: (task) => departments.nameOf(task.leadDepartmentId),
              },
              { heading: t('tasks.participants'), cell: participants, csv: participants },
              {
                heading: t('common.status'),
                cell: (task) => <TaskStatusBadge status={task.status} />,
                csv: (task) => t(`tasks.status.${task.status}`),
              },
              {
                heading: t('tasks.window'),
                cell: (task) => t('tasks.windowRange', task.window),
                csv: (task) => t('tasks.windowRange', task.window),
              },
              {
                heading: t('tasks.entityCount'),
                cell: (task) => task.entityCount,
                csv: (task) => task.entityCount,
              },
              {
                heading: t('tasks.initiatedAt'),
                cell: (task) => beijingDate(Date.parse(task.initiatedAt)),
                csv: (task) => task.initiatedAt,
              },
            ]}
          />
        )}
      </Async>
    </>
  );
}
