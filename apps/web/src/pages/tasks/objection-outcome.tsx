import { OBJECTION_NOTICE_MEANS, type ObjectionNoticeMeans } from '@app/domain/tasks/task-vocabulary';
import { type FormEvent, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { DeadlineBadge } from '../../components/deadline-badge';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
import type { Objection } from './task-types';
import { mayNotifyOutcome } from './objection-outcome-logic';

/**
 * After the review, the business is told the outcome within 15 working days (复查情况反馈检查对象;
 * Yiyuan 二十七): its deadline while owed, then how and when it was told, and whether late.
 */
export function ObjectionOutcome({ id, objection }: { id: string; objection: Objection }) {
  const { t } = useI18n();
  const { task, facts, actor } = useTaskDetail();
  const notice = facts?.objections[id]?.notice;
  if (notice) {
    return (
      <p>
        <span className="badge badge-ok">{t('tasks.objectionNotified')}</span>{' '}
        {t('tasks.outcomeNotified', {
          on: notice.notifiedOn,
          means: t(`tasks.noticeMeans.${notice.means as ObjectionNoticeMeans}`),
        })}
        {notice.late ? t('tasks.outcomeNotifiedLate') : ''}
      </p>
    );
  }
  if (objection.status !== 'reviewed') return null;
  return (
    <>
      {objection.noticeDue ? (
        <p>
          {t('tasks.outcomeNoticeDue')}{' '}
          <DeadlineBadge due={objection.noticeDue.date} provisional={objection.noticeDue.provisional} />
        </p>
      ) : null}
      {mayNotifyOutcome(task, objection, actor) ? <NotifyOutcome id={id} /> : null}
    </>
  );
}

function NotifyOutcome({ id }: { id: string }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const [means, setMeans] = useState<ObjectionNoticeMeans>('written');
  const notify = useTaskCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await notify.run('POST', `/api/tasks/${task.id}/objections/${id}/outcome-notice`, { means }))
      refresh();
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('tasks.notifyOutcomeForm')}>
      <Field label={t('tasks.noticeMeans')} name="means" error={notify.error} required>
        {(props) => (
          <select {...props} value={means} onChange={(e) => setMeans(e.target.value as ObjectionNoticeMeans)}>
            {OBJECTION_NOTICE_MEANS.map((m) => (
              <option key={m} value={m}>
                {t(`tasks.noticeMeans.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="submit" disabled={notify.busy}>
          {t('tasks.notifyOutcome')}
        </button>
        <ActionError error={notify.error} />
        <FormProblems error={notify.error} fields={['means']} labels={{ means: t('tasks.noticeMeans') }} />
      </div>
    </form>
  );
}
