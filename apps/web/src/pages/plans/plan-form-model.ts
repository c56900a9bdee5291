import { fractionOf, percentText } from '../../api/percent';
import { CREDIT_RISK_CLASSES, type CreditRisk, type EntityKind, type Scale } from '../../api/vocabulary';
import type { JointItemListView } from '../registers/views';
import { type PlanChanges, type PlanDefinition, type TargetCriteria } from './plan-model';

/** What the plan form holds: text as typed, lists as chosen. */
export interface PlanFormValues {
  year: string;
  name: string;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  itemIds: string[];
  kinds: EntityKind[];
  scales: Scale[];
  regionCodes: string;
  industryCodes: string;
  tags: string;
  /** Percentages as typed ("5" for 5%); the api keeps fractions. */
  ratios: Record<CreditRisk, string>;
  windowFrom: string;
  windowTo: string;
  /** The 一业一单 chosen, and the departments and items it filled in (ADR 41). */
  jointList?: { id: string; cooperatingDepartmentIds: string[]; itemIds: string[] };
}

export function emptyPlanForm(year: number, leadDepartmentId: string): PlanFormValues {
  return {
    year: String(year),
    name: '',
    leadDepartmentId,
    cooperatingDepartmentIds: [],
    itemIds: [],
    kinds: [],
    scales: [],
    regionCodes: '',
    industryCodes: '',
    tags: '',
    ratios: { A: '', B: '', C: '', D: '' },
    windowFrom: `${year}-01-01`,
    windowTo: `${year}-12-31`,
  };
}

/** The plan as the form shows it, for an adjustment. */
export function planForm(plan: PlanDefinition): PlanFormValues {
  const c = plan.targetCriteria;
  const ratio = (risk: CreditRisk) => percentText(plan.ratiosByCreditRisk[risk]);
  return {
    year: String(plan.year),
    name: plan.name,
    leadDepartmentId: plan.leadDepartmentId,
    cooperatingDepartmentIds: [...plan.cooperatingDepartmentIds],
    itemIds: [...plan.itemIds],
    kinds: [...(c.kinds ?? [])],
    scales: [...(c.scales ?? [])],
    regionCodes: (c.regionCodes ?? []).join('、'),
    industryCodes: (c.industryCodes ?? []).join('、'),
    tags: (c.tags ?? []).join('、'),
    ratios: { A: ratio('A'), B: ratio('B'), C: ratio('C'), D: ratio('D') },
    windowFrom: plan.window.from,
    windowTo: plan.window.to,
  };
}

/** A list typed in one box: split on commas (either width), 、, semicolons or spaces. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

function criteriaOf(values: PlanFormValues): TargetCriteria {
  const out: TargetCriteria = {};
  const regionCodes = splitList(values.regionCodes);
  const industryCodes = splitList(values.industryCodes);
  const tags = splitList(values.tags);
  // In the api's order, and only what is chosen: nothing at all aims at the whole directory.
  if (values.kinds.length > 0) out.kinds = values.kinds;
  if (regionCodes.length > 0) out.regionCodes = regionCodes;
  if (industryCodes.length > 0) out.industryCodes = industryCodes;
  if (tags.length > 0) out.tags = tags;
  if (values.scales.length > 0) out.scales = values.scales;
  return out;
}

/** The typed percentages as the api's fractions (what is not a number goes as typed, to be refused). */
function ratiosOf(values: PlanFormValues): Partial<Record<CreditRisk, number | string>> {
  const out: Partial<Record<CreditRisk, number | string>> = {};
  for (const risk of CREDIT_RISK_CLASSES) {
    const fraction = fractionOf(values.ratios[risk]);
    if (fraction !== undefined) out[risk] = fraction;
  }
  return out;
}

const setKey = (ids: readonly string[]) => [...ids].sort().join('\n');

/**
 * The list the plan is made from, while its departments and items are still the ones the list
 * filled in; changed by hand, the plan is no longer the list's and names none.
 */
export function jointListPart(values: PlanFormValues): { jointListId?: string } {
  const fill = values.jointList;
  if (!fill) return {};
  const kept =
    setKey(fill.itemIds) === setKey(values.itemIds) &&
    setKey(fill.cooperatingDepartmentIds) === setKey(values.cooperatingDepartmentIds);
  return kept ? { jointListId: fill.id } : {};
}

/** The body of POST /api/plans; blank optional fields are left out (the api refuses nulls). */
export function draftBody(values: PlanFormValues): Record<string, unknown> {
  const year = values.year.trim();
  return {
    ...(year !== '' ? { year: Number(year) } : {}),
    ...jointListPart(values),
    name: values.name.trim(),
    leadDepartmentId: values.leadDepartmentId,
    cooperatingDepartmentIds: values.cooperatingDepartmentIds.filter((id) => id !== values.leadDepartmentId),
    itemIds: values.itemIds,
    targetCriteria: criteriaOf(values),
    ratiosByCreditRisk: ratiosOf(values),
    window: { from: values.windowFrom, to: values.windowTo },
  };
}

/** The same value whatever the order of an object's keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const CHANGEABLE = [
  'name',
  'cooperatingDepartmentIds',
  'itemIds',
  'targetCriteria',
  'ratiosByCreditRisk',
  'window',
] as const;

/** The `changes` of an adjustment: only the fields that differ from the plan, each whole. */
export function planChanges(plan: PlanDefinition, values: PlanFormValues): PlanChanges {
  const next = draftBody({ ...values, leadDepartmentId: plan.leadDepartmentId });
  const out: Record<string, unknown> = {};
  for (const key of CHANGEABLE) {
    if (canonical(next[key]) !== canonical(plan[key])) out[key] = next[key];
  }
  return out;
}

/** Items chosen of departments no longer in the plan are dropped (when their department is known). */
export function keepItemsOf(
  itemIds: readonly string[],
  departmentOfItem: ReadonlyMap<string, string>,
  departmentIds: readonly string[],
): string[] {
  return itemIds.filter((id) => {
    const department = departmentOfItem.get(id);
    return department === undefined || departmentIds.includes(department);
  });
}

/**
 * Choosing a 一业一单: its departments and items. Its lead leads the plan when the user may choose
 * the lead (an administrator); otherwise the user's department leads and the list's others cooperate.
 */
export function withJointList(
  values: PlanFormValues,
  list: Pick<JointItemListView, 'id' | 'leadDepartmentId' | 'departmentIds' | 'itemIds'>,
  leadChoosable: boolean,
): PlanFormValues {
  const lead = leadChoosable ? list.leadDepartmentId : values.leadDepartmentId;
  const cooperatingDepartmentIds = [list.leadDepartmentId, ...list.departmentIds].filter(
    (id, index, all) => id !== lead && all.indexOf(id) === index,
  );
  const itemIds = [...list.itemIds];
  return {
    ...values,
    leadDepartmentId: lead,
    cooperatingDepartmentIds,
    itemIds,
    jointList: { id: list.id, cooperatingDepartmentIds, itemIds },
  };
}
