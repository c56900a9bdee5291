import type { LiveProgress, ProjectionThreadCall } from '@app/read-store';
import type { AppConfig } from '../app-config';

/** workerData of the thread that runs the projections: how the bundle knows to be it (ADR 58). */
export const PROJECTION_THREAD = 'ssjProjections';

export interface ProjectionThreadData {
  [PROJECTION_THREAD]: true;
  config: AppConfig;
  /** One Int32 per direction: 1 while an 'appended' message is on its way and not yet taken. */
  appendedFlags: SharedArrayBuffer;
  /** The turns at the file's write lock (WriteTurn). */
  writeTurn: SharedArrayBuffer;
}

/** Which flag of appendedFlags each side raises when it tells the other of its appends. */
export const TO_THREAD = 0;
export const TO_PROCESS = 1;

/**
 * Sends 'appended' unless one is still on its way: under load the receiver takes one message per
 * turn of its event loop instead of one per commit (each wakes its thread).
 */
export function tellAppended(flags: Int32Array, index: number, send: () => void): void {
  if (Atomics.exchange(flags, index, 1) === 0) send();
}

/** Taken before the receiver looks at the log, so a commit after this look sends again. */
export function appendedTaken(flags: Int32Array, index: number): void {
  Atomics.store(flags, index, 0);
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
  | { kind: 'failed'; message: string }
  | { kind: 'stopped' };
