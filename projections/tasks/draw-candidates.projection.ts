import {
  DRAW_RECORD_EVENT_TYPES,
  ENTITY_DIRECTORY_EVENT_TYPES,
  type DirectoryEntry,
  type DrawnEntitiesEvent,
  type EntityEvent,
  type PoolProfile,
  directoryEntryAfter,
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
}

export interface DrawCandidate extends DirectoryEntry {
  /** Checks (draws) per Beijing year, e.g. { "2026": 2 }. */
  checks: Record<string, number>;
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
];

export function encodeCandidate({ profile, registered, checks }: DrawCandidate): string {
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
  };
}

function viewOf(entityId: string, candidate: DrawCandidate): DrawCandidateView {
  return { id: entityId, regionCode: candidate.profile.regionCode, candidate: encodeCandidate(candidate) };
}

/**
 * The directory and the yearly check counts in one read model with one checkpoint, so a draw
 * reads both as they stood at the same log position (docs/draw.md §1).
 */
export const drawCandidatesProjection: Projection<EntityEvent | DrawnEntitiesEvent> = {
  name: 'drawCandidates',
  collections: [{ name: 'candidates', indexes: [['regionCode']], snapshotFields: ['candidate'] }],
  eventTypes: [...ENTITY_DIRECTORY_EVENT_TYPES, ...DRAW_RECORD_EVENT_TYPES],
  apply(event): DocumentChange<DrawCandidateView>[] {
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
          if (!view?.candidate) return { id: entityId, checks: counted(view?.checks) };
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
          return viewOf(entityId, { ...after, checks: before?.checks ?? view?.checks ?? {} });
        },
      },
    ];
  },
};
