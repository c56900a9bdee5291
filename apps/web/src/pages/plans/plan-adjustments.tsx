import { useI18n } from '../../i18n/i18n';
import { beijingDay } from '../../components/dates';
import type { PlanAdjustment, PlanChanges } from './plan-model';
import { useUserNames } from '../../api/use-user-names';

const FIELDS = [
  'name',
  'cooperatingDepartmentIds',
  'itemIds',
  'targetCriteria',
  'ratiosByCreditRisk',
  'window',
] as const;

/** The plan's adjustments, oldest first: when, by whom, why, and which parts changed. */
export function PlanAdjustments({ adjustments }: { adjustments: PlanAdjustment[] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="plan-adjustments">
      <h2 id="plan-adjustments">{t('plans.adjustments')}</h2>
      {adjustments.length === 0 ? (
        <p className="state state-empty">{t('plans.noAdjustments')}</p>
      ) : (
        <AdjustmentTimeline adjustments={adjustments} />
      )}
    </section>
  );
}

/** Adjustments as a timeline, oldest first. */
export function AdjustmentTimeline({ adjustments }: { adjustments: PlanAdjustment[] }) {
  const { t } = useI18n();
  const users = useUserNames(adjustments.map((a) => a.actorId));
  const changed = (changes: PlanChanges) =>
    FIELDS.filter((f) => changes[f] !== undefined)
      .map((f) => t(`plans.field.${f}`))
      .join(t('common.listSeparator'));
  return (
    <ol className="timeline">
      {adjustments.map((a, index) => (
        <li key={`${a.at}-${index}`}>
          <strong>{beijingDay(a.at)}</strong> ·{' '}
          <span title={a.actorId}>{t('plans.adjustedBy', { actor: users.nameOf(a.actorId) })}</span>
          <br />
          {t('plans.changedFields', { fields: changed(a.changes) || t('common.none') })}
          <br />
          {t('common.reason')}：{a.reason}
        </li>
      ))}
    </ol>
  );
}
