import type { Plan, Sampling } from './task-types';
import { CREDIT_RISK_CLASSES, type CreditRisk, type EntityKind, type Scale } from '../../api/vocabulary';

/** The "initiate a joint task" form as typed (numbers and code lists still text). */
export interface TaskDraft {
  name: string;
  basis: 'plan' | 'adhoc';
  planId: string;
  adhocReason: string;
  itemIds: string[];
  /** Invited departments, in the order they were ticked, with the items given to each. */
  participants: { departmentId: string; itemIds: string[] }[];
  kinds: EntityKind[];
  scales: Scale[];
  regionCodes: string;
  industryCodes: string;
  tags: string;
  samplingMode: 'count' | 'ratio';
  count: string;
  /** Percent, as officials write sampling ratios. */
  ratioPercent: string;
  byCreditRisk: boolean;
  classPercents: Record<CreditRisk, string>;
  from: string;
  to: string;
}

export const emptyDraft: TaskDraft = {
  name: '',
  basis: 'plan',
  planId: '',
  adhocReason: '',
  itemIds: [],
  participants: [],
  kinds: [],
  scales: [],
  regionCodes: '',
  industryCodes: '',
  tags: '',
  samplingMode: 'count',
  count: '',
  ratioPercent: '',
  byCreditRisk: false,
  classPercents: { A: '', B: '', C: '', D: '' },
  from: '',
  to: '',
};

/** Codes typed in one box: separated by commas (either width), 、, spaces or lines. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/** A percent as the api's fraction (0–1); `undefined` when blank, NaN when not a number. */
export function fraction(percent: string): number | undefined {
  if (percent.trim() === '') return undefined;
  const value = Number(percent);
  return Number.isFinite(value) ? Number((value / 100).toFixed(6)) : Number.NaN;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

const list = (values: string[]) => (values.length > 0 ? values : undefined);

function sampling(draft: TaskDraft): Sampling {
  if (draft.samplingMode === 'count') {
    return draft.count.trim() === '' ? {} : { count: Number(draft.count) };
  }
  const byCreditRisk = Object.fromEntries(
    CREDIT_RISK_CLASSES.map((c) => [c, fraction(draft.classPercents[c])]).filter(([, v]) => v !== undefined),
  ) as Partial<Record<CreditRisk, number>>;
  const ratio = fraction(draft.ratioPercent);
  return {
    // The ratio serves the classes given none; left blank, the api says that one is needed.
    ...optional('ratio', ratio),
    ...(draft.byCreditRisk && Object.keys(byCreditRisk).length > 0 ? { byCreditRisk } : {}),
  };
}

/** The body of POST /api/tasks. Nothing is checked here: the api says what is wrong, by field. */
export function initiateBody(draft: TaskDraft) {
  const adhocReason = draft.adhocReason.trim() || undefined;
  return {
    ...(draft.basis === 'plan' && draft.planId ? { planId: draft.planId } : {}),
    ...optional('adhocReason', adhocReason),
    name: draft.name.trim(),
    participants: draft.participants.map((p) => ({ departmentId: p.departmentId, itemIds: p.itemIds })),
    itemIds: draft.itemIds,
    criteria: {
      ...optional('kinds', list(draft.kinds)),
      ...optional('regionCodes', list(splitCodes(draft.regionCodes))),
      ...optional('industryCodes', list(splitCodes(draft.industryCodes))),
      ...optional('tags', list(splitCodes(draft.tags))),
      ...optional('scales', list(draft.scales)),
    },
    sampling: sampling(draft),
    window: { from: draft.from, to: draft.to },
  };
}

/** Choosing a plan fills what the plan already says: its window, its items of ours, its ratios. */
export function fromPlan(
  draft: TaskDraft,
  plan: Plan & { ratiosByCreditRisk?: Partial<Record<CreditRisk, number>> },
): TaskDraft {
  const ratios = plan.ratiosByCreditRisk ?? {};
  const classes = CREDIT_RISK_CLASSES.filter((c) => ratios[c] !== undefined);
  const percent = (value: number | undefined) =>
    value === undefined ? '' : String(Number((value * 100).toFixed(4)));
  return {
    ...draft,
    planId: plan.id,
    from: plan.window.from,
    to: plan.window.to,
    itemIds: draft.itemIds.length > 0 ? draft.itemIds : plan.itemIds,
    ...(classes.length > 0
      ? {
          samplingMode: 'ratio' as const,
          byCreditRisk: true,
          ratioPercent: draft.ratioPercent || percent(Math.min(...classes.map((c) => ratios[c]!))),
          classPercents: {
            A: percent(ratios.A),
            B: percent(ratios.B),
            C: percent(ratios.C),
            D: percent(ratios.D),
          },
        }
      : {}),
  };
}
