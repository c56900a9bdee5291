import { type Plan, type PlanAdjustment, adjustmentsByState, draftOf } from './plan-model';

const definition = {
  year: 2026,
  name: '2026年度抽查计划',
  leadDepartmentId: 'd00',
  cooperatingDepartmentIds: ['d01'],
  itemIds: ['i0'],
  targetCriteria: {},
  ratiosByCreditRisk: { A: 0.03 },
  window: { from: '2026-03-01', to: '2026-11-30' },
};
const adjustment = (version?: number): PlanAdjustment => ({
  changes: { name: `v${version}` },
  previous: {},
  reason: '调整',
  at: '2026-04-01T02:00:00.000Z',
  actorId: 'u1',
  ...(version === undefined ? {} : { version }),
});
const plan = (fields: Partial<Plan>): Plan => ({
  id: 'p1',
  ...definition,
  status: 'published',
  version: 1,
  everPublished: true,
  unpublishedChanges: false,
  adjustments: [],
  publications: [],
  departmentIds: ['d00', 'd01'],
  draftedAt: '',
  updatedAt: '',
  ...fields,
});

describe('a plan in the console: published version and pending draft', () => {
  it('adjusts from the pending draft when there is one, else from the plan as shown', () => {
    const pending = { ...definition, name: '调整稿' };
    expect(draftOf(plan({ pending })).name).toBe('调整稿');
    expect(draftOf(plan({})).name).toBe(definition.name);
  });

  it('splits adjustments into those of published versions and those awaiting publication', () => {
    const split = adjustmentsByState(plan({ version: 2, adjustments: [adjustment(2), adjustment(3)] }));
    expect(split.published.map((a) => a.version)).toEqual([2]);
    expect(split.pending.map((a) => a.version)).toEqual([3]);
  });

  it('counts adjustments recorded before the rebuild (no version) as published', () => {
    expect(adjustmentsByState(plan({ adjustments: [adjustment()] })).pending).toEqual([]);
  });
});
