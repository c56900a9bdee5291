import type { JointItemListState } from '../registers/joint-item-list';
import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import { LEAD_ITEMS, PARTICIPANTS, initiateTask, initiated, xfClerk } from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** 一业一单 l1, version 2: the lead's, fire's and health's items of the standard task. */
const list: JointItemListState = {
  status: 'active',
  listId: 'l1',
  version: 2,
  industry: '餐饮',
  leadDepartmentId: 'scjg',
  itemIds: ['i-xf-1', 'i-scjg-1', 'i-ws-1', 'i-scjg-2', 'i-xf-2'],
  departmentIds: ['scjg', 'ws', 'xf'],
};
const fromList = (state: JointItemListState = list, fields: Parameters<typeof initiateTask>[0] = {}) =>
  initiateTask({ participants: [], itemIds: [], jointList: { listId: 'l1', state }, ...fields });
const madeFromList = initiated({
  participants: [
    { departmentId: 'ws', itemIds: ['i-ws-1'] },
    { departmentId: 'xf', itemIds: ['i-xf-1', 'i-xf-2'] },
  ],
  itemIds: ['i-scjg-1', 'i-scjg-2'],
  jointList: { listId: 'l1', version: 2 },
});

describe('inspection task: made from a joint item list (一业一单)', () => {
  it('given nothing, when a task names a list and leaves departments and items empty, then they are filled from its current version, recorded', () => {
    spec.given([]).when(fromList()).then([madeFromList]);
  });

  it('accepts departments and items given alongside when they are exactly the list’s, in any order', () => {
    spec
      .given([])
      .when(fromList(list, { participants: PARTICIPANTS, itemIds: [...LEAD_ITEMS].reverse() }))
      .then([
        {
          ...madeFromList,
          data: { ...madeFromList.data, participants: PARTICIPANTS, itemIds: [...LEAD_ITEMS].reverse() },
        },
      ]);
  });

  it('refuses departments or items that contradict the list (JOINT_LIST_CONTRADICTED)', () => {
    spec
      .given([])
      .when(fromList(list, { participants: PARTICIPANTS.slice(0, 1), itemIds: LEAD_ITEMS }))
      .thenRejects('JOINT_LIST_CONTRADICTED');
    spec
      .given([])
      .when(fromList(list, { participants: PARTICIPANTS, itemIds: ['i-scjg-1'] }))
      .thenRejects('JOINT_LIST_CONTRADICTED');
  });

  it('refuses a retired list, a list never drawn up, and an initiator with no item on the list', () => {
    spec
      .given([])
      .when(fromList({ ...list, status: 'retired' }))
      .thenRejects('JOINT_ITEM_LIST_RETIRED');
    spec
      .given([])
      .when(fromList({ status: 'absent' }))
      .thenRejects('JOINT_ITEM_LIST_NOT_FOUND');
    spec
      .given([])
      .when(fromList({ ...list, itemIds: ['i-xf-1', 'i-ws-1'], departmentIds: ['ws', 'xf'] }))
      .thenRejects('JOINT_LIST_WITHOUT_LEAD');
  });

  it('lets any department on the list initiate: its items are the task’s own, the others are invited', () => {
    spec
      .given([])
      .when(fromList(list, { by: xfClerk }))
      .then([
        initiated({
          leadDepartmentId: 'xf',
          participants: [
            { departmentId: 'scjg', itemIds: ['i-scjg-1', 'i-scjg-2'] },
            { departmentId: 'ws', itemIds: ['i-ws-1'] },
          ],
          itemIds: ['i-xf-1', 'i-xf-2'],
          jointList: { listId: 'l1', version: 2 },
        }),
      ]);
  });

  it('refuses a list holding an item retired since it was drawn up: the list is amended first', () => {
    const { items } = initiateTask();
    spec
      .given([])
      .when(
        fromList(list, {
          items: items.map((item) => (item.itemId === 'i-ws-1' ? { ...item, retired: true } : item)),
        }),
      )
      .thenRejects('CHECK_ITEM_RETIRED');
  });
});
