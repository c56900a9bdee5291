import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import type { Role } from '@app/domain/roles';
import { DeadlineBadge } from '../../components/deadline-badge';
import type { TaskSummary } from '../tasks/task-types';
import { useDepartments } from '../../api/use-departments';
import { useUserNames } from '../../api/use-user-names';
import { Person } from '../../components/person';
import type { OwedDisclosure } from '../tasks/use-publication-due';
import { DrawLockSection } from './draw-lock-section';
import { WorkbenchTable } from './paged-table';
import { type WorkTask, workbenchItems } from './workbench-items';

/** The entity a request is about; none for a cancellation (it is about the whole task). */
const entityOfRequest = (request: { kind: string } & ({ entityId: string } | object)): string | undefined =>
  'entityId' in request ? request.entityId : undefined;

const taskLink = (task: TaskSummary, entityId?: string) => (
  <Link
    to={`/tasks/${task.id}${entityId ? `?entity=${encodeURIComponent(entityId)}` : ''}`}
    state={{ name: task.name }}
  >
    {task.name}
  </Link>
);

/** The lists of what waits for the user, each shown to the roles that act on it. */
export function WorkSections({
  tasks,
  today,
  owed,
}: {
  tasks: readonly WorkTask[];
  today: string;
  owed?: Map<string, OwedDisclosure>;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const items = session
    ? workbenchItems(
        tasks,
        {
          userId: session.userId,
          inspectorId: session.inspectorId,
          departmentId: session.departmentId,
          roles: session.roles,
        },
        today,
      )
    : undefined;
  const users = useUserNames(items?.approvalsWaiting.map((i) => i.request.requesterId) ?? []);
  if (!session || !items) return null;
  const is = (...roles: Role[]) => roles.some((r) => session.roles.includes(r));
  // Answering is an operator's act, publishing a head's (docs/security.md).
  const shown = [is('operator'), is('inspector'), is('head'), is('head', 'principal')];
  return (
    <>
      {shown[0] ? (
        <section className="card" aria-labelledby="awaiting-title">
          <h2 id="awaiting-title">
            {t('tasks.awaitingResponsesTitle', { n: items.awaitingResponses.length })}
          </h2>
          <WorkbenchTable
            caption={t('tasks.awaitingResponsesCaption')}
            rows={items.awaitingResponses}
            rowKey={(i) => i.task.id}
            columns={() => [
              { heading: t('tasks.name'), cell: (i) => taskLink(i.task) },
              {
                heading: t('tasks.leadDepartment'),
                cell: (i) => departments.nameOf(i.task.leadDepartmentId),
              },
              { heading: t('tasks.window'), cell: (i) => t('tasks.windowRange', i.task.window) },
              {
                heading: t('tasks.responseDue'),
                cell: (i) => <DeadlineBadge due={i.due.date} today={today} provisional={i.due.provisional} />,
              },
            ]}
          />
        </section>
      ) : null}
      {shown[0] ? <DrawLockSection tasks={tasks} departmentId={session.departmentId} /> : null}
      {shown[1] ? (
        <section className="card" aria-labelledby="to-enter-title">
          <h2 id="to-enter-title">{t('tasks.resultsToEnterTitle', { n: items.resultsToEnter.length })}</h2>
          <WorkbenchTable
            caption={t('tasks.resultsToEnterCaption')}
            rows={items.resultsToEnter}
            rowKey={(i) => `${i.task.id}|${i.entityId}`}
            entityOf={(i) => i.entityId}
            columns={(entityName) => [
              { heading: t('tasks.name'), cell: (i) => taskLink(i.task, i.entityId) },
              { heading: t('tasks.entity'), cell: (i) => entityName(i.entityId) },
              { heading: t('common.department'), cell: (i) => departments.nameOf(i.departmentId) },
              { heading: t('tasks.enterBy'), cell: (i) => <DeadlineBadge due={i.windowTo} today={today} /> },
            ]}
          />
        </section>
      ) : null}
      {shown[2] ? (
        <section className="card" aria-labelledby="to-publish-title">
          <h2 id="to-publish-title">
            {t('tasks.publicationsWaitingTitle', { n: items.publicationsWaiting.length })}
          </h2>
          <WorkbenchTable
            caption={t('tasks.publicationsWaitingCaption')}
            rows={items.publicationsWaiting}
            rowKey={(i) => `${i.task.id}|${i.entityId}`}
            entityOf={(i) => i.entityId}
            columns={(entityName) => [
              { heading: t('tasks.name'), cell: (i) => taskLink(i.task, i.entityId) },
              { heading: t('tasks.entity'), cell: (i) => entityName(i.entityId) },
              { heading: t('tasks.entries'), cell: (i) => i.entries },
              {
                heading: t('tasks.publicationDue'),
                cell: (i) => {
                  const due = owed?.get(`${i.task.id}|${i.entityId}`);
                  return due ? (
                    <DeadlineBadge due={due.dueDate} today={today} provisional={due.provisional} />
                  ) : (
                    '—'
                  );
                },
              },
            ]}
          />
        </section>
      ) : null}
      {shown[3] ? (
        <section className="card" aria-labelledby="approvals-title">
          <h2 id="approvals-title">
            {t('tasks.approvalsWaitingTitle', { n: items.approvalsWaiting.length })}
          </h2>
          <WorkbenchTable
            caption={t('tasks.approvalsWaitingCaption')}
            rows={items.approvalsWaiting}
            rowKey={(i) => i.requestId}
            entityOf={(i) => entityOfRequest(i.request) ?? ''}
            columns={(entityName) => [
              { heading: t('tasks.name'), cell: (i) => taskLink(i.task, entityOfRequest(i.request)) },
              { heading: t('tasks.requestKind'), cell: (i) => t(`tasks.requestKind.${i.request.kind}`) },
              {
                heading: t('tasks.entity'),
                cell: (i) => {
                  const entityId = entityOfRequest(i.request);
                  return entityId ? entityName(entityId) : '—';
                },
              },
              {
                heading: t('tasks.requester'),
                cell: (i) => <Person id={i.request.requesterId} name={users.nameOf} />,
              },
            ]}
          />
        </section>
      ) : null}
      {!shown.some(Boolean) ? <p>{t('tasks.workbenchNothingForRole')}</p> : null}
    </>
  );
}
