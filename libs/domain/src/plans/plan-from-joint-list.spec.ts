import type { JointItemListState } from '../registers/joint-item-list';
import { deciderSpecification } from '../testing/decider-specification';
import { type PlanCommand, type PlanDefinition, planDecider } from './plan';

const spec = deciderSpecification(planDecider);

/** A 餐饮 list of 市场监管 and 卫健, version 2. */
const list: JointItemListState = {
  status: 'active',
  listId: 'jl-cy',
  version: 2,
  industry: '餐饮',
  leadDepartmentId: 'scjg',
  itemIds: ['i-scjg', 'i-yjj'],
  departmentIds: ['scjg', 'yjj'],
};
const bare: PlanDefinition = {
  year: 2026,
  name: '2026年度餐饮行业联合抽查计划',
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: [],
  itemIds: [],
  targetCriteria: {},
  ratiosByCreditRisk: { A: 0.03, D: 0.3 },
  window: { from: '2026-03-01', to: '2026-11-30' },
};
const facts = {
  items: [
    { itemId: 'i-scjg', departmentId: 'scjg', retired: false },
    { itemId: 'i-yjj', departmentId: 'yjj', retired: false },
  ],
  registeredDepartmentIds: ['scjg', 'yjj', 'swj'],
};
const draft = (definition: Partial<PlanDefinition> = {}, state: JointItemListState = list): PlanCommand => ({
  kind: 'DraftPlan',
  planId: 'p-cy',
  definition: { ...bare, ...definition },
  facts,
  jointList: { listId: 'jl-cy', state },
});
const filled = {
  ...bare,
  cooperatingDepartmentIds: ['yjj'],
  itemIds: ['i-scjg', 'i-yjj'],
  jointList: { listId: 'jl-cy', version: 2 },
};

describe("a plan made from a joint item list (一业一单; Yuanqu 一(二); Gui'an 第38条)", () => {
  it('given nothing, when a plan names a list and leaves departments and items empty, then they are filled from its current version, recorded', () => {
    spec
      .given([])
      .when(draft())
      .then([{ type: 'PlanDrafted', data: { planId: 'p-cy', ...filled } }]);
  });

  it('departments and items given exactly as the list has them are taken as given', () => {
    spec
      .given([])
      .when(draft({ cooperatingDepartmentIds: ['yjj'], itemIds: ['i-yjj', 'i-scjg'] }))
      .then([
        {
          type: 'PlanDrafted',
          data: { planId: 'p-cy', ...filled, itemIds: ['i-yjj', 'i-scjg'] },
        },
      ]);
  });

  it('refuses departments or items that contradict the list: JOINT_LIST_CONTRADICTED', () => {
    spec
      .given([])
      .when(draft({ cooperatingDepartmentIds: ['swj'], itemIds: ['i-scjg', 'i-yjj'] }))
      .thenRejects('JOINT_LIST_CONTRADICTED');
  });

  it('refuses a retired list: JOINT_ITEM_LIST_RETIRED', () => {
    spec
      .given([])
      .when(draft({}, { ...list, status: 'retired' }))
      .thenRejects('JOINT_ITEM_LIST_RETIRED');
  });

  it('refuses a list that does not exist: JOINT_ITEM_LIST_NOT_FOUND', () => {
    spec
      .given([])
      .when(draft({}, { status: 'absent' }))
      .thenRejects('JOINT_ITEM_LIST_NOT_FOUND');
  });

  it('refuses a lead with no item on the list: JOINT_LIST_WITHOUT_LEAD', () => {
    spec
      .given([])
      .when(draft({ leadDepartmentId: 'swj' }))
      .thenRejects('JOINT_LIST_WITHOUT_LEAD');
  });
});
