import { DomainError } from '../domain-error';
import type { JointItemListState } from '../registers/joint-item-list';
import type { PlanDefinition } from './plan';

/** The 一业一单 a plan is made from, as the handler found it (its current version). */
export interface PlanJointListFact {
  listId: string;
  state: JointItemListState;
}

const key = (ids: readonly string[]) => [...ids].sort().join('\n');

/**
 * A plan made from a joint item list takes its departments and items from the list's current
 * version, recorded with it: the lead's partners on the list cooperate, the list's items are the
 * plan's. Left empty they are filled in; given, they must be exactly the list's.
 */
export function planFromJointList(definition: PlanDefinition, named: PlanJointListFact): PlanDefinition {
  const list = named.state;
  if (list.status === 'absent') {
    throw new DomainError('JOINT_ITEM_LIST_NOT_FOUND', `No joint item list ${named.listId}`);
  }
  if (list.status === 'retired') {
    throw new DomainError('JOINT_ITEM_LIST_RETIRED', `Joint item list ${named.listId} is retired`, {
      listId: named.listId,
    });
  }
  const lead = definition.leadDepartmentId;
  if (!list.departmentIds.includes(lead)) {
    throw new DomainError(
      'JOINT_LIST_WITHOUT_LEAD',
      `Department ${lead} has no item on joint list ${named.listId}`,
      { listId: named.listId, departmentId: lead },
    );
  }
  const cooperatingDepartmentIds = list.departmentIds.filter((id) => id !== lead);
  const given = definition.cooperatingDepartmentIds.length > 0 || definition.itemIds.length > 0;
  if (
    given &&
    (key(definition.itemIds) !== key(list.itemIds) ||
      key(definition.cooperatingDepartmentIds) !== key(cooperatingDepartmentIds))
  ) {
    throw new DomainError(
      'JOINT_LIST_CONTRADICTED',
      `The departments and items given differ from joint list ${named.listId} (version ${list.version})`,
      { listId: named.listId, version: list.version },
    );
  }
  return {
    ...definition,
    cooperatingDepartmentIds: given ? definition.cooperatingDepartmentIds : cooperatingDepartmentIds,
    itemIds: given ? definition.itemIds : [...list.itemIds],
    jointList: { listId: named.listId, version: list.version },
  };
}
