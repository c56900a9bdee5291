import {
  type PlanDefinition,
  type PlanFacts,
  type PlanJointListFact,
  type PlanState,
  jointItemListDecider,
  planDecider,
  registerStreams,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import { loadAggregate } from '@app/audit';
import { listedItemFacts, registeredDepartmentIds } from '../registers/register-reads';

/**
 * A plan's state folded from its stream (consistent, not a read model). Tasks belong only to a
 * plan that was published: `status !== 'absent' && everPublished` (and not `closed`).
 */
export async function loadPlan(events: EventStore, planId: string): Promise<PlanState> {
  const { state } = await loadAggregate(events, registerStreams.plan(planId), planDecider);
  return state;
}

/** The facts the plan decider checks a version of a plan against: its items and its registered departments. */
export async function planFacts(
  events: EventStore,
  definition: Pick<PlanDefinition, 'leadDepartmentId' | 'cooperatingDepartmentIds' | 'itemIds'>,
): Promise<PlanFacts> {
  return {
    items: await listedItemFacts(events, definition.itemIds),
    registeredDepartmentIds: await registeredDepartmentIds(events, [
      definition.leadDepartmentId,
      ...definition.cooperatingDepartmentIds,
    ]),
  };
}

/** The 一业一单 a plan is made from, as it stands (its current version). */
export async function jointListFact(events: EventStore, listId: string): Promise<PlanJointListFact> {
  const stream = registerStreams.jointItemList(listId);
  return { listId, state: (await loadAggregate(events, stream, jointItemListDecider)).state };
}
