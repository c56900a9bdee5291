import { percentText } from '../../api/percent';
import { CREDIT_RISK_CLASSES } from '../../api/vocabulary';
import type { TaskDraft } from './task-form';
import type { JointList, Plan } from './task-types';

/**
 * What choosing a plan or a 一业一单 fills in the new-task form. The lead department is the one
 * initiating: its own items are the plan's (or list's) items of that department, and each other
 * department of the plan or list is proposed as a participant with its own items (the api refuses
 * a lead's item of another department, TASK_ITEM_OF_OTHER_DEPARTMENT). What the user typed
 * themself is kept; what a previous choice filled is replaced.
 */

type Values = Omit<TaskDraft, 'filled'>;
type Proposal = Partial<Values>;

/** Which department each item is on the list of (undefined while unknown). */
export type DepartmentOfItem = (itemId: string) => string | undefined;

const SAMPLING = ['samplingMode', 'count', 'ratioPercent', 'byCreditRisk', 'classPercents'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function blank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The user's own value: something given, and not what a plan or list filled in. */
function typed(draft: TaskDraft, key: keyof Values): boolean {
  return !blank(draft[key]) && !same(draft[key], draft.filled[key]);
}

/** Sampling is one choice (mode, count, ratios): the user's once any of its figures is theirs. */
function samplingTyped(draft: TaskDraft): boolean {
  const figures = [draft.count, draft.ratioPercent, ...Object.values(draft.classPercents)];
  if (figures.every((f) => f.trim() === '')) return false;
  return SAMPLING.some((key) => !same(draft[key], draft.filled[key]));
}

/** Each department's items of a plan or list, the lead's apart, the others as participants. */
function split(
  itemIds: readonly string[],
  departmentIds: readonly string[],
  lead: string,
  departmentOf: DepartmentOfItem,
): Pick<Values, 'itemIds' | 'participants'> {
  const ofDepartment = (id: string) => itemIds.filter((item) => departmentOf(item) === id);
  const others = [...new Set([...departmentIds, ...itemIds.map((i) => departmentOf(i) ?? '')])].filter(
    (id) => id !== '' && id !== lead,
  );
  return {
    itemIds: ofDepartment(lead),
    // A participant is given at least one item: a department with none here is not proposed.
    participants: others
      .map((departmentId) => ({ departmentId, itemIds: ofDepartment(departmentId) }))
      .filter((p) => p.itemIds.length > 0),
  };
}

/** A proposal applied over the draft: fields the user typed stay, the others take the proposal. */
function propose(draft: TaskDraft, proposal: Proposal): TaskDraft {
  const next: TaskDraft = { ...draft, filled: { ...draft.filled, ...proposal } };
  for (const key of Object.keys(proposal) as (keyof Values)[]) {
    const keep = (SAMPLING as readonly string[]).includes(key) ? samplingTyped(draft) : typed(draft, key);
    if (key === 'participants' && keep) {
      // The user's invitations stay; the departments they did not name are added.
      const named = new Set(draft.participants.map((p) => p.departmentId));
      next.participants = [
        ...draft.participants,
        ...(proposal.participants ?? []).filter((p) => !named.has(p.departmentId)),
      ];
    } else if (!keep) {
      Object.assign(next, { [key]: proposal[key] });
    }
  }
  return next;
}

/** A day kept within a window (the api refuses a task's window outside its plan's). */
function within(day: string, window: { from: string; to: string }): string {
  if (day === '') return day;
  if (day < window.from) return window.from;
  return day > window.to ? window.to : day;
}

/** Choosing a published plan: its items, departments, target criteria, ratios and window. */
export function fromPlan(
  draft: TaskDraft,
  plan: Plan,
  context: { lead: string; departmentOf: DepartmentOfItem; today: string },
): TaskDraft {
  const criteria = plan.targetCriteria;
  const ratios = plan.ratiosByCreditRisk;
  const classes = CREDIT_RISK_CLASSES.filter((c) => ratios[c] !== undefined);
  const window = plan.window;
  const proposal: Proposal = {
    ...split(
      plan.itemIds,
      [plan.leadDepartmentId, ...plan.cooperatingDepartmentIds],
      context.lead,
      context.departmentOf,
    ),
    kinds: [...(criteria.kinds ?? [])],
    scales: [...(criteria.scales ?? [])],
    regionCodes: (criteria.regionCodes ?? []).join('、'),
    industryCodes: (criteria.industryCodes ?? []).join('、'),
    tags: (criteria.tags ?? []).join('、'),
    // From today when the plan's window is open, else from its first day.
    from: within(context.today, window) === context.today ? context.today : window.from,
    to: window.to,
    ...(classes.length > 0
      ? {
          samplingMode: 'ratio' as const,
          count: '',
          byCreditRisk: true,
          // The classes the plan leaves out are drawn at its lowest ratio.
          ratioPercent: percentText(Math.min(...classes.map((c) => ratios[c]!))),
          classPercents: {
            A: percentText(ratios.A),
            B: percentText(ratios.B),
            C: percentText(ratios.C),
            D: percentText(ratios.D),
          },
        }
      : {}),
  };
  const next = propose({ ...draft, planId: plan.id }, proposal);
  // A list whose items gave way to the plan's no longer describes the form.
  const jointListId = same(next.itemIds, draft.itemIds) ? draft.jointListId : '';
  return { ...next, jointListId, from: within(next.from, window), to: within(next.to, window) };
}

/** Choosing a 一业一单: the departments of the list, each with its items on it. */
export function fromJointList(
  draft: TaskDraft,
  list: JointList,
  context: { lead: string; departmentOf: DepartmentOfItem },
): TaskDraft {
  const proposal = split(list.itemIds, list.departmentIds, context.lead, context.departmentOf);
  // The list is chosen to fill exactly these: it replaces the departments and items given before.
  return {
    ...draft,
    ...proposal,
    jointListId: list.id,
    listFill: proposal,
    filled: { ...draft.filled, ...proposal },
  };
}
