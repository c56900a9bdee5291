import type { EventStore } from '@app/event-store';
import { departmentDecider, registerStreams } from '@app/domain';
import { loadAggregate } from '../commands/load-aggregate';

/** Whether a department is registered, read from its stream (consistent, not a read model). */
export async function isDepartmentRegistered(events: EventStore, departmentId: string): Promise<boolean> {
  const { state } = await loadAggregate(events, registerStreams.department(departmentId), departmentDecider);
  return state.registered;
}
