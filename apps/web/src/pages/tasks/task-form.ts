import type { Sampling } from './task-types';
import { fractionOf } from '../../api/percent';
import { CREDIT_RISK_CLASSES, type CreditRisk, type EntityKind, type Scale } from '../../api/vocabulary';

/** The "initiate a joint task" form as typed (numbers and code lists still text). */
export interface TaskDraft {
  name: string;
  basis: 'plan' | 'adhoc';
  planId: string;
  adhocReason: string;
  /** Why the task goes beyond its plan's ratios or criteria, for a head's approval (ADR 38). */
  beyondPlanReason: string;
  /** The lead a joint office names when its coordinator initiates (Gui'an 第39条); else blank. */
  leadDepartmentId: string;
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
  /** The draw's randomness: a public beacon round, or (where the deployment allows) none. */
  beaconMode: 'beacon' | 'without';
  /** Blank: the first source the deployment accepts. */
  beaconSource: string;
  beaconRound: string;
  beaconDrawDate: string;
  withoutBeaconReason: string;
  /** The 一业一单 chosen to fill the departments and items, if any, and what it filled in. */
  jointListId: string;
  listFill: { itemIds: string[]; participants: { departmentId: string; itemIds: string[] }[] } | null;
  /** What a plan or a joint list last filled in: a field still holding it is not the user's own. */
  filled: Partial<Omit<TaskDraft, 'filled'>>;
}

export const emptyDraft: TaskDraft = {
  name: '',
  basis: 'plan',
  planId: '',
  adhocReason: '',
  beyondPlanReason: '',
  leadDepartmentId: '',
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
  beaconMode: 'beacon',
  beaconSource: '',
  beaconRound: '',
  beaconDrawDate: '',
  withoutBeaconReason: '',
  jointListId: '',
  listFill: null,
  filled: {},
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
  const value = fractionOf(percent);
  return typeof value === 'string' ? Number.NaN : value;
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

/** The beacon round named, or why the draw goes without one (the ad hoc reason serves when blank). */
function randomness(draft: TaskDraft) {
  if (draft.beaconMode === 'without') {
    return optional('withoutBeaconReason', draft.withoutBeaconReason.trim() || undefined);
  }
  return {
    beacon: {
      source: draft.beaconSource,
      round: draft.beaconRound.trim(),
      ...optional('drawDate', draft.beaconDrawDate || undefined),
    },
  };
}

const setKey = (ids: readonly string[]) => [...ids].sort().join('\n');
const splitKey = (participants: TaskDraft['participants']) =>
  setKey(participants.map((p) => `${p.departmentId}:${setKey(p.itemIds)}`));

/**
 * The list the task is made from (按一业一单创建), while its departments and items are still the
 * ones the list filled in; changed by hand, the task is no longer the list's and names none.
 */
export function jointListPart(draft: TaskDraft): { jointListId?: string } {
  const fill = draft.listFill;
  if (!draft.jointListId || !fill) return {};
  const kept =
    setKey(fill.itemIds) === setKey(draft.itemIds) &&
    splitKey(fill.participants) === splitKey(draft.participants);
  return kept ? { jointListId: draft.jointListId } : {};
}

/**
 * The body of POST /api/tasks (with the lead named: POST /api/joint-office/tasks). Nothing is
 * checked here: the api says what is wrong, by field.
 */
export function initiateBody(draft: TaskDraft) {
  const adhocReason = draft.adhocReason.trim() || undefined;
  const inPlan = draft.basis === 'plan' && draft.planId;
  return {
    ...(inPlan ? { planId: draft.planId } : {}),
    ...optional('leadDepartmentId', draft.leadDepartmentId || undefined),
    ...optional('adhocReason', adhocReason),
    ...optional('beyondPlanReason', (inPlan && draft.beyondPlanReason.trim()) || undefined),
    ...jointListPart(draft),
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
    ...randomness(draft),
  };
}
