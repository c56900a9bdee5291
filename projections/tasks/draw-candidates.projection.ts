import {
  DISCARDING_EVENT_TYPES,
  SHARING_EVENT_TYPES,
  sharedCheckIn,
  DRAW_RECORD_EVENT_TYPES,
  ENTITY_DIRECTORY_EVENT_TYPES,
  type DirectoryEntry,
  type DrawnEntitiesEvent,
  type EntityEvent,
  type PoolProfile,
  type InspectionTaskEvent,
  directoryEntryAfter,
  discardedIn,
  drawnEntities,
} from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

/**
 * An entity as a draw sees it (docs/draw.md §1). `candidate` holds, as one JSON text, everything
 * a draw reads of it; the collection's indexes carry it, so a draw reads indexes only.
 */
export interface DrawCandidateView extends ReadDocument {
  /** Kept apart so that a directed draw reads an index range. */
  regionCode?: string;
  /** encodeCandidate(...); absent for an id drawn but never registered (it is in no pool). */
  candidate?: string;
  /** Checks of an id drawn but never registered, kept until it is. */
  checks?: Record<string, number>;
  /** Its discarded draws, the same way. */
  discarded?: Record<string, number>;
}

export interface DrawCandidate extends DirectoryEntry {
  /** Checks (draws) per Beijing year, e.g. { "2026": 2 }. */
  checks: Record<string, number>;
  /** Of those, draws discarded by a cancellation after the freeze, per the draw's year. */
  discarded: Record<string, number>;
}

type Encoded = [
  registered: 0 | 1,
  kind: PoolProfile['kind'],
  regionCode: string,
  industryCode: string,
  tags: string[],
  scale: PoolProfile['scale'] | null,
  creditRisk: PoolProfile['creditRisk'],
  abnormalList: 0 | 1,
  seriousViolationList: 0 | 1,
  complaintsThisYear: number,
  checks: Record<string, number>,
  // Absent when none (and in documents written before discarded draws were kept apart).
  discarded?: Record<string, number>,
];

export function encodeCandidate({ profile, registered, checks, discarded }: DrawCandidate): string {
  const encoded: Encoded = [
    registered ? 1 : 0,
    profile.kind,
    profile.regionCode,
    profile.industryCode,
    profile.tags,
    profile.scale ?? null,
    profile.creditRisk,
    profile.abnormalList ? 1 : 0,
    profile.seriousViolationList ? 1 : 0,
    profile.complaintsThisYear,
    checks,
  ];
  if (Object.keys(discarded).length > 0) encoded.push(discarded);
  return JSON.stringify(encoded);
}

export function decodeCandidate(text: string): DrawCandidate {
  const [
    registered,
    kind,
    regionCode,
    industryCode,
    tags,
    scale,
    creditRisk,
    abnormal,
    serious,
    complaints,
    checks,
    discarded,
  ] = JSON.parse(text) as Encoded;
  return {
    registered: registered === 1,
    profile: {
      kind,
      regionCode,
      industryCode,
      tags,
      // Always present (undefined when none): one object shape for millions of candidates.
      scale: scale ?? undefined,
      creditRisk,
      abnormalList: abnormal === 1,
      seriousViolationList: serious === 1,
      complaintsThisYear: complaints,
    },
    checks,
    discarded: discarded ?? {},
  };
}

function viewOf(entityId: string, candidate: DrawCandidate): DrawCandidateView {
  return { id: entityId, regionCode: candidate.profile.regionCode, candidate: encodeCandidate(candidate) };
}

/**
 * The directory and the yearly check counts in one read model with one checkpoint, so a draw
 * reads both as they stood at the same log position (docs/draw.md §1).
 */
type CancelledEvent = Extract<InspectionTaskEvent, { type: 'InspectionTaskCancelled' | 'TaskJoinedVisit' }>;

export const drawCandidatesProjection: Projection<EntityEvent | DrawnEntitiesEvent | CancelledEvent> = {
  name: 'drawCandidates',
  collections: [{ name: 'candidates', indexes: [['regionCode']], snapshotFields: ['candidate'] }],
  eventTypes: [
    ...ENTITY_DIRECTORY_EVENT_TYPES,
    ...DRAW_RECORD_EVENT_TYPES,
    ...DISCARDING_EVENT_TYPES,
    ...SHARING_EVENT_TYPES,
  ],
  apply(event): DocumentChange<DrawCandidateView>[] {
    if (event.type === 'TaskJoinedVisit') {
      // Two tasks' checks in one agreed visit count once (ADR 39): one check less that year.
      const shared = sharedCheckIn(event);
      if (!shared) return [];
      const year = String(shared.year);
      const less = (checks: Record<string, number> = {}) => ({
        ...checks,
        [year]: Math.max(0, (checks[year] ?? 0) - 1),
      });
      return [
        {
          collection: 'candidates',
          id: shared.entityId,
          update: (view) => {
            if (!view?.candidate) return { ...view, id: shared.entityId, checks: less(view?.checks) };
            const candidate = decodeCandidate(view.candidate);
            return viewOf(shared.entityId, { ...candidate, checks: less(candidate.checks) });
          },
        },
      ];
    }
    if (event.type === 'InspectionTaskCancelled') {
      // Kept apart from the checks: whether they count is the draw's policy, recorded with it.
      const discarded = discardedIn(event);
      if (!discarded) return [];
      const year = String(discarded.year);
      const counted = (d: Record<string, number> = {}) => ({ ...d, [year]: (d[year] ?? 0) + 1 });
      return discarded.entityIds.map((entityId) => ({
        collection: 'candidates',
        id: entityId,
        update: (view) => {
          if (!view?.candidate) return { ...view, id: entityId, discarded: counted(view?.discarded) };
          const candidate = decodeCandidate(view.candidate);
          return viewOf(entityId, { ...candidate, discarded: counted(candidate.discarded) });
        },
      }));
    }
    if (event.type === 'EntitiesDrawn' || event.type === 'DrawnEntitiesListed') {
      const { year, entityIds } = drawnEntities(event);
      const counted = (checks: Record<string, number> = {}) => ({
        ...checks,
        [year]: (checks[year] ?? 0) + 1,
      });
      return entityIds.map((entityId) => ({
        collection: 'candidates',
        id: entityId,
        update: (view) => {
          if (!view?.candidate) return { ...view, id: entityId, checks: counted(view?.checks) };
          const candidate = decodeCandidate(view.candidate);
          return viewOf(entityId, { ...candidate, checks: counted(candidate.checks) });
        },
      }));
    }
    const { entityId } = event.data;
    return [
      {
        collection: 'candidates',
        id: entityId,
        update: (view) => {
          const before = view?.candidate ? decodeCandidate(view.candidate) : undefined;
          const after = directoryEntryAfter(before, event);
          if (!after) return view ?? null;
          return viewOf(entityId, {
            ...after,
            checks: before?.checks ?? view?.checks ?? {},
            discarded: before?.discarded ?? view?.discarded ?? {},
          });
        },
      },
    ];
  },
};
