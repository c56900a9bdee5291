import { type AnyDomainEvent, beijingDate } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { publicPart } from '../disclosures/public-disclosures.projection';

/** The kinds of items, one per public fact (docs/exchange.md). */
export type PublicFeedKind =
  | 'plan.published'
  | 'plan.closed'
  | 'task.announced'
  | 'task.cancelled'
  | 'result.published'
  | 'result.corrected'
  | 'result.withdrawn'
  | 'result.rectified';

/** One item of the public feed: a public fact, from one event of the log. */
export interface PublicFeedItem {
  /** The event's id: the same item always carries the same id (a receiver drops repeats by it). */
  id: string;
  /** The event's position in the log: items come in increasing position; `after=` takes it. */
  position: number;
  kind: PublicFeedKind;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** The event types the feed reads, and the kinds each may give. */
export const PUBLIC_FEED_EVENT_KINDS: Record<string, PublicFeedKind> = {
  PlanPublished: 'plan.published',
  PlanClosed: 'plan.closed',
  InspectionTaskLocked: 'task.announced',
  InspectionTaskCancelled: 'task.cancelled',
  ResultPublished: 'result.published',
  ResultCorrected: 'result.corrected',
  PublicDisclosureStopped: 'result.withdrawn',
  RectificationResultEntered: 'result.rectified',
};

export const PUBLIC_FEED_EVENT_TYPES = Object.keys(PUBLIC_FEED_EVENT_KINDS);

/** The event types that give items of the given kinds. */
export function feedEventTypes(kinds: readonly string[]): string[] {
  return PUBLIC_FEED_EVENT_TYPES.filter((type) => kinds.includes(PUBLIC_FEED_EVENT_KINDS[type]));
}

/**
 * The public part of one event, or null when it holds nothing the public may see (a task cancelled
 * before its draw was frozen). Picked field by field, as the public pages pick them: never who
 * acted, no finding text, no inspector, no notes (Gui'an 第四十三条).
 */
export function publicFeedItem(recorded: RecordedEvent): PublicFeedItem | null {
  const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
  const on = beijingDate(recorded.metadata.occurredAt);
  const item = (kind: PublicFeedKind, data: Record<string, unknown>): PublicFeedItem => ({
    id: recorded.id,
    position: recorded.position,
    kind,
    occurredAt: recorded.metadata.occurredAt,
    data,
  });
  const result = (d: { taskId: string; entityId: string; departmentId: string }) => ({
    resultId: `${d.taskId}|${d.entityId}|${d.departmentId}`,
    taskId: d.taskId,
    entityId: d.entityId,
    departmentId: d.departmentId,
  });
  switch (event.type) {
    case 'PlanPublished':
      return item('plan.published', {
        planId: event.data.planId,
        version: event.data.version,
        publishedOn: on,
      });
    case 'PlanClosed':
      return item('plan.closed', { planId: event.data.planId, closedOn: on });
    case 'InspectionTaskLocked': {
      const d = event.data;
      return item('task.announced', {
        taskId: d.taskId,
        leadDepartmentId: d.leadDepartmentId,
        departmentIds: d.departmentIds,
        itemIds: d.itemIds,
        window: d.window,
        entityCount: Object.keys(d.teams).length,
        announcedOn: on,
      });
    }
    case 'InspectionTaskCancelled': {
      const { discardedDraw, reason, taskId } = event.data;
      // Cancelled before the freeze: nothing was drawn or announced, nothing is public.
      if (!discardedDraw) return null;
      const { entityIds = [], ...draw } = discardedDraw;
      return item('task.cancelled', {
        taskId,
        reason,
        cancelledOn: on,
        discardedDraw: { ...draw, listed: entityIds.length },
      });
    }
    case 'ResultPublished':
      return item('result.published', {
        ...result(event.data),
        ...publicPart(event.data.result),
        publishedOn: event.data.publishedOn,
      });
    case 'ResultCorrected':
      return item('result.corrected', {
        ...result(event.data),
        ...publicPart(event.data.corrected),
        correctedOn: on,
        reason: event.data.reason,
      });
    case 'PublicDisclosureStopped':
      return item('result.withdrawn', {
        ...result(event.data),
        publishedOn: event.data.publishedOn,
        withdrawnOn: event.data.stoppedOn,
      });
    case 'RectificationResultEntered':
      return item('result.rectified', {
        ...result(event.data),
        rectifiedOn: event.data.rectifiedOn,
        rectified: event.data.rectified,
      });
    default:
      return null;
  }
}
