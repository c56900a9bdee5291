import {
  type PlanFormValues,
  draftBody,
  emptyPlanForm,
  keepItemsOf,
  planChanges,
  planForm,
  splitList,
  withJointList,
} from './plan-form-model';
import type { PlanDefinition } from './plan-model';

const plan: PlanDefinition = {
  year: 2026,
  name: '2026年度抽查计划',
  leadDepartmentId: 'd00',
  cooperatingDepartmentIds: ['d01'],
  itemIds: ['i0', 'i1'],
  targetCriteria: { kinds: ['enterprise'], regionCodes: ['320102'] },
  ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
  window: { from: '2026-03-01', to: '2026-11-30' },
};

describe('the plan form', () => {
  it('splits a typed list on commas of either width, 、 and spaces, once each', () => {
    expect(splitList(' 320102，320104、320105 , 320102;H62 ')).toEqual(['320102', '320104', '320105', 'H62']);
    expect(splitList('  ')).toEqual([]);
  });

  it('makes the draft body, leaving blank ratios and empty criteria out', () => {
    const values: PlanFormValues = {
      ...emptyPlanForm(2026, 'd00'),
      name: ' 年度计划 ',
      cooperatingDepartmentIds: ['d01', 'd00'],
      itemIds: ['i0'],
      kinds: ['enterprise'],
      tags: '学校周边',
      ratios: { A: '3', B: '', C: '10', D: '' },
    };
    expect(draftBody(values)).toEqual({
      year: 2026,
      name: '年度计划',
      leadDepartmentId: 'd00',
      cooperatingDepartmentIds: ['d01'],
      itemIds: ['i0'],
      targetCriteria: { kinds: ['enterprise'], tags: ['学校周边'] },
      ratiosByCreditRisk: { A: 0.03, C: 0.1 },
      window: { from: '2026-01-01', to: '2026-12-31' },
    });
  });

  it('leaves a blank year out, for the api to name it', () => {
    expect(draftBody({ ...emptyPlanForm(2026, 'd00'), year: '' })).not.toHaveProperty('year');
  });

  it('shows a plan as the form holds it, and finds no change in it', () => {
    const values = planForm(plan);
    expect(values.regionCodes).toBe('320102');
    expect(values.ratios).toEqual({ A: '3', B: '5', C: '10', D: '30' });
    expect(planChanges(plan, values)).toEqual({});
  });

  it('sends only the fields that differ, each whole', () => {
    const values = {
      ...planForm(plan),
      itemIds: ['i0', 'i1', 'i2'],
      windowTo: '2026-12-15',
      tags: '学校周边',
    };
    expect(planChanges(plan, values)).toEqual({
      itemIds: ['i0', 'i1', 'i2'],
      targetCriteria: { kinds: ['enterprise'], regionCodes: ['320102'], tags: ['学校周边'] },
      window: { from: '2026-03-01', to: '2026-12-15' },
    });
  });

  it('drops chosen items of a department taken out of the plan, keeping those of unknown department', () => {
    const departments = new Map([
      ['i0', 'd00'],
      ['i1', 'd01'],
    ]);
    expect(keepItemsOf(['i0', 'i1', 'i9'], departments, ['d00'])).toEqual(['i0', 'i9']);
  });

  it('sends a ratio typed as a percentage as the fraction the api keeps', () => {
    const values = { ...emptyPlanForm(2026, 'd00'), ratios: { A: '', B: '', C: '', D: '12.5' } };
    expect(draftBody(values).ratiosByCreditRisk).toEqual({ D: 0.125 });
    expect(planChanges(plan, { ...planForm(plan), ratios: { A: '3', B: '5', C: '10', D: '20' } })).toEqual({
      ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.2 },
    });
  });

  it('fills the departments and items from a 一业一单', () => {
    const list = {
      id: 'jl-1',
      leadDepartmentId: 'd02',
      departmentIds: ['d02', 'd00', 'd03'],
      itemIds: ['i2', 'i0', 'i3'],
    };
    expect(withJointList(emptyPlanForm(2026, ''), list, true)).toMatchObject({
      leadDepartmentId: 'd02',
      cooperatingDepartmentIds: ['d00', 'd03'],
      itemIds: ['i2', 'i0', 'i3'],
    });
    // An operator leads their own department's plan: the list's lead cooperates.
    expect(withJointList(emptyPlanForm(2026, 'd00'), list, false)).toMatchObject({
      leadDepartmentId: 'd00',
      cooperatingDepartmentIds: ['d02', 'd03'],
    });
  });

  it('names the list in the draft while its departments and items are as it filled them', () => {
    const list = {
      id: 'jl-1',
      leadDepartmentId: 'd00',
      departmentIds: ['d00', 'd03'],
      itemIds: ['i0', 'i3'],
    };
    const filled = withJointList(emptyPlanForm(2026, 'd00'), list, false);
    expect(draftBody(filled)).toMatchObject({ jointListId: 'jl-1', cooperatingDepartmentIds: ['d03'] });
    // Reordered is the same; an item taken out is no longer the list's.
    expect(draftBody({ ...filled, itemIds: ['i3', 'i0'] }).jointListId).toBe('jl-1');
    expect(draftBody({ ...filled, itemIds: ['i0'] }).jointListId).toBeUndefined();
  });
});
