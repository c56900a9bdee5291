import type { Page } from '@app/contract';
import { type FormEvent, useState } from 'react';
import { useApi, useCommand } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { FormProblems } from '../../components/form-problems';
import { useI18n } from '../../i18n/i18n';
import type { TaskSummary } from '../tasks/task-types';
import {
  type HandOverAnswerDraft,
  type HandOverItem,
  handOverAnswerBody,
  liveTasks,
} from './hand-overs-logic';

/**
 * The receiving department's answer to a hand-over: the business taken into one of its own live
 * tasks, or declined with a reason (the lead sees which on its sent list).
 */
export function HandOverAnswer({
  item,
  departmentId,
  onAnswered,
}: {
  item: HandOverItem;
  departmentId: string;
  onAnswered: () => void;
}) {
  const { t } = useI18n();
  const tasks = useApi<Page<TaskSummary>>('/api/tasks', { departmentId, limit: 100 });
  const ours = liveTasks(tasks.data?.items ?? [], item.taskId);
  const [draft, setDraft] = useState<HandOverAnswerDraft>({ taken: true, intoTaskId: '', reason: '' });
  const set = (part: Partial<HandOverAnswerDraft>) => setDraft((d) => ({ ...d, ...part }));
  const answer = useCommand();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const path = `/api/tasks/${item.taskId}/hand-overs/${item.entityId}/answer`;
    if (await answer.run('POST', path, handOverAnswerBody(draft))) onAnswered();
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('handOvers.answerFor', { entity: item.entityName })}
    >
      <fieldset className="choice-group">
        <legend>{t('handOvers.answer')}</legend>
        <label className="choice">
          <input type="radio" checked={draft.taken} onChange={() => set({ taken: true })} />{' '}
          {t('handOvers.take')}
        </label>
        <label className="choice">
          <input type="radio" checked={!draft.taken} onChange={() => set({ taken: false })} />{' '}
          {t('handOvers.decline')}
        </label>
      </fieldset>
      {draft.taken ? (
        <Field label={t('handOvers.intoTask')} name="intoTaskId" error={answer.error} required>
          {(props) => (
            <select {...props} value={draft.intoTaskId} onChange={(e) => set({ intoTaskId: e.target.value })}>
              <option value="">{t('handOvers.chooseTask')}</option>
              {ours.map((task) => (
                <option key={task.id} value={task.id}>
                  {task.name ?? task.id}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field label={t('handOvers.declineReason')} name="reason" error={answer.error} required>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={draft.reason}
              onChange={(e) => set({ reason: e.target.value })}
            />
          )}
        </Field>
      )}
      <div className="actions">
        <button type="submit" disabled={answer.busy}>
          {t('handOvers.sendAnswer')}
        </button>
        <ActionError error={answer.error} />
        <FormProblems
          error={answer.error}
          fields={['taken', 'intoTaskId', 'reason']}
          labels={{
            taken: t('handOvers.answer'),
            intoTaskId: t('handOvers.intoTask'),
            reason: t('handOvers.declineReason'),
          }}
        />
      </div>
    </form>
  );
}
