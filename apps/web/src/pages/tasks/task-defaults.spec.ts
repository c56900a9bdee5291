import { fromJointList, fromPlan } from './task-defaults';
import { type TaskDraft, emptyDraft, initiateBody, jointListPart } from './task-form';
import type { JointList, Plan } from './task-types';

/** Items i-scjg-* are the market regulator's, i-xf-* the fire brigade's, i-wj-* the health board's. */
const departmentOf = (itemId: string) => itemId.split('-')[1];
const SCJG = { lead: 'scjg', departmentOf, today: '2026-06-01' };

const plan: Plan = {
  id: 'p1',
  year: 2026,
  name: '2026年度联合抽查计划',
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: ['xf', 'wj'],
  status: 'published',
  everPublished: true,
  itemIds: ['i-scjg-1', 'i-xf-1', 'i-xf-2', 'i-scjg-2', 'i-wj-1'],
  targetCriteria: { kinds: ['enterprise'], regionCodes: ['320102', '320104'], scales: ['small'] },
  ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
  window: { from: '2026-03-01', to: '2026-11-30' },
};

describe('choosing a plan in the new-task form', () => {
  it("gives the lead only its own items, and proposes the plan's other departments with theirs", () => {
    const draft = fromPlan(emptyDraft, plan, SCJG);
    expect(draft.itemIds).toEqual(['i-scjg-1', 'i-scjg-2']);
    expect(draft.participants).toEqual([
      { departmentId: 'xf', itemIds: ['i-xf-1', 'i-xf-2'] },
      { departmentId: 'wj', itemIds: ['i-wj-1'] },
    ]);
    const body = initiateBody({ ...draft, name: '联合抽查' });
    expect(body.planId).toBe('p1');
    expect(body.itemIds.every((id) => departmentOf(id) === 'scjg')).toBe(true);
  });

  it('works as well for a cooperating department that initiates under the plan', () => {
    const draft = fromPlan(emptyDraft, plan, { ...SCJG, lead: 'xf' });
    expect(draft.itemIds).toEqual(['i-xf-1', 'i-xf-2']);
    expect(draft.participants.map((p) => p.departmentId)).toEqual(['scjg', 'wj']);
  });

  it('brings the target criteria and the ratios over as percentages', () => {
    const draft = fromPlan(emptyDraft, plan, SCJG);
    expect(draft).toMatchObject({
      kinds: ['enterprise'],
      scales: ['small'],
      regionCodes: '320102、320104',
      samplingMode: 'ratio',
      byCreditRisk: true,
      ratioPercent: '3',
      classPercents: { A: '3', B: '5', C: '10', D: '30' },
    });
    expect(initiateBody(draft).sampling).toEqual({
      ratio: 0.03,
      byCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
    });
    expect(initiateBody(draft).criteria).toEqual(plan.targetCriteria);
  });

  it('starts the window today when the plan is under way, within the plan', () => {
    expect(fromPlan(emptyDraft, plan, SCJG)).toMatchObject({ from: '2026-06-01', to: '2026-11-30' });
    expect(fromPlan(emptyDraft, plan, { ...SCJG, today: '2026-01-10' })).toMatchObject({
      from: '2026-03-01',
      to: '2026-11-30',
    });
  });

  it('keeps what the user typed: dates (within the plan), sampling, criteria, invitations', () => {
    const typed: TaskDraft = {
      ...emptyDraft,
      from: '2026-07-01',
      to: '2026-12-31',
      samplingMode: 'count',
      count: '20',
      regionCodes: '320105',
      participants: [{ departmentId: 'xf', itemIds: ['i-xf-2'] }],
    };
    const draft = fromPlan(typed, plan, SCJG);
    expect(draft).toMatchObject({
      from: '2026-07-01',
      to: '2026-11-30',
      samplingMode: 'count',
      count: '20',
      regionCodes: '320105',
      kinds: ['enterprise'],
    });
    expect(draft.participants).toEqual([
      { departmentId: 'xf', itemIds: ['i-xf-2'] },
      { departmentId: 'wj', itemIds: ['i-wj-1'] },
    ]);
  });

  it('replaces what an earlier plan filled, but not what the user changed since', () => {
    const first = fromPlan(emptyDraft, plan, SCJG);
    const other: Plan = {
      ...plan,
      id: 'p2',
      cooperatingDepartmentIds: ['xf'],
      itemIds: ['i-scjg-3', 'i-xf-3'],
      targetCriteria: {},
      ratiosByCreditRisk: { D: 0.2 },
      window: { from: '2026-05-01', to: '2026-08-31' },
    };
    const second = fromPlan({ ...first, tags: '学校周边' }, other, SCJG);
    expect(second).toMatchObject({
      planId: 'p2',
      itemIds: ['i-scjg-3'],
      participants: [{ departmentId: 'xf', itemIds: ['i-xf-3'] }],
      kinds: [],
      regionCodes: '',
      tags: '学校周边',
      from: '2026-06-01',
      to: '2026-08-31',
      ratioPercent: '20',
      classPercents: { A: '', B: '', C: '', D: '20' },
    });
  });
});

