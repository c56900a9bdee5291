import type { EntityChanges, EntityProfile } from '../registers/entity';
import { beijingYear } from '../calendar/calendar-date';
import type { CreditRisk } from '../registers/vocabulary';
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
export function applyEntityEvent(
  entry: DirectoryEntry | undefined,
  event: { type: string; data: Record<string, unknown> },
): DirectoryEntry | undefined {
  const data = event.data;
  switch (event.type) {
    case 'EntityRegistered':
      return { profile: poolProfile(data), registered: true };
    case 'EntityUpdated':
      return entry && { ...entry, profile: poolProfile(data.changes as EntityChanges, entry.profile) };
    case 'EntityCreditRiskRerated':
      return (
        entry && { ...entry, profile: poolProfile({ creditRisk: data.to as CreditRisk }, entry.profile) }
      );
    case 'EntityDeregistered':
      return entry && { ...entry, registered: false };
    default:
      return entry;
  }
}

/** The events that record draws: each drawn entity counts one check in the draw's (Beijing) year. */
export const DRAW_RECORD_EVENT_TYPES = ['EntitiesDrawn', 'DrawnEntitiesListed'] as const;

/** The entities a draw event records and the year they count in. */
export function drawnIn(event: DrawRecordEvent): { year: number; entityIds: string[] } {
  return { year: beijingYear(event.metadata.occurredAt), entityIds: event.data.entityIds as string[] };
}
