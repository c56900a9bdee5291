import { useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';

/**
 * 信用修复: on the entity's application, the head withdraws the department's published result from
 * public view once it has been public for the period of publication (the api counts it).
 */
export function StopDisclosure({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const [open, setOpen] = useState(false);
  const [application, setApplication] = useState('');
  const stop = useTaskCommand();
  const confirmation = useConfirmation();
  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('tasks.stopDisclosure')}
        </button>
      </div>
    );
  }
  const submit = async () => {
    const done = await stop.run('POST', `/api/tasks/${task.id}/public-disclosure-stops`, {
      entityId,
      application: application.trim(),
    });
    if (done) {
      setOpen(false);
      refresh();
    }
  };
  return (
    <form
      className="card"
      aria-label={t('tasks.stopDisclosureTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        confirmation.ask(() => void submit());
      }}
    >
      <h3>{t('tasks.stopDisclosureTitle')}</h3>
      <Field label={t('tasks.stopDisclosureApplication')} name="application" error={stop.error} required>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={application}
            onChange={(e) => setApplication(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={stop.busy}>
          {t('tasks.submitStopDisclosure')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
      <ActionError error={stop.error} />
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.confirm.stopTitle')}
        confirmLabel={t('tasks.confirm.stop')}
      >
        <p>{t('tasks.confirm.stopBody')}</p>
      </ConfirmDialog>
    </form>
  );
}
