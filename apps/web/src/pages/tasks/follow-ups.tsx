import { type FormEvent, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '../../api/vocabulary';
import { beijingDay } from '../../components/dates';
import { ReferResult } from './refer-result';

/** What was done after the inspection: referral to the competent department, listing, case, transfer. */
export function FollowUps({
  entityId,
  departments,
}: {
  entityId: string;
  departments: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const { facts, offered, departmentName } = useTaskDetail();
  const recorded = (facts?.followUps ?? []).filter((f) => f.entityId === entityId);
  if (recorded.length === 0 && !offered.followUp) return null;
  return (
    <section className="card" aria-labelledby="follow-ups-title">
      <h3 id="follow-ups-title">{t('tasks.followUpsTitle')}</h3>
      {recorded.length === 0 ? (
        <p>{t('tasks.noFollowUps')}</p>
      ) : (
        <ul className="timeline">
          {recorded.map((f) => (
            <li key={`${f.occurredAt}${f.kind}${f.departmentId}`}>
              <strong>{t(`tasks.followUp.${f.kind}`)}</strong> · {departmentName(f.departmentId)}
              {f.toDepartmentId ? ` → ${departmentName(f.toDepartmentId)}` : ''} · {beijingDay(f.occurredAt)}
              <br />
              {f.detail ?? (f.withheld ? <em>{t(`tasks.withheld.${f.withheld}`)}</em> : null)}
            </li>
          ))}
        </ul>
      )}
      {offered.followUp ? <RecordFollowUp entityId={entityId} departments={departments} /> : null}
      {offered.followUp ? <ReferResult entityId={entityId} departments={departments} /> : null}
    </section>
  );
}

function RecordFollowUp({
  entityId,
  departments,
}: {
  entityId: string;
  departments: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const { task, actor, refresh } = useTaskDetail();
  const [kind, setKind] = useState<FollowUpKind>('referral');
  const [detail, setDetail] = useState('');
  const [toDepartmentId, setToDepartmentId] = useState('');
  const record = useTaskCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await record.run('POST', `/api/tasks/${task.id}/follow-ups`, {
      entityId,
      kind,
      detail: detail.trim(),
      ...(kind === 'referral' && toDepartmentId ? { toDepartmentId } : {}),
    });
    if (done) {
      setDetail('');
      refresh();
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="follow-up-title">
      <h4 id="follow-up-title">{t('tasks.recordFollowUpTitle')}</h4>
      <div className="grid">
        <Field label={t('tasks.followUpKind')} name="kind" error={record.error} required>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as FollowUpKind)}>
              {FOLLOW_UP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`tasks.followUp.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === 'referral' ? (
          <Field label={t('tasks.referTo')} name="toDepartmentId" error={record.error} required>
            {(props) => (
              <select {...props} value={toDepartmentId} onChange={(e) => setToDepartmentId(e.target.value)}>
                <option value="">{t('tasks.chooseDepartment')}</option>
                {departments
                  .filter((d) => d.id !== actor.departmentId)
                  .map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('tasks.followUpDetail')} name="detail" error={record.error} required>
          {(props) => (
            <textarea {...props} rows={2} value={detail} onChange={(e) => setDetail(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" disabled={record.busy}>
          {t('tasks.recordFollowUp')}
        </button>
        <ActionError error={record.error} />
        <FormProblems
          error={record.error}
          fields={['kind', 'toDepartmentId', 'detail']}
          labels={{
            kind: t('tasks.followUpKind'),
            toDepartmentId: t('tasks.referTo'),
            detail: t('tasks.followUpDetail'),
          }}
        />
      </div>
    </form>
  );
}
