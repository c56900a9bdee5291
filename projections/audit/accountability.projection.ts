import type { Projection, ReadDocument } from '@app/read-store';

/**
 * One act, from its event (谁检查、谁录入、谁负责): who did what, in which role and department, on
 * which task and entity, when, why, and — where the act answered a request — who asked and who
 * approved.
 */
export interface AccountabilityRow extends ReadDocument {
  /** The act's key: its log position, fixed-width (actId). */
  id: string;
  /** The event id. */
  eventId: string;
  actorId: string;
  roles: readonly string[];
  departmentId: string;
  /** The event type: what was done. */
  act: string;
  stream: string;
  position: number;
  occurredAt: string;
  taskId?: string;
  planId?: string;
  /** Present when the act concerns one entity. */
  entityId?: string;
  reason?: string;
  requesterId?: string;
  approverId?: string;
}

const TASK_STREAM = 'inspectionTask-';
const PLAN_STREAM = 'plan-';

/** Every act of the log, one row each, from the events themselves. */
export const accountabilityProjection: Projection = {
  name: 'accountability',
  collections: [
    {
      name: 'acts',
      indexes: [
        ['occurredAt'],
        ['actorId', 'occurredAt'],
        ['departmentId', 'occurredAt'],
        ['taskId', 'occurredAt'],
        ['entityId', 'occurredAt'],
      ],
    },
  ],
  eventTypes: 'all',
  apply(event) {
    const data = event.data;
    const text = (key: string): string | undefined => (typeof data[key] === 'string' ? data[key] : undefined);
    const taskId = event.stream.startsWith(TASK_STREAM)
      ? event.stream.slice(TASK_STREAM.length)
      : text('taskId');
    const planId = event.stream.startsWith(PLAN_STREAM)
      ? event.stream.slice(PLAN_STREAM.length)
      : text('planId');
    const row: AccountabilityRow = {
      id: actId(event.position),
      eventId: event.id,
      actorId: event.metadata.actorId,
      roles: event.metadata.actorRoles,
      departmentId: event.metadata.departmentId,
      act: event.type,
      stream: event.stream,
      position: event.position,
      occurredAt: event.metadata.occurredAt,
      ...(taskId ? { taskId } : {}),
      ...(planId ? { planId } : {}),
      ...accountableFields(data),
    };
    return [{ collection: 'acts', id: actId(event.position), put: row }];
  },
};

/**
 * An act's document id: its log position, fixed-width so that text order is log order. Acts are
 * then written at the end of the table and of most of its indexes, never at random pages, as an
 * import's event ids would put them (issue 25).
 */
export const actId = (position: number): string => String(position).padStart(20, '0');

type AccountableField = 'entityId' | 'reason' | 'requesterId' | 'approverId';
const ACCOUNTABLE_FIELDS: readonly AccountableField[] = ['entityId', 'reason', 'requesterId', 'approverId'];

/** What an event's data says of who answered for it: the entity, the reason, requester and approver. */
export function accountableFields(data: Record<string, unknown>): Partial<Record<AccountableField, string>> {
  const out: Partial<Record<AccountableField, string>> = {};
  for (const key of ACCOUNTABLE_FIELDS) {
    const value = data[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}
