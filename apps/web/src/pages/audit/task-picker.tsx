import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useDepartments } from '../../api/use-departments';
import { TASK_STATUSES } from '../../api/vocabulary';
import { usePagedList } from '../registers/use-paged-list';

interface TaskListRow {
  id: string;
  name: string;
  leadDepartmentId: string;
  status: string;
  window: { from: string; to: string };
}

/** Enter a task's id, or pick it from the (paged) task list. */
export function TaskPicker({ current, listOpen }: { current?: string; listOpen: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const departments = useDepartments();
  const [taskId, setTaskId] = useState(current ?? '');
  const [status, setStatus] = useState('');
  const [showList, setShowList] = useState(listOpen);
  const tasks = usePagedList<TaskListRow>(showList ? '/api/tasks' : undefined, { status }, 20);
  const open = (id: string) => void navigate(`/audit/tasks/${encodeURIComponent(id)}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (taskId.trim()) open(taskId.trim());
  };
  const columns: Column<TaskListRow>[] = [
    { heading: t('audit.history.name'), cell: (r) => r.name },
    { heading: t('audit.history.lead'), cell: (r) => departments.nameOf(r.leadDepartmentId) },
    {
      heading: t('audit.stateAt.status'),
      cell: (r) =>
        (TASK_STATUSES as readonly string[]).includes(r.status)
          ? t(`audit.taskStatus.${r.status as (typeof TASK_STATUSES)[number]}`)
          : r.status,
    },
    {
      heading: t('audit.stateAt.window'),
      cell: (r) => t('audit.stateAt.windowValue', { from: r.window.from, to: r.window.to }),
    },
    {
      heading: t('audit.history.actions'),
      cell: (r) => (
        <button
          type="button"
          aria-label={t('audit.history.openNamed', { name: r.name })}
          onClick={() => open(r.id)}
        >
          {t('audit.history.open')}
        </button>
      ),
    },
  ];
  return (
    <section className="card" aria-labelledby="task-picker">
      <h2 id="task-picker">{t('audit.history.pick')}</h2>
      <form className="form-row" onSubmit={submit}>
        <Field label={t('audit.history.taskId')}>
          {(props) => (
            <input
              {...props}
              className="mono"
              size={40}
              value={taskId}
              onChange={(e) => setTaskId(e.target.value)}
              required
            />
          )}
        </Field>
        <div className="field action-row">
          <button type="submit" className="primary">
            {t('audit.history.open')}
          </button>
          <button type="button" aria-expanded={showList} onClick={() => setShowList(!showList)}>
            {showList ? t('audit.history.hideList') : t('audit.history.orChoose')}
          </button>
        </div>
      </form>
      {showList ? (
        <>
          <div className="rx-narrow">
            <Field label={t('audit.stateAt.status')}>
              {(props) => (
                <select {...props} value={status} onChange={(e) => setStatus(e.target.value)}>
                  <option value="">{t('audit.acc.any')}</option>
                  {TASK_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`audit.taskStatus.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Async loaded={tasks} keep>
            {() => (
              <DataTable
                caption={t('audit.history.listCaption')}
                columns={columns}
                rows={tasks.rows}
                rowKey={(r) => r.id}
                onNextPage={tasks.onNextPage}
                onPreviousPage={tasks.onPreviousPage}
              />
            )}
          </Async>
        </>
      ) : null}
    </section>
  );
}
