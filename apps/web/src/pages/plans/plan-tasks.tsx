import type { Page } from '@app/contract';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useCursorPaging } from '../../components/paging';
import { Async } from '../../components/states';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';

interface TaskSummary {
  id: string;
  name: string;
  leadDepartmentId: string;
  status: 'initiated' | 'locked' | 'cancelled';
  window: { from: string; to: string };
  entityCount: number;
}

/** The inspection tasks initiated under the plan, a page at a time. */
export function PlanTasks({ planId, nameOf }: { planId: string; nameOf: (departmentId: string) => string }) {
  const { t } = useI18n();
  const paging = useCursorPaging(planId);
  const loaded = useApi<Page<TaskSummary>>('/api/tasks', { planId, limit: 20, cursor: paging.cursor });
  return (
    <section className="card" aria-labelledby="plan-tasks">
      <h2 id="plan-tasks">{t('plans.tasks')}</h2>
      <Async loaded={loaded}>
        {(page) => (
          <DataTable
            caption={t('plans.tasksCaption')}
            columns={[
              {
                heading: t('plans.taskName'),
                cell: (r) => <Link to={`/tasks/${r.id}`}>{r.name}</Link>,
                csv: (r) => r.name,
              },
              {
                heading: t('plans.leadDepartment'),
                cell: (r) => nameOf(r.leadDepartmentId),
                csv: (r) => nameOf(r.leadDepartmentId),
              },
              {
                heading: t('common.status'),
                cell: (r) => t(`plans.taskStatus.${r.status}`),
                csv: (r) => t(`plans.taskStatus.${r.status}`),
              },
              {
                heading: t('plans.taskWindow'),
                cell: (r) => `${r.window.from} — ${r.window.to}`,
                csv: (r) => `${r.window.from} — ${r.window.to}`,
              },
              { heading: t('plans.entityCount'), cell: (r) => r.entityCount, csv: (r) => r.entityCount },
            ]}
            rows={page.items}
            rowKey={(r) => r.id}
            csvName={t('plans.tasksCsv')}
            onNextPage={page.nextCursor ? () => paging.next(page.nextCursor!) : undefined}
            onPreviousPage={paging.previous}
          />
        )}
      </Async>
    </section>
  );
}
