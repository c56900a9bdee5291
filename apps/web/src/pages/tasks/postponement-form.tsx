import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../components/field';
import { useTaskDetail } from './detail-context';
import { RequestForm } from './request-forms';
import { useTaskCommand } from './use-task-command';
import { postponementBody, suggestedWindow } from './postponement-logic';

/** 任务延期 after the announcement (Yuanqu 二(三)): the lead asks with the new window and why. */
export function PostponementRequestForm() {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const suggested = suggestedWindow(task.window);
  const [from, setFrom] = useState(suggested.from);
  const [to, setTo] = useState(suggested.to);
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const request = useTaskCommand<{ requestId: string }>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const draft = postponementBody(from, to, reason);
    if ('missing' in draft) return;
    if (await request.run('POST', `/api/tasks/${task.id}/postponement-requests`, draft.body)) {
      setSent(true);
      setReason('');
      refresh();
    }
  };
  return (
    <RequestForm
      id="postponement-title"
      title={t('tasks.postponementTitle')}
      submitLabel={t('tasks.requestPostponement')}
      request={request}
      sent={sent}
      labels={{
        'window.from': t('tasks.postponementFrom'),
        'window.to': t('tasks.postponementTo'),
        reason: t('tasks.postponementReason'),
      }}
      onSubmit={submit}
    >
      <p className="field-hint">{t('tasks.postponementHint')}</p>
      <Field label={t('tasks.postponementFrom')} name="window.from" error={request.error} required>
        {(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
      </Field>
      <Field label={t('tasks.postponementTo')} name="window.to" error={request.error} required>
        {(props) => <input {...props} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
      </Field>
      <Field label={t('tasks.postponementReason')} name="reason" error={request.error} required>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
    </RequestForm>
  );
}
