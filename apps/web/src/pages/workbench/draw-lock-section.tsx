import { Link } from 'react-router';
import { useDepartments } from '../../api/use-departments';
import { useI18n } from '../../i18n/i18n';
import { drawLockItems } from './draw-lock-items';
import { WorkbenchTable } from './paged-table';
import type { WorkTask } from './workbench-items';

/** 待抽取、待锁定: the tasks before their lock that wait on the operator's department. */
export function DrawLockSection({
  tasks,
  departmentId,
}: {
  tasks: readonly WorkTask[];
  departmentId: string;
}) {
  const { t } = useI18n();
  const departments = useDepartments();
  const waiting = drawLockItems(tasks, departmentId);
  return (
    <section className="card" aria-labelledby="draw-lock-title">
      <h2 id="draw-lock-title">{t('org.waiting.title', { n: waiting.length })}</h2>
      <WorkbenchTable
        caption={t('org.waiting.caption')}
        rows={waiting}
        rowKey={(w) => w.task.id}
        columns={() => [
          {
            heading: t('tasks.name'),
            cell: (w) => (
              <Link to={`/tasks/${w.task.id}`} state={{ name: w.task.name }}>
                {w.task.name}
              </Link>
            ),
          },
          { heading: t('org.waiting.step'), cell: (w) => t(`org.waiting.${w.step}`) },
          {
            heading: t('tasks.leadDepartment'),
            cell: (w) => departments.nameOf(w.task.leadDepartmentId),
          },
          { heading: t('tasks.window'), cell: (w) => t('tasks.windowRange', w.task.window) },
        ]}
      />
    </section>
  );
}
