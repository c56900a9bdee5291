import { type FormEvent, useState } from 'react';
import type { EntityVisitItem, VisitAnswer } from '@app/contract';
import { useApi } from '../../api/use-api';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { useInspectors } from './use-names';
import { useTaskCommand } from './use-task-command';
import { mayAnswerVisit, mayCompleteJoins, mayVerifyVisitTeam } from './visit-logic';

interface TeamCheck {
  visitId: string;
  verified: boolean;
  recorded: { basis: string };
  computed: { basis: string };
}

/** One visit of the task: its day, tasks and state; an answer, the agreed team, its verification. */
export function VisitCard({
  item,
  taskName,
  onDone,
}: {
  item: EntityVisitItem;
  taskName: (id: string) => string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { actor, departmentName } = useTaskDetail();
  const detail = useApi<VisitAnswer>(`/api/visits/${encodeURIComponent(item.visitId)}`);
  const visit = detail.data;
  const done = () => {
    detail.reload();
    onDone();
  };
  const tasks = item.taskIds.map(taskName).join('、');
  return (
    <li aria-label={t('visits.visitLine', { date: item.date, tasks })}>
      <strong>{t('visits.visitLine', { date: item.date, tasks })}</strong>{' '}
      <span className={`badge${item.status === 'declined' ? ' badge-warn' : ''}`}>
        {t(`visits.status.${item.status}`)}
      </span>
      {item.status === 'proposed' && visit ? (
        <p>{t('visits.agreedBy', { tasks: visit.agreedTaskIds.map(taskName).join('、') })}</p>
      ) : null}
      {item.declined ? (
        <p>
          {t('visits.declinedBecause', {
            department: departmentName(item.declined.departmentId),
            reason: item.declined.reason,
          })}
        </p>
      ) : null}
      {mayAnswerVisit(visit, actor) ? <AnswerVisit visitId={item.visitId} onDone={done} /> : null}
      {item.status === 'agreed' && visit ? (
        <AgreedVisit visit={visit} taskName={taskName} onDone={done} />
      ) : null}
    </li>
  );
}

function AnswerVisit({ visitId, onDone }: { visitId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { refresh } = useTaskDetail();
  const [reason, setReason] = useState('');
  const answer = useTaskCommand();
  const send = async (agree: boolean) => {
    const body = agree ? { agree } : { agree, reason: reason.trim() };
    if (await answer.run('POST', `/api/visits/${encodeURIComponent(visitId)}/agreement`, body)) {
      onDone();
      refresh();
    }
  };
  const decline = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };
  return (
    <form className="inline-form" onSubmit={decline} aria-label={t('visits.agree')}>
      <div className="actions">
        <button type="button" onClick={() => void send(true)} disabled={answer.busy}>
          {t('visits.agree')}
        </button>
      </div>
      <Field label={t('visits.declineReason')} name="reason" error={answer.error}>
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
      <div className="actions">
        <button type="submit" className="secondary" disabled={answer.busy}>
          {t('visits.decline')}
        </button>
        <ActionError error={answer.error} />
      </div>
    </form>
  );
}

function AgreedVisit({
  visit,
  taskName,
  onDone,
}: {
  visit: VisitAnswer;
  taskName: (id: string) => string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { actor } = useTaskDetail();
  const members = visit.team?.members ?? [];
  const inspectors = useInspectors(members.map((m) => m.departmentId));
  const verify = useTaskCommand<TeamCheck>();
  const complete = useTaskCommand();
  const [check, setCheck] = useState<TeamCheck>();
  const names = members
    .map(
      (m) =>
        inspectors.name(m.inspectorId) + (m.inspectorId === visit.team?.leaderId ? t('visits.leader') : ''),
    )
    .join('、');
  const runCheck = async () => {
    setCheck(undefined);
    setCheck(await verify.run('GET', `/api/visits/${encodeURIComponent(visit.visitId)}/team-verification`));
  };
  const completeJoins = async () => {
    if (await complete.run('POST', `/api/visits/${encodeURIComponent(visit.visitId)}/joins`)) onDone();
  };
  return (
    <div>
      <p>{t('visits.day', { date: visit.date })}</p>
      <p>{t('visits.team', { members: names })}</p>
      {visit.teamBasis ? (
        <p className="field-hint">{t('visits.teamBasis', { basis: visit.teamBasis })}</p>
      ) : null}
      {visit.joins ? (
        <p>
          {t('visits.joins')}{' '}
          {visit.joins
            .map(
              (j) =>
                `${taskName(j.taskId)}：${t(`visits.join.${j.status}`)}${j.why ? `（${t(`visits.why.${j.why}`)}）` : ''}`,
            )
            .join('；')}
        </p>
      ) : null}
      <div className="actions">
        {mayVerifyVisitTeam(actor) ? (
          <button type="button" onClick={() => void runCheck()} disabled={verify.busy}>
            {t('visits.verifyTeam')}
          </button>
        ) : (
          <span className="field-hint">{t('visits.verifyBy')}</span>
        )}
        {mayCompleteJoins(visit, actor) ? (
          <button type="button" onClick={() => void completeJoins()} disabled={complete.busy}>
            {t('visits.completeJoins')}
          </button>
        ) : null}
        <ActionError error={verify.error ?? complete.error} />
      </div>
      {check ? (
        <p role="status" className={check.verified ? 'verified' : 'mismatch'}>
          {check.verified ? `✓ ${t('visits.teamVerified')}` : `✗ ${t('visits.teamMismatch')}`}
        </p>
      ) : null}
    </div>
  );
}
