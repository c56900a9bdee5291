import type { EntityDrawRecord } from '@app/domain';

/** What the console may tell the drawing official about the entities just drawn. */
export interface DrawHints {
  /** Drawn entities already checked this year (before this draw), with how many times. */
  checkedThisYear: { entityId: string; checks: number }[];
  /** Drawn entities with other locked tasks whose windows overlap this one's: one visit serves all. */
  overlappingTasks: { entityId: string; taskIds: string[] }[];
}

/** POST /api/tasks/:id/draws/entities. */
export interface EntityDrawAnswer {
  taskId: string;
  drawn: number;
  entityIds: string[];
  record: EntityDrawRecord;
  hints: DrawHints;
}

/** GET /api/tasks/:id/draws/verify: the draw re-run from its record (docs/draw.md). */
export interface DrawVerification {
  verified: boolean;
  poolSize: number;
  poolDigest: string;
  selectedDigest: string;
  mismatches: string[];
}
