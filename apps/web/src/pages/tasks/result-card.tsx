import { resultKey } from '@app/domain';
import { useI18n } from '../../i18n/i18n';
import { DeadlineBadge } from '../../components/deadline-badge';
import { useTaskDetail } from './detail-context';
import { EnterResult, Publish, RequestCorrection } from './result-actions';
import { StopDisclosure } from './stop-disclosure';
import { ResultStatusBadge } from './status-badge';
import type { InspectionResult } from './task-types';
import { mayAskNonPublication, resultStatus, teamDepartmentOf, teamMemberId } from './task-view';
import { EnterRectification, RequestNonPublication } from './result-disclosure';
import { nonPublicationPending, rectificationsOf } from './result-disclosure-logic';
import type { OwedDisclosure } from './use-publication-due';
import { entryReason } from './act-reasons';
import { WhyNot } from './why-not';
import { ResultEvidence } from './evidence-list';

/**
 * One department's result for one entity ("一部门一对象一张表"): as entered and as published,
 * and what the user may do with it — enter it (an inspector of the team), publish it (the
 * department's head), ask for its correction (once published).
 */
export function ResultCard({
  entityId,
  departmentId,
  owed,
}: {
  entityId: string;
  departmentId: string;
  owed?: OwedDisclosure;
}) {
  const { t } = useI18n();
  const { task, actor, offered, today, departmentName, inspectorName } = useTaskDetail();
  const key = resultKey(entityId, departmentId);
  const status = resultStatus(task, entityId, departmentId);
  const entered = task.entered[key];
  const published = task.published[key];
  const mine = actor.departmentId === departmentId;
  const inTeam = teamDepartmentOf(task, entityId, teamMemberId(actor)) === departmentId;
  const withheld = task.notForPublication?.[key];
  const waiting = nonPublicationPending(task, entityId, departmentId);
  const rectifications = rectificationsOf(task, entityId, departmentId);
  return (
    <section className="card" aria-labelledby={`result-${departmentId}`}>
      <h3 id={`result-${departmentId}`}>
        {t('tasks.resultOf', { department: departmentName(departmentId) })}{' '}
        <ResultStatusBadge status={status} entries={entered?.entries} />
      </h3>
      {!entered && !published ? <p>{t('tasks.noResultYet')}</p> : null}
      <dl className="facts">
        {published ? (
          <ResultFacts result={published} />
        ) : entered ? (
          <ResultFacts result={entered.result} />
        ) : null}
        {entered ? (
          <>
            <dt>{t('tasks.enteredBy')}</dt>
            <dd>
              {t('tasks.enteredByIs', { name: inspectorName(entered.inspectorId), n: entered.entries })}
            </dd>
          </>
        ) : null}
        {task.publishedOn[key] ? (
          <>
            <dt>{t('tasks.publishedOn')}</dt>
            <dd>{task.publishedOn[key]}</dd>
          </>
        ) : withheld ? (
          <>
            <dt>{t('tasks.result.withheld')}</dt>
            <dd>
              {t(`tasks.nonPublicationGround.${withheld.ground}`)} ({withheld.approvedOn})
            </dd>
          </>
        ) : owed ? (
          <>
            <dt>{t('tasks.publicationDue')}</dt>
            <dd>
              <DeadlineBadge due={owed.dueDate} provisional={owed.provisional} />
            </dd>
          </>
        ) : null}
        {rectifications.length > 0 ? (
          <>
            <dt>{t('tasks.rectifications')}</dt>
            <dd>
              <ul>
                {rectifications.map((r) => (
                  <li key={r.rectificationId}>
                    {r.rectifiedOn}{' '}
                    <span className={`badge ${r.rectified ? 'badge-ok' : 'badge-bad'}`}>
                      {r.rectified ? t('tasks.rectificationDone') : t('tasks.rectificationNotDone')}
                    </span>{' '}
                    {r.findings}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {entered || published ? (
        <ResultEvidence
          entityId={entityId}
          departmentId={departmentId}
          mayAttach={inTeam && mine && Boolean(offered.enterResult)}
        />
      ) : null}
      {waiting ? <p className="field-hint">{t('tasks.nonPublicationPending')}</p> : null}
      {offered.enterResult && inTeam && !published ? (
        <EnterResult entityId={entityId} departmentId={departmentId} />
      ) : null}
      {offered.enterResult && !inTeam && !published ? (
        <WhyNot reason={entryReason(task, entityId, departmentId, actor, today)} />
      ) : null}
      {offered.publish && mine && entered && !published && !withheld && !waiting ? (
        <Publish entityId={entityId} />
      ) : null}
      {offered.requestNonPublication && mine && mayAskNonPublication(task, entityId, departmentId) ? (
        <RequestNonPublication entityId={entityId} />
      ) : null}
      {offered.enterRectification && mine && published && (inTeam || actor.roles.includes('operator')) ? (
        <EnterRectification entityId={entityId} />
      ) : null}
      {!offered.publish && mine && entered && !published && task.status === 'locked' ? (
        <WhyNot reason={{ key: 'tasks.whyNot.headPublishes' }} />
      ) : null}
      {offered.requestCorrection && mine && published ? (
        <RequestCorrection entityId={entityId} departmentId={departmentId} published={published} />
      ) : null}
      {offered.publish && mine && published && !task.disclosureStopped[key] ? (
        <StopDisclosure entityId={entityId} />
      ) : null}
    </section>
  );
}

/** A result's facts, as rows of the card's list. */
function ResultFacts({ result }: { result: InspectionResult }) {
  const { t } = useI18n();
  const { itemName } = useTaskDetail();
  return (
    <>
      <dt>{t('tasks.category')}</dt>
      <dd>
        <strong>{t(`tasks.category.${result.category}`)}</strong>
      </dd>
      <dt>{t('tasks.method')}</dt>
      <dd>{t(`registers.method.${result.method ?? 'unrecorded'}`)}</dd>
      <dt>{t('tasks.inspectedOn')}</dt>
      <dd>{result.inspectedOn}</dd>
      {result.itemFindings.map((f) => (
        <FindingRow key={f.itemId} item={itemName(f.itemId)} finding={f.finding} compliant={f.compliant} />
      ))}
      {result.signatureRefused ? (
        <>
          <dt>{t('tasks.signatureRefused')}</dt>
          <dd>{result.witness ? t('tasks.witnessIs', { name: result.witness }) : t('common.yes')}</dd>
        </>
      ) : null}
      {result.notes ? (
        <>
          <dt>{t('tasks.notes')}</dt>
          <dd>{result.notes}</dd>
        </>
      ) : null}
      {result.withheld ? (
        <>
          <dt>{t('tasks.personalText')}</dt>
          <dd>
            <em>{t(`tasks.withheld.${result.withheld}`)}</em>
          </dd>
        </>
      ) : null}
    </>
  );
}

function FindingRow({ item, finding, compliant }: { item: string; finding: string; compliant?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{item}</dt>
      <dd>
        {finding}{' '}
        {compliant === undefined ? null : (
          <span className={`badge ${compliant ? 'badge-ok' : 'badge-bad'}`}>
            {compliant ? t('tasks.compliantYes') : t('tasks.compliantNo')}
          </span>
        )}
      </dd>
    </>
  );
}
