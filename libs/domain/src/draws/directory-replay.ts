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
function poolProfile(p: Partial<EntityProfile>, base?: PoolProfile): PoolProfile {
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

interface ReplayedEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: { occurredAt: string };
}

/**
 * Folds the log's directory events, in log order, into the directory and the yearly check counts
 * as of the last event given: what a draw at that position saw.
 */
export class DirectoryReplay {
  readonly directory: DirectorySnapshot = new Map();
  readonly checks: YearlyChecks = new Map();

  apply(event: ReplayedEvent): void {
    const data = event.data;
    switch (event.type) {
      case 'EntityRegistered': {
        this.directory.set(data.entityId as string, {
          profile: poolProfile(data),
          registered: true,
        });
        return;
      }
      case 'EntityUpdated': {
        const entry = this.directory.get(data.entityId as string);
        if (entry) entry.profile = poolProfile(data.changes as EntityChanges, entry.profile);
        return;
      }
      case 'EntityCreditRiskRerated': {
        const entry = this.directory.get(data.entityId as string);
        if (entry) entry.profile = poolProfile({ creditRisk: data.to as CreditRisk }, entry.profile);
        return;
      }
      case 'EntityDeregistered': {
        const entry = this.directory.get(data.entityId as string);
        if (entry) entry.registered = false;
        return;
      }
      // Parts of a large draw count when recorded: a resumed draw never records a part twice,
      // and it takes its pool at its original position, before its own parts.
      case 'EntitiesDrawn':
      case 'DrawnEntitiesListed': {
        const year = beijingYear(event.metadata.occurredAt);
        for (const entityId of data.entityIds as string[]) {
          const key = yearlyCheckKey(entityId, year);
          this.checks.set(key, (this.checks.get(key) ?? 0) + 1);
        }
        return;
      }
    }
  }
}
