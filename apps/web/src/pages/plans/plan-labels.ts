import type { MessageKey } from '../../i18n/catalogue';
import { CREDIT_RISK_CLASSES } from '../../api/vocabulary';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The controls of PlanFields, by the api's names (`prefix` "changes." in an adjustment). */
export function planFields(prefix: '' | 'changes.'): string[] {
  const own = [
    'name',
    'cooperatingDepartmentIds',
    'itemIds',
    'targetCriteria.kinds',
    'targetCriteria.scales',
    'targetCriteria.regionCodes',
    'targetCriteria.industryCodes',
    'targetCriteria.tags',
    ...CREDIT_RISK_CLASSES.map((c) => `ratiosByCreditRisk.${c}`),
    'window.from',
    'window.to',
  ].map((f) => `${prefix}${f}`);
  return prefix === '' ? ['year', 'leadDepartmentId', ...own] : own;
}

/** The plan form's own names for the api's fields, for problems listed away from a control. */
export function planLabels(t: Translate, prefix: '' | 'changes.'): Record<string, string> {
  const labels: Record<string, string> = {
    year: t('plans.year'),
    leadDepartmentId: t('plans.leadDepartment'),
    name: t('plans.name'),
    cooperatingDepartmentIds: t('plans.cooperatingDepartments'),
    itemIds: t('plans.items'),
    targetCriteria: t('plans.targets'),
    'targetCriteria.kinds': t('plans.kinds'),
    'targetCriteria.scales': t('plans.scales'),
    'targetCriteria.regionCodes': t('plans.regionCodes'),
    'targetCriteria.industryCodes': t('plans.industryCodes'),
    'targetCriteria.tags': t('plans.tags'),
    ratiosByCreditRisk: t('plans.ratios'),
    window: t('plans.window'),
    'window.from': t('plans.windowFrom'),
    'window.to': t('plans.windowTo'),
  };
  for (const c of CREDIT_RISK_CLASSES) labels[`ratiosByCreditRisk.${c}`] = t(`plans.ratio.${c}`);
  if (prefix === '') return labels;
  return Object.fromEntries(Object.entries(labels).map(([field, label]) => [`${prefix}${field}`, label]));
}
