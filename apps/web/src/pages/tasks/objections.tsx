import { actingDepartments } from '@app/domain';
import { type FormEvent, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { DeadlineBadge } from '../../components/deadline-badge';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
import type { Objection } from './task-types';
import { ObjectionOutcome } from './objection-outcome';

/** An entity's objections to published results: reviewed within 20 working days (Yiyuan 二十七). */
export function Objections({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const { task, offered } = useTaskDetail();
  const objections = Object.entries(task.objections).filter(([, o]) => o.entityId === entityId);
  const publishedBy = actingDepartments(task).filter((d) => task.published[`${entityId}|${d}`]);
  if (objections.length === 0 && !(offered.fileObjection && publishedBy.length > 0)) return null;
  return (
    <section className="card" aria-labelledby="objections-title">
      <h3 id="objections-title">{t('tasks.objectionsTitle')}</h3>
      {objections.length === 0 ? <p>{t('tasks.noObjections')}</p> : null}
      <ul className="timeline">
        {objections.map(([id, objection]) => (
          <ObjectionItem key={id} id={id} objection={objection} />
        ))}
      </ul>
      {offered.fileObjection && publishedBy.length > 0 ? (
        <FileObjection entityId={entityId} departments={publishedBy} />
      ) : null}
    </section>
  );
}

function ObjectionItem({ id, objection }: { id: string; objection: Objection }) {
  const { t } = useI18n();
  const { facts, actor, offered, departmentName } = useTaskDetail();
  const said = facts?.objections[id];
  return (
    <li>
      <strong>{t('tasks.objectionTo', { department: departmentName(objection.departmentId) })}</strong>{' '}
      {objection.status !== 'filed' ? (
        <span className="badge badge-ok">{t('tasks.objectionReviewed')}</span>
      ) : (
        <DeadlineBadge due={objection.reviewDue.date} provisional={objection.reviewDue.provisional} />
      )}
      {said ? (
        <p>
          {t('tasks.objectionGrounds', {
            grounds: said.grounds ?? (said.withheld ? t(`tasks.withheld.${said.withheld}`) : ''),
            on: said.receivedOn ?? '',
          })}
        </p>
      ) : null}
      {said?.reviewedOn ? (
        <p>
          {t(said.upheld ? 'tasks.objectionUpheld' : 'tasks.objectionDismissed', {
            reply: said.reply ?? '',
            on: said.reviewedOn,
          })}
        </p>
      ) : null}
      <ObjectionOutcome id={id} objection={objection} />
      {offered.reviewObjection &&
      objection.status === 'filed' &&
      objection.departmentId === actor.departmentId ? (
        <ReviewObjection id={id} />
      ) : null}
    </li>
  );
}

function FileObjection({ entityId, departments }: { entityId: string; departments: string[] }) {
  const { t } = useI18n();
  const { task, departmentName, refresh } = useTaskDetail();
  const [departmentId, setDepartmentId] = useState(departments[0]);
  const [grounds, setGrounds] = useState('');
  const file = useTaskCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await file.run('POST', `/api/tasks/${task.id}/objections`, {
      entityId,
      departmentId,
      grounds: grounds.trim(),
    });
    if (done) {
      setGrounds('');
      refresh();
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="file-objection-title">
      <h4 id="file-objection-title">{t('tasks.fileObjectionTitle')}</h4>
      <div className="grid">
        <Field label={t('tasks.objectionDepartment')} name="departmentId" error={file.error} required>
          {(props) => (
            <select {...props} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
              {departments.map((d) => (
                <option key={d} value={d}>
                  {departmentName(d)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.grounds')} name="grounds" error={file.error} required>
          {(props) => (
            <textarea {...props} rows={2} value={grounds} onChange={(e) => setGrounds(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" disabled={file.busy}>
          {t('tasks.fileObjection')}
        </button>
        <ActionError error={file.error} />
        <FormProblems
          error={file.error}
          fields={['departmentId', 'grounds']}
          labels={{ departmentId: t('tasks.objectionDepartment'), grounds: t('tasks.grounds') }}
        />
      </div>
    </form>
  );
}

function ReviewObjection({ id }: { id: string }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const [upheld, setUpheld] = useState(false);
  const [reply, setReply] = useState('');
  const review = useTaskCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await review.run('POST', `/api/tasks/${task.id}/objections/${id}/review`, {
      upheld,
      reply: reply.trim(),
    });
    if (done) refresh();
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('tasks.reviewObjectionForm')}
    >
      <label className="choice">
        <input type="checkbox" checked={upheld} onChange={(e) => setUpheld(e.target.checked)} />{' '}
        {t('tasks.upheld')}
      </label>
      <Field label={t('tasks.reviewReply')} name="reply" error={review.error} required>
        {(props) => <textarea {...props} rows={2} value={reply} onChange={(e) => setReply(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={review.busy}>
          {t('tasks.reviewObjection')}
        </button>
        <ActionError error={review.error} />
        <FormProblems
          error={review.error}
          fields={['upheld', 'reply']}
          labels={{ upheld: t('tasks.upheld'), reply: t('tasks.reviewReply') }}
        />
      </div>
    </form>
  );
}
