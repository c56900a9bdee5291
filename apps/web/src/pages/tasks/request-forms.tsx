import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { FormProblems } from './form-problems';
import {
  REPLACEMENT_REASONS,
  type ReplacementReason,
  ENTITY_WITHDRAWAL_REASONS,
  type EntityWithdrawalReason,
} from '../../api/vocabulary';

/**
 * 更换执法检查人员: only for a post change, a work conflict, health or recusal; the newcomer is
 * appointed (not drawn) and approved by the department's head, another person than the asker.
 */
export function ReplacementRequestForm({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const { task, actor, inspectors, inspectorName, refresh } = useTaskDetail();
  const members = (task.teams[entityId]?.members ?? []).filter((m) => m.departmentId === actor.departmentId);
  const candidates = [...inspectors.values()].filter(
    (i) =>
      i.departmentId === actor.departmentId &&
      i.status === 'active' &&
      !task.teams[entityId]?.members.some((m) => m.inspectorId === i.id),
  );
  const [outInspectorId, setOut] = useState(members[0]?.inspectorId ?? '');
  const [inInspectorId, setIn] = useState('');
  const [reason, setReason] = useState<ReplacementReason>('post_change');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const request = useCommand<{ requestId: string }>();
  if (members.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const done = await request.run('POST', `/api/tasks/${task.id}/replacement-requests`, {
      entityId,
      outInspectorId,
      inInspectorId,
      reason,
      note: note.trim(),
    });
    if (done) {
      setSent(true);
      setNote('');
      refresh();
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="replacement-title">
      <h4 id="replacement-title">{t('tasks.replacementTitle')}</h4>
      <div className="grid">
        <Field label={t('tasks.outInspector')} name="outInspectorId" error={request.error}>
          {(props) => (
            <select {...props} value={outInspectorId} onChange={(e) => setOut(e.target.value)}>
              {members.map((m) => (
                <option key={m.inspectorId} value={m.inspectorId}>
                  {inspectorName(m.inspectorId)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.inInspector')} name="inInspectorId" error={request.error}>
          {(props) => (
            <select {...props} value={inInspectorId} onChange={(e) => setIn(e.target.value)}>
              <option value="">{t('tasks.chooseInspector')}</option>
              {candidates.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}（{i.regionCode}）
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.replacementReason')} name="reason" error={request.error}>
          {(props) => (
            <select
              {...props}
              value={reason}
              onChange={(e) => setReason(e.target.value as ReplacementReason)}
            >
              {REPLACEMENT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`tasks.replacementReason.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.requestNote')} name="note" error={request.error}>
          {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" disabled={request.busy}>
          {t('tasks.requestReplacement')}
        </button>
        {sent ? <span role="status">{t('tasks.requestSent')}</span> : null}
        <ActionError error={request.error} />
        <FormProblems error={request.error} fields={['outInspectorId', 'inInspectorId', 'reason', 'note']} />
      </div>
    </form>
  );
}

/** 撤出检查对象 after lock (deregistered, moved away…): asked by the lead, approved by its head. */
export function WithdrawalRequestForm({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const [reason, setReason] = useState<EntityWithdrawalReason>('deregistered');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const request = useCommand<{ requestId: string }>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const done = await request.run('POST', `/api/tasks/${task.id}/withdrawal-requests`, {
      entityId,
      reason,
      note: note.trim(),
    });
    if (done) {
      setSent(true);
      setNote('');
      refresh();
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="withdrawal-title">
      <h4 id="withdrawal-title">{t('tasks.withdrawalTitle')}</h4>
      <div className="grid">
        <Field label={t('tasks.withdrawalReason')} name="reason" error={request.error}>
          {(props) => (
            <select
              {...props}
              value={reason}
              onChange={(e) => setReason(e.target.value as EntityWithdrawalReason)}
            >
              {ENTITY_WITHDRAWAL_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`tasks.withdrawalReason.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tasks.requestNote')} name="note" error={request.error}>
          {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" disabled={request.busy}>
          {t('tasks.requestWithdrawal')}
        </button>
        {sent ? <span role="status">{t('tasks.requestSent')}</span> : null}
        <ActionError error={request.error} />
        <FormProblems error={request.error} fields={['reason', 'note']} />
      </div>
    </form>
  );
}
