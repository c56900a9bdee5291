import { actingDepartments } from '@app/domain';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { FollowUps } from './follow-ups';
import { Objections } from './objections';
import { ResultCard } from './result-card';
import { ReplacementRequestForm, WithdrawalRequestForm } from './request-forms';
import { useDepartments } from '../../api/use-departments';
import { useEntities } from './use-names';
import { usePublicationDue } from './use-publication-due';

/**
 * One drawn entity, with everything done for it: its team, each department's result, objections,
 * follow-ups, and the requests to replace an inspector or withdraw the entity.
 */
export function EntityPanel() {
  const { t } = useI18n();
  const { task, actor, today, offered, selectedEntityId, inspectorName, departmentName } = useTaskDetail();
  const heading = useRef<HTMLHeadingElement>(null);
  const entityId =
    selectedEntityId && task.entityIds?.includes(selectedEntityId) ? selectedEntityId : undefined;
  const entities = useEntities(entityId ? [entityId] : []);
  const departments = useDepartments();
  const locked = task.status === 'locked';
  const owed = usePublicationDue(locked && offered.publish ? actor.departmentId : undefined, today);
  // Choosing an entity in a list brings its panel into view, for the keyboard too.
  useEffect(() => {
    if (entityId && heading.current) {
      heading.current.scrollIntoView({ block: 'start' });
      heading.current.focus();
    }
  }, [entityId]);
  if (!entityId) {
    return (
      <section id="entity" className="card" aria-labelledby="entity-title">
        <h2 id="entity-title">{t('tasks.entityTitle')}</h2>
        <p>{t('tasks.chooseEntity')}</p>
      </section>
    );
  }
  const entity = entities.byId.get(entityId);
  const team = task.teams[entityId];
  const withdrawn = task.withdrawnEntityIds.includes(entityId);
  return (
    <section id="entity" className="card" aria-labelledby="entity-title">
      <h2 id="entity-title" ref={heading} tabIndex={-1}>
        {t('tasks.entityTitleNamed', { name: entity?.name ?? entityId })}
        {withdrawn ? <span className="badge badge-bad"> {t('tasks.withdrawn')}</span> : null}
      </h2>
      <dl className="facts">
        <dt>{t('tasks.entityCode')}</dt>
        <dd className="mono">{entityId}</dd>
        {entity ? (
          <>
            <dt>{t('tasks.creditRisk')}</dt>
            <dd>{entity.creditRisk}</dd>
            <dt>{t('tasks.region')}</dt>
            <dd>{entity.regionCode}</dd>
          </>
        ) : null}
        <dt>{t('tasks.teamMembers')}</dt>
        <dd>
          {team?.members.length
            ? team.members
                .map(
                  (m) =>
                    `${inspectorName(m.inspectorId)}（${departmentName(m.departmentId)}${m.inspectorId === team.leaderId ? `，${t('tasks.leader')}` : ''}）`,
                )
                .join(t('common.listSeparator'))
            : t('tasks.noTeamsYet')}
        </dd>
      </dl>
      {locked && !withdrawn
        ? actingDepartments(task).map((departmentId) => (
            <ResultCard
              key={departmentId}
              entityId={entityId}
              departmentId={departmentId}
              owed={
                departmentId === actor.departmentId ? owed.data?.get(`${task.id}|${entityId}`) : undefined
              }
            />
          ))
        : null}
      {locked ? <Objections entityId={entityId} /> : null}
      {locked ? <FollowUps entityId={entityId} departments={departments.departments} /> : null}
      {offered.requestReplacement && !withdrawn ? (
        <ReplacementRequestForm key={`r${entityId}`} entityId={entityId} />
      ) : null}
      {offered.requestWithdrawal && !withdrawn ? (
        <WithdrawalRequestForm key={`w${entityId}`} entityId={entityId} />
      ) : null}
    </section>
  );
}
