import { useState } from 'react';
import { ActionError } from '../../components/field';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { mayGoOnWithout, silentPastDeadline } from './non-response';
import { useTaskCommand } from './use-task-command';

/**
 * After the response deadline the lead stops waiting for a silent participant (Gui'an 第四十条):
 * it is recorded as not answering, takes no part, and goes on the joint office's 通报 list.
 */
export function GoOnWithout() {
  const { t } = useI18n();
  const { task, actor, today, departmentName, refresh } = useTaskDetail();
  const record = useTaskCommand();
  const confirmation = useConfirmation();
  const [chosen, setChosen] = useState<string>();
  if (!mayGoOnWithout(task, actor, today)) return null;
  const send = async (departmentId: string) => {
    const body = { departmentIds: [departmentId] };
    if (await record.run('POST', `/api/tasks/${task.id}/non-responses`, body)) refresh();
  };
  const department = chosen ? departmentName(chosen) : '';
  return (
    <div className="inline-form" role="group" aria-labelledby="go-on-without-title">
      <h3 id="go-on-without-title">{t('tasks.goOnWithoutTitle', { due: task.responseDue.date })}</h3>
      <div className="actions">
        {silentPastDeadline(task, today).map((departmentId) => (
          <button
            key={departmentId}
            type="button"
            disabled={record.busy}
            aria-label={`${t('tasks.goOnWithout')}（${departmentName(departmentId)}）`}
            onClick={() => {
              setChosen(departmentId);
              confirmation.ask(() => void send(departmentId));
            }}
          >
            {t('tasks.goOnWithout')}（{departmentName(departmentId)}）
          </button>
        ))}
        <ActionError error={record.error} />
      </div>
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.confirm.goOnWithoutTitle', { department })}
        confirmLabel={t('tasks.confirm.goOnWithout')}
      >
        <p>{t('tasks.confirm.goOnWithoutBody', { department, due: task.responseDue.date })}</p>
      </ConfirmDialog>
    </div>
  );
}
