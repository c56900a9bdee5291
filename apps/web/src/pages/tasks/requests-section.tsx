import { useState } from 'react';
import { useTaskCommand } from './use-task-command';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { FormProblems } from '../../components/form-problems';
import type { TaskRequest } from './task-types';
import { requestsPath } from './task-view';
import { useEntities } from './use-names';
import { beijingDay } from '../../components/dates';
import { useUserNames } from '../../api/use-user-names';
import { Person } from '../../components/person';
import { PostponementRequestForm } from './postponement-form';

type T = ReturnType<typeof useI18n>['t'];

/**
 * Changes that need a second person: replacing an inspector, withdrawing an entity (the
 * department's head approves), correcting a published result or cancelling a drawn task (the
 * principal head approves), keeping a result from publication or postponing the task (the
 * department's head approves).
 */
export function RequestsSection() {
  const { t } = useI18n();
  const { task } = useTaskDetail();
  const requests = Object.entries(task.requests);
  const entities = useEntities(requests.flatMap(([, r]) => ('entityId' in r ? [r.entityId] : [])));
  const { facts, offered } = useTaskDetail();
  const users = useUserNames(requests.flatMap(([id, r]) => [r.requesterId, facts?.requests[id]?.decidedBy]));
  return (
    <section id="requests" className="card" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('tasks.requestsTitle')}</h2>
      {requests.length === 0 ? (
        <p>{t('tasks.noRequests')}</p>
      ) : (
        <div className="table-block">
          <table>
            <caption>{t('tasks.requestsCaption', { n: requests.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tasks.requestKind')}</th>
                <th scope="col">{t('tasks.entity')}</th>
                <th scope="col">{t('tasks.requestContent')}</th>
                <th scope="col">{t('tasks.requester')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map(([id, request]) => (
                <RequestRow
                  key={id}
                  id={id}
                  request={request}
                  entityName={'entityId' in request ? entities.name(request.entityId) : '—'}
                  userName={users.nameOf}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {offered.requestPostponement ? <PostponementRequestForm /> : null}
    </section>
  );
}

function content(t: T, request: TaskRequest, inspectorName: (id: string) => string): string {
  switch (request.kind) {
    case 'replacement':
      return t('tasks.replacementContent', {
        out: inspectorName(request.outInspectorId),
        in: inspectorName(request.inInspectorId),
        reason: t(`tasks.replacementReason.${request.reason}`),
      });
    case 'withdrawal':
      return t(`tasks.withdrawalReason.${request.reason}`);
    case 'correction':
      return t('tasks.correctionContent', {
        category: t(`tasks.category.${request.corrected.category}`),
        reason: request.reason,
      });
    case 'cancellation':
      return request.reason;
    case 'non_publication':
      return `${t(`tasks.nonPublicationGround.${request.ground}`)}：${request.legalBasis}`;
    case 'postponement':
      return t('tasks.postponementContent', { ...request.window, reason: request.reason });
    case 'beyond_plan':
      return request.reason;
  }
}

const TONE = { pending: 'warn', approved: 'ok', rejected: 'bad' } as const;

function RequestRow({
  id,
  request,
  entityName,
  userName,
}: {
  id: string;
  request: TaskRequest;
  entityName: string;
  userName: (id: string) => string;
}) {
  const { t } = useI18n();
  const { facts, offered, inspectorName, departmentName } = useTaskDetail();
  const said = facts?.requests[id];
  return (
    <tr>
      <td>
        {t(`tasks.requestKind.${request.kind}`)}
        <br />
        <small>{departmentName(request.departmentId)}</small>
      </td>
      <td>{entityName}</td>
      <td>
        {content(t, request, inspectorName)}
        {said?.note ? <p className="field-hint">{t('tasks.noteIs', { note: said.note })}</p> : null}
      </td>
      <td>
        <Person id={request.requesterId} name={userName} />
        {said ? <div>{beijingDay(said.requestedAt)}</div> : null}
      </td>
      <td>
        <span className={`badge badge-${TONE[request.status]}`}>
          {t(`tasks.requestStatus.${request.status}`)}
        </span>
        {said?.decidedBy ? (
          <p className="field-hint">
            {t('tasks.decidedBy', {
              who: userName(said.decidedBy),
              on: said.decidedAt ? beijingDay(said.decidedAt) : '',
            })}
            {said.reply ? ` — ${said.reply}` : ''}
          </p>
        ) : null}
      </td>
      <td>{offered.decide(request) ? <Decide id={id} kind={request.kind} /> : null}</td>
    </tr>
  );
}

/** Approve, or reject saying why; two heads at once: one decides, the other is told it is decided. */
function Decide({ id, kind }: { id: string; kind: TaskRequest['kind'] }) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const [reply, setReply] = useState('');
  const decide = useTaskCommand();
  const confirmation = useConfirmation();
  const run = async (verdict: 'approve' | 'reject') => {
    const body = reply.trim() ? { reply: reply.trim() } : {};
    const path = `/api/tasks/${task.id}/${requestsPath(kind)}/${id}/${verdict}`;
    if (await decide.run('POST', path, body)) refresh();
  };
  return (
    <div>
      <Field
        label={t('tasks.decisionReply')}
        name="reply"
        error={decide.error}
        hint={t('tasks.decisionReplyHint')}
      >
        {(props) => <input {...props} value={reply} onChange={(e) => setReply(e.target.value)} />}
      </Field>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={decide.busy}
          onClick={() => confirmation.ask(() => void run('approve'))}
        >
          {t('common.approve')}
        </button>
        <button type="button" disabled={decide.busy} onClick={() => void run('reject')}>
          {t('common.reject')}
        </button>
      </div>
      <ActionError error={decide.error} />
      <FormProblems error={decide.error} fields={['reply']} labels={{ reply: t('tasks.decisionReply') }} />
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.confirm.approveTitle', { kind: t(`tasks.requestKind.${kind}`) })}
        confirmLabel={t('tasks.confirm.approve')}
      >
        <p>{t(`tasks.confirm.approveBody.${kind}`)}</p>
      </ConfirmDialog>
    </div>
  );
}
