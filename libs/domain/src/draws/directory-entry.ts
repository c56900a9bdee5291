import type { EntityEvent, EntityProfile } from '../registers/entity';
import { LIST_FLAG } from '../registers/entity-listing';
import type { InspectionTaskEvent } from '../tasks/task-events';
import { beijingYear } from '../calendar/calendar-date';
import type { PoolProfile } from './candidate-pool';

// Shared by every entity without tags; never mutated.
const NO_TAGS: string[] = [];

/** Only what draws read is kept: a directory of millions must fit in memory. */
export function poolProfile(p: Partial<EntityProfile>, base?: PoolProfile): PoolProfile {
  const tags = p.tags ?? base?.tags ?? NO_TAGS;
  return {
    kind: p.kind ?? base!.kind,
    regionCode: p.regionCode ?? base!.regionCode,
    industryCode: p.industryCode ?? base!.industryCode,
    tags: tags.length === 0 ? NO_TAGS : tags,
    scale: p.scale ?? base?.scale,
    creditRisk: p.creditRisk ?? base!.creditRisk,
    abnormalList: p.abnormalList ?? base?.abnormalList ?? false,
    seriousViolationList: p.seriousViolationList ?? base?.seriousViolationList ?? false,
    complaintsThisYear: p.complaintsThisYear ?? base?.complaintsThisYear ?? 0,
  };
}

/** The events of an entity's stream that change what a draw sees of it. */
export const ENTITY_DIRECTORY_EVENT_TYPES = [
  'EntityRegistered',
  'EntityUpdated',
  'EntityCreditRiskRerated',
  'EntityDeregistered',
  'EntityListed',
  'EntityDelisted',
] as const;

/** An event as the draw's folds read it. */
export interface DrawRecordEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: { occurredAt: string };
}

/** An entity as draws see it: its pool profile and whether it is still registered. */
export interface DirectoryEntry {
  profile: PoolProfile;
  registered: boolean;
}

/** One entity event applied to the entity's entry (undefined before it was registered). */
export function directoryEntryAfter(
  entry: DirectoryEntry | undefined,
  event: EntityEvent,
): DirectoryEntry | undefined {
  switch (event.type) {
    case 'EntityRegistered':
      return { profile: poolProfile(event.data), registered: true };
    case 'EntityUpdated':
      return entry && { ...entry, profile: poolProfile(event.data.changes, entry.profile) };
    case 'EntityCreditRiskRerated':
      return entry && { ...entry, profile: poolProfile({ creditRisk: event.data.to }, entry.profile) };
    case 'EntityDeregistered':
      return entry && { ...entry, registered: false };
    case 'EntityListed':
    case 'EntityDelisted':
      return (
        entry && {
          ...entry,
          profile: poolProfile(
            { [LIST_FLAG[event.data.list]]: event.type === 'EntityListed' },
            entry.profile,
          ),
        }
      );
    default:
      return entry;
  }
}

/**
 * The same, for an event read from the log untyped: the store delivers the entity directory's
 * event types in their current shape (upcast), which is the domain's union.
 */
export function applyEntityEvent(
  entry: DirectoryEntry | undefined,
  event: { type: string; data: Record<string, unknown> },
): DirectoryEntry | undefined {
  if (!(ENTITY_DIRECTORY_EVENT_TYPES as readonly string[]).includes(event.type)) return entry;
  return directoryEntryAfter(entry, event as unknown as EntityEvent);
}

/** The events that record draws: each drawn entity counts one check in the draw's (Beijing) year. */
export const DRAW_RECORD_EVENT_TYPES = ['EntitiesDrawn', 'DrawnEntitiesListed'] as const;

/** An event that records a draw, as the store recorded it. */
export type DrawnEntitiesEvent = Extract<
  InspectionTaskEvent,
  { type: (typeof DRAW_RECORD_EVENT_TYPES)[number] }
> & {
  metadata: { occurredAt: string };
};

/** The entities a draw event records and the year they count in. */
export function drawnEntities(event: DrawnEntitiesEvent): { year: number; entityIds: string[] } {
  return { year: beijingYear(event.metadata.occurredAt), entityIds: event.data.entityIds };
}

/** The same, for an event of DRAW_RECORD_EVENT_TYPES read from the log untyped (current shape). */
export function drawnIn(event: DrawRecordEvent): { year: number; entityIds: string[] } {
  return drawnEntities(event as unknown as DrawnEntitiesEvent);
}

/** The event that discards a draw: a cancellation approved after the pool was frozen. */
export const DISCARDING_EVENT_TYPES = ['InspectionTaskCancelled'] as const;

/**
 * The entities a cancellation discarded and the year (the draw record's) they were drawn in; none
 * for a cancellation before the freeze, or for a large draw (its list stays in its parts, so it
 * keeps counting whatever the policy: docs/draw.md "Cancelled draws").
 */
export function discardedIn(event: {
  type: string;
  data: object;
}): { year: number; entityIds: string[] } | undefined {
  if (event.type !== 'InspectionTaskCancelled') return undefined;
  const discarded = (event.data as { discardedDraw?: { year?: unknown; entityIds?: unknown } }).discardedDraw;
  if (typeof discarded?.year !== 'number' || !Array.isArray(discarded.entityIds)) return undefined;
  return { year: discarded.year, entityIds: discarded.entityIds as string[] };
}

/**
 * The checks of a year that count toward the cap: every draw, or, when the deployment's policy
 * does not count discarded draws, those less the discarded ones (never below zero).
 */
export function countedChecks(checks: number, discarded: number, discardedDrawsCount: boolean): number {
  return discardedDrawsCount ? checks : Math.max(0, checks - discarded);
}

/** The event that makes two tasks' checks of an entity one: a task joining an agreed visit (ADR 39). */
export const SHARING_EVENT_TYPES = ['TaskJoinedVisit'] as const;

/**
 * The check a task's joining of a visit shares with the visit's first task (the year it counts
 * in): one check less for the entity that year. None for the first task, or one in another year.
 */
export function sharedCheckIn(event: {
  type: string;
  data: object;
}): { year: number; entityId: string } | undefined {
  if (event.type !== 'TaskJoinedVisit') return undefined;
  const d = event.data as { countedWith?: unknown; year?: unknown; entityId?: unknown };
  if (typeof d.countedWith !== 'string' || typeof d.year !== 'number' || typeof d.entityId !== 'string') {
    return undefined;
  }
  return { year: d.year, entityId: d.entityId };
}
