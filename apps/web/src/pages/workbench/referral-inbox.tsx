import { type FormEvent, useState } from 'react';
import type { ReferralAnswer } from '@app/contract';
import { useApi, useCommand } from '../../api/use-api';
import { useDepartments } from '../../api/use-departments';
import { ActionError, Field } from '../../components/field';
import { FormProblems } from '../../components/form-problems';
import { useI18n } from '../../i18n/i18n';

const OUTCOMES = ['caseFiled', 'penalty', 'rectified', 'noViolation', 'judicialTransfer'] as const;

/** 移送给本部门的事项: the receiving department accepts or returns each, then records its outcome (ADR 50). */
export function ReferralInbox({ departmentId, today }: { departmentId: string; today: string }) {
  const { t } = useI18n();
  const inbox = useApi<{ items: ReferralAnswer[] }>('/api/referrals', { to: departmentId });
  const open = (inbox.data?.items ?? []).filter((r) => r.state !== 'returned' && r.state !== 'decided');
  if (open.length === 0) return null;
  return (
    <section className="card" aria-labelledby="referral-inbox-title">
      <h2 id="referral-inbox-title">{t('referrals.inboxTitle', { n: open.length })}</h2>
      <p className="field-hint">{t('referrals.inboxCaption')}</p>
      <ul className="timeline">
        {open.map((r) => (
          <ReferralItem key={r.id} referral={r} today={today} done={inbox.reload} />
        ))}
      </ul>
    </section>
  );
}

function ReferralItem({
  referral: r,
  today,
  done,
}: {
  referral: ReferralAnswer;
  today: string;
  done: () => void;
}) {
  const { t } = useI18n();
  const departments = useDepartments();
  const act = useCommand<ReferralAnswer>();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('caseFiled');
  const [decidedOn, setDecidedOn] = useState(today);
  const [notes, setNotes] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const send = async (path: string, body?: unknown) => {
    if (await act.run('POST', `/api/referrals/${r.id}/${path}`, body)) done();
  };
  const record = (event: FormEvent) => {
    event.preventDefault();
    void send('outcome', { outcome, decidedOn, notes, ...(outcome === 'caseFiled' ? { caseNumber } : {}) });
  };
  const due = r.state === 'sent' ? r.acceptDue : r.outcomeDue;
  return (
    <li>
      <strong>{t(`referrals.kind.${r.referralKind}`)}</strong> · {departments.nameOf(r.fromDepartmentId)} ·{' '}
      {t(`referrals.state.${r.state}`)} · {t('referrals.due')} {due}
      <br />
      {r.reason}
      {r.state === 'sent' ? (
        <div className="actions">
          <button type="button" disabled={act.busy} onClick={() => void send('accept')}>
            {t('referrals.accept')}
          </button>
          <Field label={t('referrals.returnReason')} name="reason" error={act.error}>
            {(props) => <input {...props} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <button type="button" disabled={act.busy} onClick={() => void send('return', { reason })}>
            {t('referrals.returnIt')}
          </button>
        </div>
      ) : (
        <form className="inline-form" onSubmit={record}>
          <div className="grid">
            <Field label={t('referrals.outcome')} name="outcome" error={act.error} required>
              {(props) => (
                <select
                  {...props}
                  value={outcome}
                  onChange={(e) => setOutcome(e.target.value as (typeof OUTCOMES)[number])}
                >
                  {OUTCOMES.filter((o) => r.state !== 'caseFiled' || o !== 'caseFiled').map((o) => (
                    <option key={o} value={o}>
                      {t(`referrals.outcome.${o}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('referrals.decidedOn')} name="decidedOn" error={act.error} required>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={decidedOn}
                  onChange={(e) => setDecidedOn(e.target.value)}
                />
              )}
            </Field>
            {outcome === 'caseFiled' ? (
              <Field label={t('referrals.caseNumber')} name="caseNumber" error={act.error} required>
                {(props) => (
                  <input {...props} value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)} />
                )}
              </Field>
            ) : null}
            <Field label={t('referrals.notes')} name="notes" error={act.error}>
              {(props) => (
                <textarea {...props} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
              )}
            </Field>
          </div>
          <button type="submit" disabled={act.busy}>
            {t('referrals.recordOutcome')}
          </button>
        </form>
      )}
      <ActionError error={act.error} />
      <FormProblems
        error={act.error}
        fields={['reason', 'outcome', 'decidedOn', 'caseNumber', 'notes']}
        labels={{
          reason: t('referrals.returnReason'),
          outcome: t('referrals.outcome'),
          decidedOn: t('referrals.decidedOn'),
          caseNumber: t('referrals.caseNumber'),
          notes: t('referrals.notes'),
        }}
      />
    </li>
  );
}