describe('choosing a 一业一单 in the new-task form', () => {
  const list: JointList = {
    id: 'l1',
    industry: '餐饮',
    leadDepartmentId: 'xf',
    departmentIds: ['xf', 'scjg', 'wj'],
    itemIds: ['i-xf-1', 'i-scjg-1', 'i-wj-1', 'i-wj-2'],
  };

  it("fills the lead's items and the other departments with theirs, whoever drew up the list", () => {
    const draft = fromJointList(
      { ...emptyDraft, itemIds: ['i-scjg-9'], participants: [{ departmentId: 'zj', itemIds: ['i-zj-1'] }] },
      list,
      SCJG,
    );
    expect(draft).toMatchObject({
      jointListId: 'l1',
      itemIds: ['i-scjg-1'],
      participants: [
        { departmentId: 'xf', itemIds: ['i-xf-1'] },
        { departmentId: 'wj', itemIds: ['i-wj-1', 'i-wj-2'] },
      ],
    });
  });

  it('gives way to a plan chosen afterwards, as any filled value does', () => {
    const draft = fromPlan(fromJointList(emptyDraft, list, SCJG), plan, SCJG);
    expect(draft.itemIds).toEqual(['i-scjg-1', 'i-scjg-2']);
    expect(draft.jointListId).toBe('');
  });
});

describe('按一业一单创建: the list named in POST /api/tasks', () => {
  const list: JointList = {
    id: 'l1',
    industry: '餐饮',
    leadDepartmentId: 'scjg',
    departmentIds: ['scjg', 'xf'],
    itemIds: ['i-scjg-1', 'i-xf-1'],
    version: 2,
  };

  it('names the list while the departments and items are the ones it filled in, in any order', () => {
    const draft = fromJointList(emptyDraft, list, SCJG);
    expect(initiateBody(draft)).toMatchObject({
      jointListId: 'l1',
      itemIds: ['i-scjg-1'],
      participants: [{ departmentId: 'xf', itemIds: ['i-xf-1'] }],
    });
    const reordered = { ...draft, participants: [...draft.participants].reverse() };
    expect(jointListPart(reordered)).toEqual({ jointListId: 'l1' });
  });

  it('names none once a department or an item is changed by hand, or when no list was chosen', () => {
    const draft = fromJointList(emptyDraft, list, SCJG);
    expect(jointListPart({ ...draft, itemIds: [] })).toEqual({});
    expect(jointListPart({ ...draft, participants: [] })).toEqual({});
    expect(
      jointListPart({ ...draft, participants: [{ departmentId: 'xf', itemIds: ['i-xf-1', 'i-xf-2'] }] }),
    ).toEqual({});
    expect('jointListId' in initiateBody(emptyDraft)).toBe(false);
  });
});
