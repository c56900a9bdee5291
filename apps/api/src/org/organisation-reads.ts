import { loadAggregate } from '@app/audit';
import {
  type DepartmentProfile,
  type Jurisdiction,
  type ParentFacts,
  departmentDecider,
  registerStreams,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import type { Actor } from '@app/runtime';

/** Deeper than any real tree (province, city, county, office); bounds the walk should a stream be odd. */
const MAX_DEPTH = 16;

/** A department as its stream says now (consistent, not a read model); undefined when not registered. */
export async function departmentProfile(
  events: EventStore,
  departmentId: string,
): Promise<DepartmentProfile | undefined> {
  const { state } = await loadAggregate(events, registerStreams.department(departmentId), departmentDecider);
  if (!state.registered) return undefined;
  const { registered: _r, ...profile } = state;
  return profile;
}

/** What the department decider needs of a would-be parent: its region and its ancestors. */
export async function parentFacts(events: EventStore, parentId: string): Promise<ParentFacts | undefined> {
  const parent = await departmentProfile(events, parentId);
  if (!parent) return undefined;
  const ancestorIds: string[] = [];
  let next = parent.parentId;
  while (next !== undefined && ancestorIds.length < MAX_DEPTH && !ancestorIds.includes(next)) {
    ancestorIds.push(next);
    next = (await departmentProfile(events, next))?.parentId;
  }
  return { departmentId: parentId, regionCode: parent.regionCode, ancestorIds };
}

/**
 * Where the actor acts: its department's region and below. Undefined when not bound by a region: an
 * administrator, or a department the register does not hold (tokens issued before the register knew it).
 */
export async function jurisdictionOf(events: EventStore, actor: Actor): Promise<Jurisdiction | undefined> {
  if (actor.roles.includes('admin')) return undefined;
  const department = await departmentProfile(events, actor.departmentId);
  return department ? { departmentId: actor.departmentId, regionCode: department.regionCode } : undefined;
}
