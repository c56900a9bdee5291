import { resultKey } from '@app/domain';
import { useEffect, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { useResultEntry } from './use-result-entry';
import { EntryStatus } from './entry-status';
import { CapturedFiles, EvidenceInputs } from './evidence-capture';
import { useEvidenceCapture } from './use-evidence-capture';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { blankResult, draftOf, resultOf } from './result-draft';
import { ResultForm } from './result-form';
import type { InspectionResult } from './task-types';
import { itemsOf } from './task-view';
import { defaultInspectionDay } from './act-reasons';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';

/**
 * 录入: an inspector of the entity's team enters (or enters again) their department's result. What
 * is typed is kept on this phone, and a submitted entry that cannot reach the api waits there and
 * is sent when the connection returns (use-result-entry.ts).
 */
export function EnterResult({ entityId, departmentId }: { entityId: string; departmentId: string }) {
  const { t } = useI18n();
  const { task, today, itemName, refresh, acts } = useTaskDetail();
  const [open, setOpen] = useState(false);
  const entered = task.entered[resultKey(entityId, departmentId)];
  const items = itemsOf(task, departmentId);
  const entry = useResultEntry({ taskId: task.id, entityId, departmentId }, items, () => {
    setOpen(false);
    refresh();
  });
  // Files chosen with the entry are attached once the api confirms it (the result then exists).
  const capture = useEvidenceCapture(
    { taskId: task.id, entityId, departmentId },
    entry.phase.kind === 'sent',
  );
  // A refused entry stays open beside its reasons; a waiting one is said above the button instead.
  const queued = entry.phase.kind === 'queued';
  useEffect(() => {
    if (queued) setOpen(false);
  }, [queued]);
  const inspectedOn = defaultInspectionDay(task.window, today);
  if ('notBefore' in inspectedOn) {
    return (
      <div className="actions">
        <button type="button" disabled aria-describedby={`entry-why-not-${departmentId}`}>
          {t('tasks.enterResult')}
        </button>
        <span id={`entry-why-not-${departmentId}`} className="why-not">
          {t('tasks.whyNot.windowNotStarted', { from: inspectedOn.notBefore })}
        </span>
      </div>
    );
  }
  const status = <EntryStatus phase={entry.phase} onRetry={entry.retryNow} />;
  if (!open) {
    return (
      <>
        {status}
        <CapturedFiles capture={capture} />
        <div className="actions">
          <button
            type="button"
            className={entered ? undefined : 'primary'}
            disabled={entry.phase.kind === 'queued' || entry.phase.kind === 'sending'}
            onClick={() => {
              entry.dismiss();
              capture.clearDone();
              setOpen(true);
            }}
          >
            {entered ? t('tasks.enterAgain') : t('tasks.enterResult')}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <ResultForm
        title={t('tasks.enterResultTitle')}
        initial={
          entry.keptDraft() ??
          (entered ? draftOf(entered.result, items) : blankResult(items, inspectedOn.day))
        }
        inspectedOnRange={{ min: task.window.from, max: inspectedOn.day }}
        itemName={itemName}
        error={entry.error}
        busy={entry.phase.kind === 'sending'}
        submitLabel={t('tasks.submitResult')}
        onChange={entry.keep}
        evidence={<EvidenceInputs capture={capture} />}
        onCancel={() => setOpen(false)}
        onSubmit={(draft) => {
          acts.begin();
          entry.keep(draft);
          entry.submit(`/api/tasks/${task.id}/results`, { entityId, ...resultOf(draft) });
        }}
      />
      {status}
    </>
  );
}

/** 公示: the department's head publishes its entered result. */
export function Publish({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const publish = useTaskCommand();
  const confirmation = useConfirmation();
  const run = async () => {
    if (await publish.run('POST', `/api/tasks/${task.id}/publications`, { entityId })) refresh();
  };
  return (
    <div className="actions">
      <button
        type="button"
        className="primary"
        onClick={() => confirmation.ask(() => void run())}
        disabled={publish.busy}
      >
        {t('tasks.publish')}
      </button>
      <ActionError error={publish.error} />
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.confirm.publishTitle')}
        confirmLabel={t('tasks.confirm.publish')}
      >
        <p>{t('tasks.confirm.publishBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** A published result changes only by a correction the principal head approves (Yiyuan 二十七). */
export function RequestCorrection({
  entityId,
  departmentId,
  published,
}: {
  entityId: string;
  departmentId: string;
  published: InspectionResult;
}) {
  const { t } = useI18n();
  const { task, itemName, refresh } = useTaskDetail();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [objectionId, setObjectionId] = useState('');
  const correct = useTaskCommand();
  const objections = Object.entries(task.objections).filter(
    ([, o]) => o.entityId === entityId && o.departmentId === departmentId,
  );
  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('tasks.requestCorrection')}
        </button>
      </div>
    );
  }
  return (
    <ResultForm
      title={t('tasks.correctionTitle')}
      initial={draftOf(published, itemsOf(task, departmentId))}
      itemName={itemName}
      prefix="corrected."
      error={correct.error}
      busy={correct.busy}
      submitLabel={t('tasks.submitCorrection')}
      extraFields={{
        reason: t('tasks.correctionReason'),
        ...(objections.length > 0 ? { objectionId: t('tasks.correctionObjection') } : {}),
      }}
      extra={
        <div className="grid">
          <Field label={t('tasks.correctionReason')} name="reason" error={correct.error} required>
            {(props) => (
              <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
          {objections.length > 0 ? (
            <Field label={t('tasks.correctionObjection')} name="objectionId" error={correct.error}>
              {(props) => (
                <select {...props} value={objectionId} onChange={(e) => setObjectionId(e.target.value)}>
                  <option value="">{t('common.none')}</option>
                  {objections.map(([id, o]) => (
                    <option key={id} value={id}>
                      {t('tasks.objectionDueOn', { date: o.reviewDue.date })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>
      }
      onCancel={() => setOpen(false)}
      onSubmit={(draft) =>
        void correct
          .run('POST', `/api/tasks/${task.id}/correction-requests`, {
            entityId,
            corrected: resultOf(draft),
            reason: reason.trim(),
            ...(objectionId ? { objectionId } : {}),
          })
          .then((done) => {
            if (done) {
              setOpen(false);
              refresh();
            }
          })
      }
    />
  );
}
