import { actingDepartments, listedEntities, resultKey } from '@app/domain';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { useEntities } from './use-names';
import { beijingDay } from '../../components/dates';

/** 公示与更正/异议 at a glance: how many results are public, stopped, and the objections and their review. */
export function DisclosureOverview() {
  const { t } = useI18n();
  const { task, departmentName, selectEntity } = useTaskDetail();
  const keys = listedEntities(task).flatMap((e) => actingDepartments(task).map((d) => resultKey(e, d)));
  const objections = Object.values(task.objections);
  const entities = useEntities([...new Set(objections.map((o) => o.entityId))]);
  return (
    <section className="card" aria-labelledby="disclosure-title">
      <h3 id="disclosure-title">{t('tasks.disclosureTitle')}</h3>
      <ul className="counts">
        <li>{t('tasks.resultsPublished', { n: keys.filter((k) => task.published[k]).length })}</li>
        <li>{t('tasks.disclosuresStopped', { n: keys.filter((k) => task.disclosureStopped[k]).length })}</li>
        <li>{t('tasks.objectionsCount', { n: objections.length })}</li>
      </ul>
      {objections.length > 0 ? (
        <ul>
          {objections.map((o, index) => {
            const name = entities.name(o.entityId);
            return (
              <li key={`${o.entityId}|${o.departmentId}|${index}`}>
                {t('tasks.objectionTo', { department: departmentName(o.departmentId) })}：{name}，
                {o.status === 'reviewed'
                  ? t('tasks.objectionReviewed')
                  : t('tasks.objectionDueOn', { date: o.reviewDue.date })}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => selectEntity(o.entityId)}
                  aria-label={t('tasks.openEntityNamed', { name })}
                >
                  {t('tasks.openEntity')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

/** 后续处理 across the task: every follow-up recorded, each leading to its entity. */
export function FollowUpOverview() {
  const { t } = useI18n();
  const { facts, departmentName, selectEntity } = useTaskDetail();
  const recorded = facts?.followUps ?? [];
  const entities = useEntities([...new Set(recorded.map((f) => f.entityId))]);
  return (
    <section className="card" aria-labelledby="follow-up-overview-title">
      <h3 id="follow-up-overview-title">{t('tasks.followUpsTitle')}</h3>
      <p className="field-hint">{t('tasks.followUpsExplained')}</p>
      {recorded.length === 0 ? (
        <p>{t('tasks.noFollowUps')}</p>
      ) : (
        <ul>
          {recorded.map((f) => {
            const name = entities.name(f.entityId);
            return (
              <li key={`${f.occurredAt}${f.kind}${f.departmentId}${f.entityId}`}>
                {name}：<strong>{t(`tasks.followUp.${f.kind}`)}</strong> · {departmentName(f.departmentId)} ·{' '}
                {beijingDay(f.occurredAt)}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => selectEntity(f.entityId)}
                  aria-label={t('tasks.openEntityNamed', { name })}
                >
                  {t('tasks.openEntity')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
