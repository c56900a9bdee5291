import type { EntityChanges, EntityProfile } from '../registers/entity';
import { beijingYear } from '../calendar/calendar-date';
import type { CreditRisk } from '../registers/vocabulary';
import {
  type DirectorySnapshot,
  type PoolProfile,
  type YearlyChecks,
  yearlyCheckKey,
} from './candidate-pool';

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

/** The events that make the directory and the yearly check counts. */
export const DIRECTORY_EVENT_TYPES = [
  'EntityRegistered',
  'EntityUpdated',
  'EntityCreditRiskRerated',
  'EntityDeregistered',
  'EntitiesDrawn',
  'DrawnEntitiesListed',
] as const;

export interface ReplayedEvent {
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
export function drawnIn(event: ReplayedEvent): { year: number; entityIds: string[] } {
  return { year: beijingYear(event.metadata.occurredAt), entityIds: event.data.entityIds as string[] };
}

/**
 * Folds the log's directory events, in log order, into the directory and the yearly check counts
 * as of the last event given: what a draw at that position saw.
 */
export class DirectoryReplay {
  readonly directory: DirectorySnapshot = new Map();
  readonly checks: YearlyChecks = new Map();

  apply(event: ReplayedEvent): void {
    // Parts of a large draw count when recorded: a resumed draw never records a part twice,
    // and it takes its pool at its original position, before its own parts.
    if ((DRAW_RECORD_EVENT_TYPES as readonly string[]).includes(event.type)) {
      const { year, entityIds } = drawnIn(event);
      for (const entityId of entityIds) {
        const key = yearlyCheckKey(entityId, year);
        this.checks.set(key, (this.checks.get(key) ?? 0) + 1);
      }
      return;
    }
    const entityId = event.data.entityId as string;
    const entry = applyEntityEvent(this.directory.get(entityId), event);
    if (entry) this.directory.set(entityId, entry);
  }
}
