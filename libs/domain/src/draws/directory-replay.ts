import type { EntityChanges, EntityProfile } from '../registers/entity';
import type { CreditRisk } from '../registers/vocabulary';
import { type DirectorySnapshot, type YearlyChecks, yearlyCheckKey } from './candidate-pool';

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

/** The Beijing (UTC+8) year of a moment: checks are counted per calendar year in China. */
export function beijingYear(isoMoment: string): number {
  return new Date(Date.parse(isoMoment) + 8 * 3600 * 1000).getUTCFullYear();
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
        const { entityId, ...profile } = data as unknown as { entityId: string } & EntityProfile;
        this.directory.set(entityId, { profile, registered: true });
        return;
      }
      case 'EntityUpdated': {
        const entry = this.directory.get(data.entityId as string);
        if (entry) entry.profile = { ...entry.profile, ...(data.changes as EntityChanges) };
        return;
      }
      case 'EntityCreditRiskRerated': {
        const entry = this.directory.get(data.entityId as string);
        if (entry) entry.profile = { ...entry.profile, creditRisk: data.to as CreditRisk };
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
