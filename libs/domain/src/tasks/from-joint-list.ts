import type { JointItemListState } from '../registers/joint-item-list';
import type { InspectionTaskCommand } from './task-commands';
import { reject } from './task-guards';
import type { Participant } from './task-vocabulary';

type Initiate = Extract<InspectionTaskCommand, { kind: 'InitiateTask' }>;

/** The 一业一单 a task is made from, as the handler found it. */
export interface JointListFact {
  listId: string;
  state: JointItemListState;
}

const key = (ids: readonly string[]) => [...ids].sort().join('\n');

const sameSplit = (a: readonly Participant[], b: readonly Participant[]) =>
  key(a.map((p) => `${p.departmentId}:${key(p.itemIds)}`)) ===
  key(b.map((p) => `${p.departmentId}:${key(p.itemIds)}`));

/**
 * A task made from a joint list takes its departments and items from the list's current version:
 * the lead's items are the task's own, every other department on the list is invited with its items.
 * Departments and items left empty are filled in; given, they must be exactly the list's.
 */
export function fromJointList(command: Initiate): Initiate {
  const named = command.jointList;
  if (!named) return command;
  const list = named.state;
  if (list.status === 'absent') reject('JOINT_ITEM_LIST_NOT_FOUND', `No joint item list ${named.listId}`);
  if (list.status === 'retired') {
    reject('JOINT_ITEM_LIST_RETIRED', `Joint item list ${named.listId} is retired`, { listId: named.listId });
  }
  const lead = command.by.departmentId;
  if (!list.departmentIds.includes(lead)) {
    reject('JOINT_LIST_WITHOUT_LEAD', `Department ${lead} has no item on joint list ${named.listId}`, {
      listId: named.listId,
      departmentId: lead,
    });
  }
  const departmentOf = new Map(command.items.map((item) => [item.itemId, item.departmentId]));
  // An item not found stays with the lead, where the item checks refuse it by name.
  const itemsOf = (departmentId: string) =>
    list.itemIds.filter((id) => (departmentOf.get(id) ?? lead) === departmentId);
  const itemIds = itemsOf(lead);
  const participants = list.departmentIds
    .filter((id) => id !== lead)
    .map((departmentId) => ({ departmentId, itemIds: itemsOf(departmentId) }));
  const given = command.participants.length > 0 || command.itemIds.length > 0;
  if (given && (key(command.itemIds) !== key(itemIds) || !sameSplit(command.participants, participants))) {
    reject(
      'JOINT_LIST_CONTRADICTED',
      `The departments and items given differ from joint list ${named.listId} (version ${list.version})`,
      { listId: named.listId, version: list.version },
    );
  }
  return given ? command : { ...command, itemIds, participants };
}
