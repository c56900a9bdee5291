import { type FormEvent, useState } from 'react';
import type { ReferralAnswer } from '@app/contract';
import { useCommand } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { FormProblems } from '../../components/form-problems';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';

/** 移送/转办 a result's finding to another department's inbox (ADR 50), from the result's department. */
export function ReferResult({
  entityId,
  departments,
}: {
  entityId: string;
  departments: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const { task, actor } = useTaskDetail();
  const refer = useCommand<ReferralAnswer>();
  const [toDepartmentId, setToDepartmentId] = useState('');
  const [kind, setKind] = useState<'referral' | 'transfer'>('referral');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<ReferralAnswer>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await refer.run('POST', '/api/referrals', {
      taskId: task.id,
      entityId,
      toDepartmentId,
      kind,
      reason: reason.trim(),
    });
    if (done) {
      setSent(done);
      setReason('');
    }
  };
  const labels = {
    toDepartmentId: t('referrals.referTo'),
    kind: t('referrals.kind'),
    reason: t('referrals.reason'),
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="refer-title">
      <h4 id="refer-title">{t('referrals.referTitle')}</h4>
      <div className="grid">
        <Field label={labels.toDepartmentId} name="toDepartmentId" error={refer.error} required>
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
        <Field label={labels.kind} name="kind" error={refer.error} required>
          {(props) => (
            <select
              {...props}
              value={kind}
              onChange={(e) => setKind(e.target.value as 'referral' | 'transfer')}
            >
              <option value="referral">{t('referrals.kind.referral')}</option>
              <option value="transfer">{t('referrals.kind.transfer')}</option>
            </select>
          )}
        </Field>
        <Field label={labels.reason} name="reason" error={refer.error} required>
          {(props) => (
            <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" disabled={refer.busy}>
          {t('referrals.refer')}
        </button>
        {sent ? <span role="status">{t('referrals.referred', { due: sent.acceptDue })}</span> : null}
        <ActionError error={refer.error} />
        <FormProblems error={refer.error} fields={['toDepartmentId', 'kind', 'reason']} labels={labels} />
      </div>
    </form>
  );
}
