import { Fragment } from 'react';
import { useI18n } from '../../i18n/i18n';
import { AdjustmentTimeline } from './plan-adjustments';
import { type Plan, type PlanAdjustment, type PlanChanges, draftOf } from './plan-model';
import { ratiosText, targetsText } from './plan-summary';

/**
 * 待发布的调整: a published plan's adjustment, apart from the published version it does not yet
 * change (Gui'an 第27条): the parts that will differ, and the adjustments that made them.
 */
export function PlanPending({
  plan,
  adjustments,
  nameOf,
}: {
  plan: Plan;
  adjustments: PlanAdjustment[];
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  if (!plan.pending) return null;
  const next = draftOf(plan);
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const departments = (ids: string[]) =>
    ids.length ? ids.map(nameOf).join(t('common.listSeparator')) : t('common.none');
  const rows: [keyof PlanChanges, string, boolean][] = [
    ['name', next.name, differs(next.name, plan.name)],
    [
      'cooperatingDepartmentIds',
      departments(next.cooperatingDepartmentIds),
      differs(next.cooperatingDepartmentIds, plan.cooperatingDepartmentIds),
    ],
    ['itemIds', t('plans.itemsCount', { n: next.itemIds.length }), differs(next.itemIds, plan.itemIds)],
    [
      'targetCriteria',
      targetsText(t, next.targetCriteria) || t('plans.wholeDirectory'),
      differs(next.targetCriteria, plan.targetCriteria),
    ],
    [
      'ratiosByCreditRisk',
      ratiosText(next.ratiosByCreditRisk) || t('common.none'),
      differs(next.ratiosByCreditRisk, plan.ratiosByCreditRisk),
    ],
    ['window', `${next.window.from} — ${next.window.to}`, differs(next.window, plan.window)],
  ];
  const changed = rows.filter(([, , differ]) => differ);
  return (
    <section className="card" aria-labelledby="plan-pending">
      <h2 id="plan-pending">{t('plans.pendingHeading')}</h2>
      <p className="field-hint">
        {t('plans.pendingHint', { next: plan.version + 1, current: plan.version })}
      </p>
      {changed.length === 0 ? (
        <p className="state state-empty">{t('plans.pendingSameAsPublished')}</p>
      ) : (
        <dl className="facts plans-dl">
          {changed.map(([field, text]) => (
            <Fragment key={field}>
              <dt>{t(`plans.field.${field}`)}</dt>
              <dd>{text}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <AdjustmentTimeline adjustments={adjustments} />
    </section>
  );
}
