import type { EventPayload } from '@app/event-store/recorded-event';

/** One act in an aggregate's history, as auditors read it (docs/api.md, "History"). */
export interface HistoryEntry<S> {
  revision: number;
  position: number;
  type: string;
  /** When the act happened (the clock port), and when the store recorded it. */
  occurredAt: string;
  recordedAt: string;
  actor: { id: string; roles: readonly string[]; departmentId: string };
  /** Where the act answered a request: who asked, and who approved. */
  requesterId?: string;
  approverId?: string;
  reason?: string;
  entityId?: string;
  data: EventPayload;
  /** The aggregate as it stood after this event. */
  state: S;
}
