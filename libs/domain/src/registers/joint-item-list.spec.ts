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
