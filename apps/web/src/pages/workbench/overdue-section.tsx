import type { OverdueResponse } from '@app/contract';
import { Link } from 'react-router';
import { Async } from '../../components/states';
import type { ApiFailure } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { OwedDisclosure } from '../tasks/use-publication-due';
import { WorkbenchTable } from './paged-table';

interface Loaded<T> {
  data?: T;
  error?: ApiFailure;
  loading: boolean;
  reload: () => void;
}

/** Our department's overdue results (not entered, not published, published late) and responses. */
export function OverdueSection({
  disclosures,
  responses,
  taskName,
}: {
  disclosures: Loaded<{ asOf: string; items: OwedDisclosure[] }>;
  responses: Loaded<{ asOf: string; items: OverdueResponse[] }>;
  taskName: (taskId: string) => string | undefined;
}) {
  const { t } = useI18n();
  const task = (taskId: string, entityId?: string) => (
    <Link to={`/tasks/${taskId}${entityId ? `?entity=${encodeURIComponent(entityId)}` : ''}`}>
      {taskName(taskId) ?? taskId}
    </Link>
  );
  const late = (n: number) => (
    <span className="badge badge-bad">{t('common.workingDaysOverdue', { n })}</span>
  );
  return (
    <section className="card" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('tasks.overdueTitle')}</h2>
      <h3>{t('tasks.overdueDisclosuresTitle')}</h3>
      <Async loaded={disclosures} keep>
        {(answer) => (
          <WorkbenchTable
            caption={t('tasks.overdueDisclosuresCaption', { asOf: answer.asOf, n: answer.items.length })}
            rows={answer.items}
            rowKey={(o) => `${o.taskId}|${o.entityId}|${o.departmentId}`}
            entityOf={(o) => o.entityId}
            csvName="overdue-disclosures"
            columns={(entityName) => [
              {
                heading: t('tasks.name'),
                cell: (o) => task(o.taskId, o.entityId),
                csv: (o) => taskName(o.taskId) ?? o.taskId,
              },
              { heading: t('tasks.entity'), cell: (o) => entityName(o.entityId), csv: (o) => o.entityId },
              {
                heading: t('common.status'),
                cell: (o) => t(`tasks.overdue.${o.state}`),
                csv: (o) => t(`tasks.overdue.${o.state}`),
              },
              { heading: t('tasks.publicationDue'), cell: (o) => o.dueDate, csv: (o) => o.dueDate },
              {
                heading: t('tasks.overdueBy'),
                cell: (o) => late(o.workingDaysOverdue),
                csv: (o) => o.workingDaysOverdue,
              },
            ]}
          />
        )}
      </Async>
      <h3>{t('tasks.overdueResponsesTitle')}</h3>
      <Async loaded={responses} keep>
        {(answer) => (
          <WorkbenchTable
            caption={t('tasks.overdueResponsesCaption', { asOf: answer.asOf, n: answer.items.length })}
            rows={answer.items}
            rowKey={(o) => `${o.taskId}|${o.departmentId}`}
            csvName="overdue-responses"
            columns={() => [
              {
                heading: t('tasks.name'),
                cell: (o) => task(o.taskId),
                csv: (o) => taskName(o.taskId) ?? o.taskId,
              },
              {
                heading: t('common.status'),
                cell: (o) => t(`tasks.overdue.${o.state}`),
                csv: (o) => t(`tasks.overdue.${o.state}`),
              },
              { heading: t('tasks.responseDue'), cell: (o) => o.dueDate, csv: (o) => o.dueDate },
              {
                heading: t('tasks.overdueBy'),
                cell: (o) => late(o.workingDaysOverdue),
                csv: (o) => o.workingDaysOverdue,
              },
            ]}
          />
        )}
      </Async>
    </section>
  );
}
