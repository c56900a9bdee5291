import type { LiveProgress, ProjectionThreadCall } from '@app/read-store';
import type { AppConfig } from '../app-config';

/** workerData of the thread that runs the projections: how the bundle knows to be it (ADR 58). */
export const PROJECTION_THREAD = 'ssjProjections';

export interface ProjectionThreadData {
  [PROJECTION_THREAD]: true;
  config: AppConfig;
  /** SharedAppends' flags: one Int32 per direction, 1 while an 'appended' message is on its way. */
  appendedFlags: SharedArrayBuffer;
  /** The turns at the file's write lock (WriteTurn). */
  writeTurn: SharedArrayBuffer;
}

/** From the process to the thread. */
export type ToProjectionThread =
  { kind: 'appended' } | { kind: 'call'; id: number; call: ProjectionThreadCall } | { kind: 'stop' };

/** From the thread to the process. */
export type FromProjectionThread =
  | { kind: 'ready'; progress: LiveProgress[] }
  | { kind: 'progress'; progress: LiveProgress[] }
  | { kind: 'appended' }
  | { kind: 'answer'; id: number; ok: true; value: unknown }
  | { kind: 'answer'; id: number; ok: false; error: { name: string; message: string } }
  | { kind: 'failed'; message: string };
