import {
  type ListedItemFact,
  type PlanDefinition,
  type PlanFacts,
  type PlanState,
  checkItemDecider,
  planDecider,
  registerStreams,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import { loadAggregate } from '../commands/load-aggregate';
import { isDepartmentRegistered } from '../registers/register-reads';

/**
 * A plan's state folded from its stream (consistent, not a read model). Tasks belong only to a
 * plan that was published: `status !== 'absent' && everPublished` (and not `closed`).
 */
export async function loadPlan(events: EventStore, planId: string): Promise<PlanState> {
  const { state } = await loadAggregate(events, registerStreams.plan(planId), planDecider);
  return state;
}

/** What the check-item list holds of each id: its department and whether it is retired (absent: not on it). */
export async function listedItemFacts(
  events: EventStore,
  itemIds: readonly string[],
): Promise<ListedItemFact[]> {
  const items: ListedItemFact[] = [];
  for (const itemId of itemIds) {
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

/** The facts the plan decider checks a version of a plan against: its items and its registered departments. */
export async function planFacts(
  events: EventStore,
  definition: Pick<PlanDefinition, 'leadDepartmentId' | 'cooperatingDepartmentIds' | 'itemIds'>,
): Promise<PlanFacts> {
  const registeredDepartmentIds: string[] = [];
  for (const departmentId of [definition.leadDepartmentId, ...definition.cooperatingDepartmentIds]) {
    if (await isDepartmentRegistered(events, departmentId)) registeredDepartmentIds.push(departmentId);
  }
  return { items: await listedItemFacts(events, definition.itemIds), registeredDepartmentIds };
}
