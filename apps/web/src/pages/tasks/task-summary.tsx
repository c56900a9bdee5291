import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { DeadlineBadge } from '../../components/deadline-badge';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
import type { Criteria, Sampling } from './task-types';
import { CREDIT_RISK_CLASSES } from '../../api/vocabulary';
import { beijingDay } from '../../components/dates';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';

type T = ReturnType<typeof useI18n>['t'];

function criteriaText(t: T, criteria: Criteria): string {
  const parts = [
    criteria.kinds?.length
      ? t('tasks.criteriaKindsAre', {
          list: criteria.kinds.map((k) => t(`tasks.kind.${k}`)).join(t('common.listSeparator')),
        })
      : '',
    criteria.regionCodes?.length
      ? t('tasks.criteriaRegionsAre', { list: criteria.regionCodes.join(t('common.listSeparator')) })
      : '',
    criteria.industryCodes?.length
      ? t('tasks.criteriaIndustriesAre', { list: criteria.industryCodes.join(t('common.listSeparator')) })
      : '',
    criteria.tags?.length
      ? t('tasks.criteriaTagsAre', { list: criteria.tags.join(t('common.listSeparator')) })
      : '',
    criteria.scales?.length
      ? t('tasks.criteriaScalesAre', {
          list: criteria.scales.map((s) => t(`tasks.scale.${s}`)).join(t('common.listSeparator')),
        })
      : '',
  ].filter(Boolean);
  return parts.length ? parts.join(t('common.clauseSeparator')) : t('tasks.undirected');
}

const percent = (ratio: number) => `${Number((ratio * 100).toFixed(4))}%`;

function samplingText(t: T, sampling: Sampling): string {
  if (sampling.count !== undefined) return t('tasks.samplingCountIs', { n: sampling.count });
  const byClass = CREDIT_RISK_CLASSES.filter((c) => sampling.byCreditRisk?.[c] !== undefined)
    .map((c) => t('tasks.classRatioIs', { c, ratio: percent(sampling.byCreditRisk![c]!) }))
    .join(t('common.listSeparator'));
  const base =
    sampling.ratio !== undefined ? t('tasks.samplingRatioIs', { ratio: percent(sampling.ratio) }) : '';
  return [base, byClass].filter(Boolean).join(t('common.clauseSeparator'));
}

/** The task as initiated: who leads, who takes part, on what basis, whom it draws, when. */
export function TaskSummary() {
  const { t } = useI18n();
  const { task, facts, departmentName, itemName, offered } = useTaskDetail();
  const items = (ids: string[]) => ids.map(itemName).join(t('common.listSeparator')) || t('common.none');
  return (
    <section id="summary" className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('tasks.summaryTitle')}</h2>
      <dl className="facts">
        <dt>{t('tasks.leadDepartment')}</dt>
        <dd>
          {departmentName(task.leadDepartmentId)} — {items(task.itemIds)}
        </dd>
        <dt>{t('tasks.participants')}</dt>
        <dd>
          {task.participants.length === 0
            ? t('tasks.noParticipants')
            : task.participants
                .map((p) => `${departmentName(p.departmentId)}（${items(p.itemIds)}）`)
                .join(t('common.clauseSeparator'))}
        </dd>
        <dt>{t('tasks.basis')}</dt>
        <dd>
          {task.planId ? (
            <Link to={`/plans/${task.planId}`}>{t('tasks.inPlan')}</Link>
          ) : (
            t('tasks.basis.adhoc')
          )}
          {facts?.adhocReason ? ` — ${t('tasks.adhocReasonIs', { reason: facts.adhocReason })}` : ''}
        </dd>
        <dt>{t('tasks.criteriaTitle')}</dt>
        <dd>{criteriaText(t, task.criteria)}</dd>
        <dt>{t('tasks.samplingTitle')}</dt>
        <dd>{samplingText(t, task.sampling)}</dd>
        <dt>{t('tasks.window')}</dt>
        <dd>{t('tasks.windowRange', task.window)}</dd>
        {task.participants.length > 0 ? (
          <>
            <dt>{t('tasks.responseDue')}</dt>
            <dd>
              {task.status === 'initiated' &&
              task.participants.some((p) => !task.responses[p.departmentId]) ? (
                <DeadlineBadge due={task.responseDue.date} provisional={task.responseDue.provisional} />
              ) : (
                task.responseDue.date
              )}
            </dd>
          </>
        ) : null}
        {facts?.initiatedAt ? (
          <>
            <dt>{t('tasks.initiatedAt')}</dt>
            <dd>{beijingDay(facts.initiatedAt)}</dd>
          </>
        ) : null}
        {task.status === 'cancelled' && facts?.cancelReason ? (
          <>
            <dt>{t('tasks.cancelReason')}</dt>
            <dd>{facts.cancelReason}</dd>
          </>
        ) : null}
      </dl>
      {offered.cancel ? <CancelForm /> : null}
      {offered.requestCancellation ? <CancelForm afterDraw /> : null}
    </section>
  );
}

/** Before the draw the lead cancels; after it, the lead asks and its principal head decides. */
function CancelForm({ afterDraw = false }: { afterDraw?: boolean }) {
  const { t } = useI18n();
  const label = afterDraw ? t('tasks.requestCancellation') : t('tasks.cancelTask');
  const { task, refresh } = useTaskDetail();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useTaskCommand();
  const confirmation = useConfirmation();
  const submit = async () => {
    const path = afterDraw ? `/api/tasks/${task.id}/cancellation-requests` : `/api/tasks/${task.id}/cancel`;
    if (await cancel.run('POST', path, { reason: reason.trim() })) refresh();
  };
  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {label}
        </button>
      </div>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        confirmation.ask(() => void submit());
      }}
      aria-label={label}
    >
      {afterDraw ? <p className="field-hint">{t('tasks.requestCancellationHint')}</p> : null}
      <Field label={t('tasks.cancelReason')} name="reason" error={cancel.error} required>
        {(props) => (
          <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <div className="actions">
        <button type="submit" disabled={cancel.busy}>
          {afterDraw ? label : t('tasks.confirmCancel')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
        <ActionError error={cancel.error} />
        <FormProblems error={cancel.error} fields={['reason']} labels={{ reason: t('tasks.cancelReason') }} />
      </div>
      <ConfirmDialog
        control={confirmation}
        title={afterDraw ? label : t('tasks.confirm.cancelTitle')}
        confirmLabel={afterDraw ? label : t('tasks.confirm.cancel')}
      >
        <p>{afterDraw ? t('tasks.requestCancellationHint') : t('tasks.confirm.cancelBody')}</p>
      </ConfirmDialog>
    </form>
  );
}
