import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';
import { type ListedItemFact, listedDepartments } from './joint-list-contents';

export type { ListedItemFact } from './joint-list-contents';

export type JointItemListCommand =
  | {
      kind: 'DrawUpJointItemList';
      listId: string;
      industry: string;
      leadDepartmentId: string;
      itemIds: string[];
      items: ListedItemFact[];
    }
  /** A new version: what is not given stays; the items given replace the list's. */
  | {
      kind: 'AmendJointItemList';
      listId: string;
      industry?: string;
      leadDepartmentId?: string;
      itemIds?: string[];
      reason: string;
      items: ListedItemFact[];
    }
  | { kind: 'RetireJointItemList'; listId: string; reason: string };

/** One version of a list's contents; departments follow from the items. */
export interface JointListContents {
  industry: string;
  leadDepartmentId: string;
  itemIds: string[];
  departmentIds: string[];
}

export type JointItemListEvent =
  | DomainEvent<'JointItemListDrawnUp', { listId: string } & JointListContents>
  | DomainEvent<
      'JointItemListAmended',
      { listId: string; version: number; reason: string } & JointListContents
    >
  | DomainEvent<'JointItemListRetired', { listId: string; version: number; reason: string }>;

export type JointItemListState =
  | { status: 'absent' }
  | ({ status: 'active' | 'retired'; listId: string; version: number } & JointListContents);

const contentsOf = (data: JointListContents): JointListContents => ({
  industry: data.industry,
  leadDepartmentId: data.leadDepartmentId,
  itemIds: data.itemIds,
  departmentIds: data.departmentIds,
});

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function amend(
  command: Extract<JointItemListCommand, { kind: 'AmendJointItemList' }>,
  list: Exclude<JointItemListState, { status: 'absent' }>,
): JointItemListEvent[] {
  if (!command.reason.trim()) {
    throw new DomainError(
      'JOINT_LIST_CHANGE_NEEDS_REASON',
      'Amending or retiring a joint list needs a reason',
    );
  }
  const industry = command.industry ?? list.industry;
  const leadDepartmentId = command.leadDepartmentId ?? list.leadDepartmentId;
  const itemIds = command.itemIds ?? list.itemIds;
  const unchanged =
    industry === list.industry &&
    leadDepartmentId === list.leadDepartmentId &&
    sameSet(itemIds, list.itemIds);
  if (unchanged) {
    throw new DomainError(
      'JOINT_LIST_AMENDMENT_CHANGES_NOTHING',
      'The amendment changes nothing on the list',
    );
  }
  // Items kept from the version before are checked again: one retired since is refused.
  const departmentIds = listedDepartments(itemIds, command.items, leadDepartmentId);
  return [
    {
      type: 'JointItemListAmended',
      data: {
        listId: command.listId,
        version: list.version + 1,
        reason: command.reason,
        industry,
        leadDepartmentId,
        itemIds,
        departmentIds,
      },
    },
  ];
}

/**
 * One industry's items from several departments merged into one list (一业一单). It is amended
 * version by version with a reason, and retired with a reason; a retired list makes no new task.
 */
export const jointItemListDecider: Decider<JointItemListCommand, JointItemListEvent, JointItemListState> = {
  initialState: () => ({ status: 'absent' }),
  evolve(state, event) {
    switch (event.type) {
      case 'JointItemListDrawnUp':
        return { status: 'active', listId: event.data.listId, version: 1, ...contentsOf(event.data) };
      case 'JointItemListAmended':
        return state.status === 'absent'
          ? state
          : { ...state, version: event.data.version, ...contentsOf(event.data) };
      case 'JointItemListRetired':
        return state.status === 'absent' ? state : { ...state, status: 'retired' };
      default:
        return state;
    }
  },
  decide(command, state) {
    if (command.kind === 'DrawUpJointItemList') {
      if (state.status !== 'absent') {
        throw new DomainError('JOINT_ITEM_LIST_EXISTS', `Joint item list ${command.listId} already exists`);
      }
      const departmentIds = listedDepartments(command.itemIds, command.items, command.leadDepartmentId);
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
    }
    if (state.status === 'absent') {
      throw new DomainError('JOINT_ITEM_LIST_NOT_FOUND', `No joint item list ${command.listId}`);
    }
    if (state.status === 'retired') {
      throw new DomainError('JOINT_ITEM_LIST_RETIRED', `Joint item list ${command.listId} is retired`, {
        listId: command.listId,
      });
    }
    if (command.kind === 'AmendJointItemList') return amend(command, state);
    if (!command.reason.trim()) {
      throw new DomainError(
        'JOINT_LIST_CHANGE_NEEDS_REASON',
        'Amending or retiring a joint list needs a reason',
      );
    }
    return [
      {
        type: 'JointItemListRetired',
        data: { listId: command.listId, version: state.version, reason: command.reason },
      },
    ];
  },
};
