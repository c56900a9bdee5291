import { type FormEvent, useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { ChoiceGroup } from '../../components/choice-group';
import { DeadlineBadge } from '../../components/deadline-badge';
import { useTaskDetail } from './detail-context';
import { FormProblems } from '../../components/form-problems';
import { RULE_FIELDS, byField } from './rule-fields';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { GoOnWithout } from './go-on-without';
import { notAnsweringSince } from './non-response';

/** Each participating department's response (2 working days; Gui'an 第四十条), and ours to give. */
export function ResponsesSection() {
  const { t } = useI18n();
  const { task, facts, departmentName, itemName, offered } = useTaskDetail();
  const answer = (departmentId: string) => {
    const response = task.responses[departmentId];
    if (!response) return t('tasks.responsePending');
    const since = notAnsweringSince(task, departmentId);
    if (since) return t('tasks.notAnsweringSince', { date: since });
    if (!response.accepted) {
      const reason = facts?.declineReasons[departmentId];
      return reason ? t('tasks.declinedBecause', { reason }) : t('tasks.declined');
    }
    return t('tasks.acceptedItems', {
      items: response.itemIds.map(itemName).join(t('common.listSeparator')),
    });
  };
  return (
    <section id="responses" className="card" aria-labelledby="responses-title">
      <h2 id="responses-title">{t('tasks.responsesTitle')}</h2>
      <DataTable
        caption={t('tasks.responsesCaption')}
        rows={task.participants}
        rowKey={(p) => p.departmentId}
        columns={[
          { heading: t('common.department'), cell: (p) => departmentName(p.departmentId) },
          {
            heading: t('tasks.assignedItems'),
            cell: (p) => p.itemIds.map(itemName).join(t('common.listSeparator')),
          },
          {
            heading: t('tasks.response'),
            cell: (p) => (
              <>
                {answer(p.departmentId)}{' '}
                {notAnsweringSince(task, p.departmentId) ? (
                  <span className="badge badge-bad">{t('tasks.notAnswering')}</span>
                ) : task.responses[p.departmentId]?.late ? (
                  <span className="badge badge-bad">{t('tasks.respondedLate')}</span>
                ) : null}
              </>
            ),
          },
          {
            heading: t('tasks.responseDue'),
            cell: (p) =>
              task.responses[p.departmentId] || task.status !== 'initiated' ? (
                task.responseDue.date
              ) : (
                <DeadlineBadge due={task.responseDue.date} provisional={task.responseDue.provisional} />
              ),
          },
        ]}
      />
      <GoOnWithout />
      {offered.respond ? <RespondForm /> : null}
    </section>
  );
}

/** A participant accepts, confirming the items it inspects, or declines with its reason; once. */
function RespondForm() {
  const { t } = useI18n();
  const { task, actor, itemName, refresh } = useTaskDetail();
  const assigned = task.participants.find((p) => p.departmentId === actor.departmentId)?.itemIds ?? [];
  const [itemIds, setItemIds] = useState<string[]>(assigned);
  const [reason, setReason] = useState('');
  const respond = useTaskCommand();
  const confirmation = useConfirmation();
  const fieldError = byField(respond.error, RULE_FIELDS.respond);
  const send = async (accepted: boolean) => {
    const body = accepted ? { accepted, itemIds } : { accepted, reason: reason.trim() || undefined };
    if (await respond.run('POST', `/api/tasks/${task.id}/responses`, body)) refresh();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-labelledby="respond-title">
      <h3 id="respond-title">{t('tasks.respondTitle')}</h3>
      <ChoiceGroup
        legend={t('tasks.confirmItems')}
        name="itemIds"
        error={fieldError}
        chosen={itemIds}
        onChange={setItemIds}
        options={assigned.map((id) => ({ value: id, label: itemName(id) }))}
      />
      <Field
        label={t('tasks.declineReason')}
        name="reason"
        error={fieldError}
        hint={t('tasks.declineReasonHint')}
      >
        {(props) => (
          <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={respond.busy}>
          {t('tasks.accept')}
        </button>
        <button
          type="button"
          disabled={respond.busy}
          onClick={() => confirmation.ask(() => void send(false))}
        >
          {t('tasks.decline')}
        </button>
        <ActionError error={respond.error} />
        <FormProblems
          error={respond.error}
          fields={['itemIds', 'reason']}
          labels={{ itemIds: t('tasks.confirmItems'), reason: t('tasks.declineReason') }}
        />
      </div>
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.confirm.declineTitle')}
        confirmLabel={t('tasks.confirm.decline')}
      >
        <p>{t('tasks.confirm.declineBody')}</p>
      </ConfirmDialog>
    </form>
  );
}
