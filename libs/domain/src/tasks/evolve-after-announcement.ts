import type { AfterAnnouncementEvent } from './after-announcement-events';
import type { TaskState } from './task-state';

/** How postponements and hand-overs change a task's state (beside evolveTask). */
export function evolveAfterAnnouncement(state: TaskState, event: AfterAnnouncementEvent): TaskState {
  switch (event.type) {
    case 'PostponementRequested': {
      const d = event.data;
      const request = {
        kind: 'postponement' as const,
        departmentId: state.leadDepartmentId,
        window: d.window,
        reason: d.reason,
        requesterId: d.requesterId,
        status: 'pending' as const,
      };
      return { ...state, requests: { ...state.requests, [d.requestId]: request } };
    }
    case 'InspectionTaskPostponed': {
      const d = event.data;
      const asked = state.requests[d.requestId];
      const requests = asked
        ? { ...state.requests, [d.requestId]: { ...asked, status: 'approved' as const } }
        : state.requests;
      return { ...state, window: d.window, requests };
    }
    case 'EntityHandedOver': {
      const { entityId, toDepartmentId, toRegionCode } = event.data;
      const handOver = { toDepartmentId, toRegionCode, status: 'awaiting' as const };
      return { ...state, handOvers: { ...state.handOvers, [entityId]: handOver } };
    }
    case 'HandOverTaken':
    case 'HandOverDeclined': {
      const { entityId } = event.data;
      const before = state.handOvers?.[entityId];
      if (!before) return state;
      const after =
        event.type === 'HandOverTaken'
          ? { ...before, status: 'taken' as const, intoTaskId: event.data.intoTaskId }
          : { ...before, status: 'declined' as const };
      return { ...state, handOvers: { ...state.handOvers, [entityId]: after } };
    }
  }
}
