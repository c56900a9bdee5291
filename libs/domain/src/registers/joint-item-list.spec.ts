import { deciderSpecification } from '../testing/decider-specification';
import { type JointItemListCommand, jointItemListDecider } from './joint-item-list';

const spec = deciderSpecification(jointItemListDecider);
const command: JointItemListCommand = {
  kind: 'DrawUpJointItemList',
  listId: 'l1',
  industry: '餐饮',
  leadDepartmentId: 'scjg',
  itemIds: ['i1', 'i2'],
  items: [
    { itemId: 'i1', departmentId: 'scjg', retired: false },
    { itemId: 'i2', departmentId: 'xf', retired: false },
  ],
};
const drawnUp = {
  type: 'JointItemListDrawnUp' as const,
  data: {
    listId: 'l1',
    industry: '餐饮',
    leadDepartmentId: 'scjg',
    itemIds: ['i1', 'i2'],
    departmentIds: ['scjg', 'xf'],
  },
};

describe('joint item list', () => {
  it('merges items of several departments', () => {
    spec.given([]).when(command).then([drawnUp]);
  });

  it('refuses items not on the item list, retired items, one department, and a lead without items', () => {
    spec
      .given([])
      .when({ ...command, itemIds: ['i1', 'i9'] })
      .thenRejects('CHECK_ITEM_NOT_ON_LIST');
    spec
      .given([])
      .when({ ...command, items: [command.items[0], { ...command.items[1], retired: true }] })
      .thenRejects('CHECK_ITEM_RETIRED');
    spec
      .given([])
      .when({ ...command, items: [command.items[0], { ...command.items[1], departmentId: 'scjg' }] })
      .thenRejects('JOINT_LIST_NEEDS_SEVERAL_DEPARTMENTS');
    spec
      .given([])
      .when({ ...command, leadDepartmentId: 'ws' })
      .thenRejects('JOINT_LIST_LEAD_HAS_NO_ITEM');
  });

  it('refuses drawing up the same list twice', () => {
    spec.given([drawnUp]).when(command).thenRejects('JOINT_ITEM_LIST_EXISTS');
  });
});

describe('joint item list: amendment and retirement', () => {
  const items = [
    ...command.items,
    { itemId: 'i3', departmentId: 'ws', retired: false },
    { itemId: 'i4', departmentId: 'xf', retired: true },
  ];
  const amend = (fields: Partial<Extract<JointItemListCommand, { kind: 'AmendJointItemList' }>> = {}) => ({
    kind: 'AmendJointItemList' as const,
    listId: 'l1',
    itemIds: ['i1', 'i2', 'i3'],
    reason: '新增卫生健康部门事项',
    items,
    ...fields,
  });
  const amended = {
    type: 'JointItemListAmended' as const,
    data: {
      listId: 'l1',
      version: 2,
      reason: '新增卫生健康部门事项',
      industry: '餐饮',
      leadDepartmentId: 'scjg',
      itemIds: ['i1', 'i2', 'i3'],
      departmentIds: ['scjg', 'ws', 'xf'],
    },
  };
  const retire = { kind: 'RetireJointItemList' as const, listId: 'l1', reason: '行业合并' };

  it('given a list, when its items are amended with a reason, then version 2 with the departments they bring', () => {
    spec.given([drawnUp]).when(amend()).then([amended]);
  });

  it('keeps what an amendment does not name; a renamed list (its industry) is a new version too', () => {
    spec
      .given([drawnUp, amended])
      .when({ kind: 'AmendJointItemList', listId: 'l1', industry: '餐饮服务', reason: '名称规范', items })
      .then([
        {
          type: 'JointItemListAmended',
          data: { ...amended.data, version: 3, industry: '餐饮服务', reason: '名称规范' },
        },
      ]);
  });

  it('refuses an amendment without a reason, one that changes nothing, and one that breaks the list rules', () => {
    spec
      .given([drawnUp])
      .when(amend({ reason: '  ' }))
      .thenRejects('JOINT_LIST_CHANGE_NEEDS_REASON');
    spec
      .given([drawnUp])
      .when(amend({ itemIds: ['i2', 'i1'] }))
      .thenRejects('JOINT_LIST_AMENDMENT_CHANGES_NOTHING');
    spec
      .given([drawnUp])
      .when(amend({ itemIds: ['i1', 'i4'] }))
      .thenRejects('CHECK_ITEM_RETIRED');
    spec
      .given([drawnUp])
      .when(amend({ itemIds: ['i1', 'i9'] }))
      .thenRejects('CHECK_ITEM_NOT_ON_LIST');
    spec
      .given([drawnUp])
      .when(amend({ itemIds: ['i1'] }))
      .thenRejects('JOINT_LIST_NEEDS_SEVERAL_DEPARTMENTS');
    spec
      .given([drawnUp])
      .when(amend({ itemIds: ['i2', 'i3'] }))
      .thenRejects('JOINT_LIST_LEAD_HAS_NO_ITEM');
  });

  it('given a list, when it is retired with a reason, then JointItemListRetired naming its last version', () => {
    spec
      .given([drawnUp, amended])
      .when(retire)
      .then([{ type: 'JointItemListRetired', data: { listId: 'l1', version: 2, reason: '行业合并' } }]);
  });

  it('refuses retiring without a reason, and amending or retiring a retired list or one never drawn up', () => {
    spec
      .given([drawnUp])
      .when({ ...retire, reason: '' })
      .thenRejects('JOINT_LIST_CHANGE_NEEDS_REASON');
    const retired = {
      type: 'JointItemListRetired' as const,
      data: { listId: 'l1', version: 1, reason: 'x' },
    };
    spec.given([drawnUp, retired]).when(retire).thenRejects('JOINT_ITEM_LIST_RETIRED');
    spec.given([drawnUp, retired]).when(amend()).thenRejects('JOINT_ITEM_LIST_RETIRED');
    spec.given([]).when(retire).thenRejects('JOINT_ITEM_LIST_NOT_FOUND');
    spec.given([]).when(amend()).thenRejects('JOINT_ITEM_LIST_NOT_FOUND');
    spec.given([drawnUp, retired]).when(command).thenRejects('JOINT_ITEM_LIST_EXISTS');
  });
});
