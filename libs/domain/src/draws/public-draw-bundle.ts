import type { BeaconRound } from './beacon';
import type { PoolProfile } from './candidate-pool';
import type { SeedCommitments } from './draw-key-v2';
import type { EntityDrawRecord } from './draw-records';
import type { DrawnTask } from './draw-run';
import type { CreditRisk, EntityKind } from '../registers/vocabulary';

/** The public verification bundle of a draw (docs/draw.md §7): one JSON value per line. */
export const PUBLIC_DRAW_BUNDLE_FORMAT = 'ssj-public-draw-bundle-v1';

/** The columns of an entity line, in order: only what the pool's tests read, nothing personal. */
export const PUBLIC_DRAW_COLUMNS = [
  'id',
  'regionCode',
  'kind',
  'industryCode',
  'tags',
  'scale',
  'creditRisk',
  'registered',
  'abnormalList',
  'seriousViolationList',
  'complaintsThisYear',
  'checksThisYear',
] as const;

/** Line 1: what the draw was computed from, as the task recorded it. */
export interface PublicDrawBundleHeader {
  format: typeof PUBLIC_DRAW_BUNDLE_FORMAT;
  taskId: string;
  task: DrawnTask;
  /** The EntitiesDrawn record. */
  record: EntityDrawRecord;
  /** Every seed commitment as recorded before the draw (v1: `lead` alone, plus inspector seeds). */
  commitments: SeedCommitments;
  /** The beacon round the task named and the value two departments confirmed; null without one. */
  beacon: (BeaconRound & { value: string | null }) | null;
  operatorTrusted: { reason: string } | null;
  /** Where the pool was frozen before the beacon (v2 only), and when. */
  frozen: { position: number; frozenAt: string } | null;
  /** The seeds the departments' inspector draws revealed (v1 tasks reveal them there). */
  inspectorSeeds: Record<string, string>;
  /** The task's drawn list, as recorded (EntitiesDrawn, or its parts in order). */
  drawnIds: string[];
  columns: typeof PUBLIC_DRAW_COLUMNS;
  /** The latest signed checkpoint and the inclusion of the task's draw events (absent before one). */
  transparency?: unknown;
}

/** An entity line: the columns' values; booleans as 0 or 1, no scale as null. */
export type PublicDrawRow = [
  string,
  string,
  string,
  string,
  string[],
  string | null,
  string,
  0 | 1,
  0 | 1,
  0 | 1,
  number,
  number,
];

/** The last line: how many entity lines came before it (a truncated file is told apart). */
export interface PublicDrawBundleTrailer {
  end: { entities: number };
}

/** The line of one entity as of P. */
export function publicDrawRow(
  entityId: string,
  profile: PoolProfile,
  registered: boolean,
  checksThisYear: number,
): PublicDrawRow {
  const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);
  return [
    entityId,
    profile.regionCode,
    profile.kind,
    profile.industryCode,
    profile.tags,
    profile.scale ?? null,
    profile.creditRisk,
    bit(registered),
    bit(profile.abnormalList),
    bit(profile.seriousViolationList),
    profile.complaintsThisYear,
    checksThisYear,
  ];
}

/** An entity line read back, or a reason it is malformed. */
export function readPublicDrawRow(
  value: unknown,
):
  | { entityId: string; profile: PoolProfile; registered: boolean; checksThisYear: number }
  | { problem: string } {
  if (!Array.isArray(value) || value.length !== PUBLIC_DRAW_COLUMNS.length) {
    return { problem: `an entity line has ${PUBLIC_DRAW_COLUMNS.length} values` };
  }
  const [id, region, kind, industry, tags, scale, credit, registered, abnormal, serious, complaints, checks] =
    value as unknown[];
  const text = (v: unknown) => typeof v === 'string';
  const bit = (v: unknown) => v === 0 || v === 1;
  const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  if (
    !text(id) ||
    !text(region) ||
    !text(kind) ||
    !text(industry) ||
    !Array.isArray(tags) ||
    !tags.every(text) ||
    !(scale === null || text(scale)) ||
    !text(credit) ||
    !bit(registered) ||
    !bit(abnormal) ||
    !bit(serious) ||
    !count(complaints) ||
    !count(checks)
  ) {
    return { problem: 'an entity line has a value of the wrong type' };
  }
  return {
    entityId: id,
    profile: {
      regionCode: region,
      kind: kind as EntityKind,
      industryCode: industry,
      tags: tags,
      ...(scale === null ? {} : { scale: scale }),
      creditRisk: credit as CreditRisk,
      abnormalList: abnormal === 1,
      seriousViolationList: serious === 1,
      complaintsThisYear: complaints as number,
    },
    registered: registered === 1,
    checksThisYear: checks as number,
  };
}
