import { type FormEvent, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
import { useDepartments } from '../../api/use-departments';
import { useEntities } from './use-names';
import { mayHandOver, movedAwayEntities } from './hand-over-logic';

/**
 * 迁出企业的移交 (Yiyuan 二十八): a business withdrawn as moved away is handed over to the
 * department of its new region, which takes it into a task of its own or declines (the 转交 page).
 */
export function HandOverSection() {
  const { t } = useI18n();
  const { task, actor, departmentName } = useTaskDetail();
  const moved = movedAwayEntities(task);
  const entities = useEntities(moved);
  if (moved.length === 0) return null;
  return (
    <section className="card" aria-labelledby="hand-overs-title">
      <h3 id="hand-overs-title">{t('handOvers.sectionTitle')}</h3>
      <ul className="timeline">
        {moved.map((entityId) => {
          const handOver = task.handOvers?.[entityId];
          const name = entities.name(entityId);
          return (
            <li key={entityId}>
              <strong>{name}</strong>{' '}
              {handOver ? (
                <span className="badge">
                  {t('handOvers.handedTo', {
                    department: departmentName(handOver.toDepartmentId),
                    status: t(`handOvers.status.${handOver.status}`),
                  })}
                </span>
              ) : (
                <span className="badge badge-warn">{t('handOvers.notHandedOver')}</span>
              )}
              {mayHandOver(task, actor, entityId) ? <HandOverForm entityId={entityId} name={name} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function HandOverForm({ entityId, name }: { entityId: string; name: string }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const { departments } = useDepartments();
  const [toDepartmentId, setTo] = useState('');
  const [note, setNote] = useState('');
  const handOver = useTaskCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { entityId, toDepartmentId, note: note.trim() };
    if (await handOver.run('POST', `/api/tasks/${task.id}/hand-overs`, body)) refresh();
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('handOvers.formFor', { entity: name })}
    >
      <Field label={t('handOvers.toDepartment')} name="toDepartmentId" error={handOver.error} required>
        {(props) => (
          <select {...props} value={toDepartmentId} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('handOvers.chooseDepartment')}</option>
            {departments
              .filter((d) => d.id !== task.leadDepartmentId)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label={t('handOvers.note')} name="note" error={handOver.error} required>
        {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={handOver.busy}>
          {t('handOvers.handOver')}
        </button>
        <ActionError error={handOver.error} />
        <FormProblems
          error={handOver.error}
          fields={['toDepartmentId', 'note']}
          labels={{ toDepartmentId: t('handOvers.toDepartment'), note: t('handOvers.note') }}
        />
      </div>
    </form>
  );
}
