import type { EventStore } from '@app/event-store';
import { type ListedItemFact, checkItemDecider, departmentDecider, registerStreams } from '@app/domain';
import { loadAggregate } from '@app/audit';

/** Whether a department is registered, read from its stream (consistent, not a read model). */
export async function isDepartmentRegistered(events: EventStore, departmentId: string): Promise<boolean> {
  const { state } = await loadAggregate(events, registerStreams.department(departmentId), departmentDecider);
  return state.registered;
}

/** Which of these departments are registered. */
export async function registeredDepartmentIds(
  events: EventStore,
  departmentIds: readonly string[],
): Promise<string[]> {
  const out: string[] = [];
  for (const id of new Set(departmentIds)) if (await isDepartmentRegistered(events, id)) out.push(id);
  return out;
}

/** What the check-item list holds of each id: its department and whether it is retired (absent: not on it). */
export async function listedItemFacts(
  events: EventStore,
  itemIds: readonly string[],
): Promise<ListedItemFact[]> {
  const items: ListedItemFact[] = [];
  for (const itemId of new Set(itemIds)) {
    const { state } = await loadAggregate(events, registerStreams.checkItem(itemId), checkItemDecider);
    if (state.status !== 'absent') {
      items.push({
        itemId,
        departmentId: state.definition.departmentId,
        retired: state.status === 'retired',
      });
    }
  }
  return items;
}
