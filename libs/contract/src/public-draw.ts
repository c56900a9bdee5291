import type { EntityDrawRecord } from '@app/domain';

/** When and where in the log a fact was recorded. */
export interface RecordedAt {
  /** When the store recorded the event (ISO 8601). */
  recordedAt: string;
  /** The event's position in the log. */
  position: number;
}

/** A seed commitment, recorded before the pool was frozen and revealed at the draw. */
export interface PublicSeedCommitment extends RecordedAt {
  /** lead: the lead department's seed; contribution: a participant's; inspectors: a department's inspector seed. */
  kind: 'lead' | 'contribution' | 'inspectors';
  departmentId: string;
  /** SHA-256 of the seed, hex. */
  commitment: string;
  /** The seed the draw revealed, hex (absent until revealed). */
  revealed?: string;
}

/** GET /api/public/tasks/:id/draw: what anyone may check of a task's draw (docs/draw.md §7). */
export interface PublicDrawAnswer {
  taskId: string;
  name: string;
  leadDepartmentId: string;
  /** announced: locked and announced; cancelled: cancelled after its draw (published). */
  status: 'announced' | 'cancelled';
  algorithm: string;
  commitments: PublicSeedCommitment[];
  /** The beacon round the task named at initiation; null for v1 tasks and operator-trusted draws. */
  beacon: {
    source: string;
    round: string;
    drawDate?: string;
    publishedAt: string;
    /** Named at initiation. */
    named: RecordedAt;
    entered?: RecordedAt & { departmentId: string; enteredAt: string };
    confirmed?: RecordedAt & { departmentId: string; confirmedAt: string; value: string };
  } | null;
  /** A draw without a beacon, trusted to the operator: shown prominently. */
  /** Drawn without a beacon; `reason` null where it is the task's internal ad hoc reason. */
  operatorTrusted: { reason: string | null } | null;
  /** The pool's position P and when it was fixed (v2: the freeze; v1: the draw itself). */
  frozen: RecordedAt & { poolPosition: number; frozenAt: string };
  /** The EntitiesDrawn record (seeds revealed, quotas, exclusions, pool size, digests). */
  draw: RecordedAt & { record: EntityDrawRecord; drawnCount: number };
  /** Each department's inspector draw, without its inspectors. */
  inspectorDraws: (RecordedAt & {
    departmentId: string;
    algorithm: string;
    seed: string;
    seedCommitment: string;
    poolPosition: number;
    perEntity: number;
    candidates: number;
    appointed: number;
  })[];
}
