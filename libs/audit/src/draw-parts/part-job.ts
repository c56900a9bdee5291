import type { DrawInputs, DrawPart, DrawnTask } from '@app/domain';
import type { PackedSnapshotSource } from '@app/read-store';

/** What a draw's other thread is asked to draw: the ids from `from` on of the same snapshot. */
export interface DrawPartJob {
  task: DrawnTask;
  inputs: DrawInputs & { position: number };
  /** The snapshot's count: the bound of every stratum, as the whole draw's. */
  poolBound: number;
  source: PackedSnapshotSource;
  from: string;
}

/** What the thread answers: pool digest lines (many, in order), then its part, or why it failed. */
export type DrawPartMessage =
  | { kind: 'lines'; bytes: Uint8Array }
  | { kind: 'part'; part: DrawPart }
  | { kind: 'failed'; name: string; message: string };

/** Marks a thread started to serve a draw part (workerData), e.g. by the api's own bundle. */
export const DRAW_PART_THREAD = 'ssjDrawPart';
