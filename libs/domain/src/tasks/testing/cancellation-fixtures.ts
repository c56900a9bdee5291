import type { Acting } from '../task-vocabulary';
import {
  DRAW_RECORD,
  ENTITIES,
  TASK_ID,
  type CommandOf,
  type EventOf,
  decideRequest,
  histories,
  leadClerk,
} from './task-fixtures';

/** The lead department's principal head (主要负责人), who decides cancellations after the freeze. */
export const leadPrincipal: Acting = { actorId: 'p-scjg', departmentId: 'scjg' };

export const CANCEL_REASON = '抽查事项调整，本任务停止';

/** A draw record as the api records it (the fixtures' DRAW_RECORD plus what a discarded draw shows). */
export const FULL_DRAW_RECORD: Record<string, unknown> = {
  ...DRAW_RECORD,
  algorithm: 'ssj-stratified-sha256-v1',
  position: 42,
  year: 2026,
  poolDigest: 'a'.repeat(64),
  selectedDigest: 'b'.repeat(64),
  selectedCount: 2,
};

export const drawnWithRecord: EventOf<'EntitiesDrawn'> = {
  type: 'EntitiesDrawn',
  data: { taskId: TASK_ID, entityIds: ENTITIES, draw: FULL_DRAW_RECORD },
};

/** Responded, then drawn with a full record: the pool is frozen. */
export const frozen = [...histories.responded, drawnWithRecord];

export const requestCancellation = (
  fields: Partial<Omit<CommandOf<'RequestCancellation'>, 'kind'>> = {},
): CommandOf<'RequestCancellation'> => ({
  kind: 'RequestCancellation',
  taskId: TASK_ID,
  by: leadClerk,
  requestId: 'r-x',
  reason: CANCEL_REASON,
  ...fields,
});

export const cancellationRequested = (
  fields: Partial<EventOf<'CancellationRequested'>['data']> = {},
): EventOf<'CancellationRequested'> => ({
  type: 'CancellationRequested',
  data: {
    taskId: TASK_ID,
    requestId: 'r-x',
    reason: CANCEL_REASON,
    requesterId: leadClerk.actorId,
    ...fields,
  },
});

/** The principal approves request r-x (a cancellation). */
export const decideCancellation = (
  fields: Partial<Omit<CommandOf<'DecideRequest'>, 'kind'>> = {},
): CommandOf<'DecideRequest'> =>
  decideRequest({ by: leadPrincipal, requestId: 'r-x', expectedKind: 'cancellation', ...fields });
