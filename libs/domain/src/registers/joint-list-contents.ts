import { DomainError } from '../domain-error';

/** What the handler found of each listed item (absent ids were not found). */
export interface ListedItemFact {
  itemId: string;
  departmentId: string;
  retired: boolean;
}

/** A list's contents: every item on the item list and in force, from two departments or more, the lead's among them. */
export function listedDepartments(
  itemIds: readonly string[],
  items: readonly ListedItemFact[],
  leadDepartmentId: string,
): string[] {
  const found = new Map(items.map((item) => [item.itemId, item]));
  const missing = itemIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new DomainError('CHECK_ITEM_NOT_ON_LIST', `Not on the check-item list: ${missing.join(', ')}`, {
      itemIds: missing,
    });
  }
  const retired = itemIds.filter((id) => found.get(id)?.retired);
  if (retired.length > 0) {
    throw new DomainError('CHECK_ITEM_RETIRED', `Retired items cannot be listed: ${retired.join(', ')}`, {
      itemIds: retired,
    });
  }
  const departmentIds = [...new Set(itemIds.map((id) => found.get(id)!.departmentId))].sort();
  if (departmentIds.length < 2) {
    throw new DomainError(
      'JOINT_LIST_NEEDS_SEVERAL_DEPARTMENTS',
      'A joint item list merges the items of at least two departments',
    );
  }
  if (!departmentIds.includes(leadDepartmentId)) {
    throw new DomainError(
      'JOINT_LIST_LEAD_HAS_NO_ITEM',
      `The lead department ${leadDepartmentId} has no item on the list`,
      { departmentId: leadDepartmentId },
    );
  }
  return departmentIds;
}
