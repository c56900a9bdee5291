import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';

/** What the handler found of each listed item (absent ids were not found). */
export interface ListedItemFact {
  itemId: string;
  departmentId: string;
  retired: boolean;
}

export type JointItemListCommand = {
  kind: 'DrawUpJointItemList';
  listId: string;
  industry: string;
  leadDepartmentId: string;
  itemIds: string[];
  items: ListedItemFact[];
};

export type JointItemListEvent = DomainEvent<
  'JointItemListDrawnUp',
  { listId: string; industry: string; leadDepartmentId: string; itemIds: string[]; departmentIds: string[] }
>;

export type JointItemListState = { drawnUp: boolean };

/**
 * One industry's items from several departments merged into one list (一业一单): every item on
 * the item list and in force, from at least two departments, the lead department's among them.
 */
export const jointItemListDecider: Decider<JointItemListCommand, JointItemListEvent, JointItemListState> = {
  initialState: () => ({ drawnUp: false }),
  evolve: () => ({ drawnUp: true }),
  decide(command, state) {
    if (state.drawnUp) {
      throw new DomainError('JOINT_ITEM_LIST_EXISTS', `Joint item list ${command.listId} already exists`);
    }
    const found = new Map(command.items.map((item) => [item.itemId, item]));
    const missing = command.itemIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new DomainError('CHECK_ITEM_NOT_ON_LIST', `Not on the check-item list: ${missing.join(', ')}`, {
        itemIds: missing,
      });
    }
    const retired = command.itemIds.filter((id) => found.get(id)?.retired);
    if (retired.length > 0) {
      throw new DomainError('CHECK_ITEM_RETIRED', `Retired items cannot be listed: ${retired.join(', ')}`, {
        itemIds: retired,
      });
    }
    const departmentIds = [...new Set(command.itemIds.map((id) => found.get(id)!.departmentId))].sort();
    if (departmentIds.length < 2) {
      throw new DomainError(
        'JOINT_LIST_NEEDS_SEVERAL_DEPARTMENTS',
        'A joint item list merges the items of at least two departments',
      );
    }
    if (!departmentIds.includes(command.leadDepartmentId)) {
      throw new DomainError(
        'JOINT_LIST_LEAD_HAS_NO_ITEM',
        `The lead department ${command.leadDepartmentId} has no item on the list`,
        { departmentId: command.leadDepartmentId },
      );
    }
    return [
      {
        type: 'JointItemListDrawnUp',
        data: {
          listId: command.listId,
          industry: command.industry,
          leadDepartmentId: command.leadDepartmentId,
          itemIds: command.itemIds,
          departmentIds,
        },
      },
    ];
  },
};
