import { type FormEvent, type ReactNode, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
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
  const request = useTaskCommand<{ requestId: string }>();
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
    <RequestForm
      id="replacement-title"
      title={t('tasks.replacementTitle')}
      submitLabel={t('tasks.requestReplacement')}
      request={request}
      sent={sent}
      labels={{
        outInspectorId: t('tasks.outInspector'),
        inInspectorId: t('tasks.inInspector'),
        reason: t('tasks.replacementReason'),
        note: t('tasks.requestNote'),
      }}
      onSubmit={submit}
    >
      <Field label={t('tasks.outInspector')} name="outInspectorId" error={request.error} required>
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
      <Field label={t('tasks.inInspector')} name="inInspectorId" error={request.error} required>
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
      <ReasonSelect
        label={t('tasks.replacementReason')}
        reasons={REPLACEMENT_REASONS}
        reasonLabel={(r) => t(`tasks.replacementReason.${r}`)}
        value={reason}
        onChange={setReason}
        error={request.error}
      />
      <NoteField value={note} onChange={setNote} error={request.error} />
    </RequestForm>
  );
}

/** 撤出检查对象 after lock (deregistered, moved away…): asked by the lead, approved by its head. */
export function WithdrawalRequestForm({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const [reason, setReason] = useState<EntityWithdrawalReason>('deregistered');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const request = useTaskCommand<{ requestId: string }>();
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
    <RequestForm
      id="withdrawal-title"
      title={t('tasks.withdrawalTitle')}
      submitLabel={t('tasks.requestWithdrawal')}
      request={request}
      sent={sent}
      labels={{ reason: t('tasks.withdrawalReason'), note: t('tasks.requestNote') }}
      onSubmit={submit}
    >
      <ReasonSelect
        label={t('tasks.withdrawalReason')}
        reasons={ENTITY_WITHDRAWAL_REASONS}
        reasonLabel={(r) => t(`tasks.withdrawalReason.${r}`)}
        value={reason}
        onChange={setReason}
        error={request.error}
      />
      <NoteField value={note} onChange={setNote} error={request.error} />
    </RequestForm>
  );
}

/** A request on a drawn entity: its fields in a grid, then the button and what came of it. */
export function RequestForm({
  id,
  title,
  submitLabel,
  request,
  sent,
  labels,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  submitLabel: string;
  request: { busy: boolean; error?: ApiFailure };
  sent: boolean;
  /** The fields the form shows, by the api's names, with their labels. */
  labels: Readonly<Record<string, string>>;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form className="inline-form" onSubmit={(e) => void onSubmit(e)} aria-labelledby={id}>
      <h4 id={id}>{title}</h4>
      <div className="grid">{children}</div>
      <div className="actions">
        <button type="submit" disabled={request.busy}>
          {submitLabel}
        </button>
        {sent ? <span role="status">{t('tasks.requestSent')}</span> : null}
        <ActionError error={request.error} />
        <FormProblems error={request.error} fields={Object.keys(labels)} labels={labels} />
      </div>
    </form>
  );
}

/** Why the request is made: one of the reasons the rules allow. */
function ReasonSelect<R extends string>({
  label,
  reasons,
  reasonLabel,
  value,
  onChange,
  error,
}: {
  label: string;
  reasons: readonly R[];
  reasonLabel: (reason: R) => string;
  value: R;
  onChange: (reason: R) => void;
  error?: ApiFailure;
}) {
  return (
    <Field label={label} name="reason" error={error} required>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value as R)}>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {reasonLabel(r)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The request's free-text note. */
function NoteField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (note: string) => void;
  error?: ApiFailure;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('tasks.requestNote')} name="note" error={error} required>
      {(props) => <textarea {...props} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
