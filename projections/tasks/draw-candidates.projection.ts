import {
  DRAW_RECORD_EVENT_TYPES,
  type DirectoryEntry,
  type PoolProfile,
  applyEntityEvent,
  drawnIn,
} from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/**
 * An entity as a draw sees it (docs/draw.md §1): the fields criteria, strata and the cap's
 * exemptions read, whether it is registered, and how often it was drawn in each year.
 * `profile` is absent for an id drawn but never registered (it is in no pool).
 */
export interface DrawCandidateView extends ReadDocument {
  profile?: PoolProfile;
  registered?: boolean;
  /** Region code, kept beside the profile so that a directed draw reads an index range. */
  regionCode?: string;
  /** Checks (draws) per Beijing year, e.g. { "2026": 2 }. */
  checks: Record<string, number>;
}

const ENTITY_EVENT_TYPES = [
  'EntityRegistered',
  'EntityUpdated',
  'EntityCreditRiskRerated',
  'EntityDeregistered',
] as const;

/**
 * The directory and the yearly check counts in one read model with one checkpoint, so a draw
 * reads both as they stood at the same log position (docs/draw.md §1).
 */
export const drawCandidatesProjection: Projection = {
  name: 'drawCandidates',
  collections: [{ name: 'candidates', indexes: [['regionCode']] }],
  eventTypes: [...ENTITY_EVENT_TYPES, ...DRAW_RECORD_EVENT_TYPES],
  apply(event): DocumentChange[] {
    if ((DRAW_RECORD_EVENT_TYPES as readonly string[]).includes(event.type)) {
      const { year, entityIds } = drawnIn(event);
      return entityIds.map((entityId) => ({
        collection: 'candidates',
        id: entityId,
        update: (current) => {
          const view = (current as DrawCandidateView | undefined) ?? { id: entityId, checks: {} };
          return { ...view, checks: { ...view.checks, [year]: (view.checks[year] ?? 0) + 1 } };
        },
      }));
    }
    const entityId = (event.data as { entityId: string }).entityId;
    return [
      {
        collection: 'candidates',
        id: entityId,
        update: (current) => {
          const view = current as DrawCandidateView | undefined;
          const before: DirectoryEntry | undefined =
            view?.profile && view.registered !== undefined
              ? { profile: view.profile, registered: view.registered }
              : undefined;
          const after = applyEntityEvent(before, event);
          if (!after) return view ?? null;
          return {
            id: entityId,
            profile: after.profile,
            registered: after.registered,
            regionCode: after.profile.regionCode,
            checks: view?.checks ?? {},
          } satisfies DrawCandidateView;
        },
      },
    ];
  },
};
