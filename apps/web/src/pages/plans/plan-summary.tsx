import { useI18n } from '../../i18n/i18n';
import { DeadlineBadge } from '../../components/deadline-badge';
import { beijingDay, beijingToday } from '../../components/dates';
import { percent } from './format';
import { CREDIT_RISK_CLASSES } from '../../api/vocabulary';
import type { Plan } from './plan-model';
import { PlanStatusBadge } from './plan-status';

type Translate = ReturnType<typeof useI18n>['t'];

/** Whom a plan aims at, clause by clause ("" when the whole directory). */
export function targetsText(t: Translate, c: Plan['targetCriteria']): string {
  const clauses = [
    ...(c.kinds ?? []).map((k) => t(`plans.kind.${k}`)),
    ...(c.scales ?? []).map((s) => t(`plans.scale.${s}`)),
    ...(c.regionCodes?.length
      ? [t('plans.regionsAre', { list: c.regionCodes.join(t('common.listSeparator')) })]
      : []),
    ...(c.industryCodes?.length
      ? [t('plans.industriesAre', { list: c.industryCodes.join(t('common.listSeparator')) })]
      : []),
    ...(c.tags?.length ? [t('plans.tagsAre', { list: c.tags.join(t('common.listSeparator')) })] : []),
  ];
  return clauses.join(t('common.clauseSeparator'));
}

/** The sampling ratios by credit class, spaced by an ideographic space ("" when none). */
export function ratiosText(ratios: Plan['ratiosByCreditRisk']): string {
  return CREDIT_RISK_CLASSES.filter((r) => ratios[r] !== undefined)
    .map((r) => `${r}：${percent(ratios[r])}`)
    .join('　');
}

/** What the plan is as published (while a draft: the draft): year, departments, items, whom it aims at, ratios, window, versions. */
export function PlanSummary({ plan, nameOf }: { plan: Plan; nameOf: (departmentId: string) => string }) {
  const { t } = useI18n();
  const criteria = targetsText(t, plan.targetCriteria);
  const ratios = ratiosText(plan.ratiosByCreditRisk);
  const today = beijingToday();
  return (
    <section className="card" aria-labelledby="plan-summary">
      <h2 id="plan-summary">{t('plans.summary')}</h2>
      <dl className="facts plans-dl">
        <dt>{t('common.status')}</dt>
        <dd>
          <PlanStatusBadge plan={plan} />
        </dd>
        <dt>{t('plans.year')}</dt>
        <dd>{plan.year}</dd>
        <dt>{t('plans.leadDepartment')}</dt>
        <dd>{nameOf(plan.leadDepartmentId)}</dd>
        <dt>{t('plans.cooperatingDepartments')}</dt>
        <dd>
          {plan.cooperatingDepartmentIds.length
            ? plan.cooperatingDepartmentIds.map(nameOf).join(t('common.listSeparator'))
            : t('common.none')}
        </dd>
        <dt>{t('plans.items')}</dt>
        <dd>{t('plans.itemsCount', { n: plan.itemIds.length })}</dd>
        <dt>{t('plans.targets')}</dt>
        <dd>{criteria || t('plans.wholeDirectory')}</dd>
        <dt>{t('plans.ratios')}</dt>
        <dd>{ratios || t('common.none')}</dd>
        <dt>{t('plans.window')}</dt>
        <dd>
          {plan.window.from} — {plan.window.to}{' '}
          {plan.status !== 'closed' && plan.window.from <= today ? (
            <DeadlineBadge due={plan.window.to} today={today} dated={false} />
          ) : null}
        </dd>
        <dt>{t('plans.version')}</dt>
        <dd>
          {plan.version === 0 ? t('plans.notPublishedYet') : t('plans.versionN', { n: plan.version })}
          {plan.publishedAt ? ` · ${t('plans.publishedOn', { date: beijingDay(plan.publishedAt) })}` : ''}
        </dd>
        {plan.closedAt ? (
          <>
            <dt>{t('plans.closedOn')}</dt>
            <dd>
              {beijingDay(plan.closedAt)} · {plan.closedReason}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
