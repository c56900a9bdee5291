export interface ProjectionFailure {
  /** Position of the event the projection could not apply; it resumes there. */
  position: number;
  eventType: string;
  message: string;
  at: string;
}

export interface RunnerStatus {
  namespace: string;
  state: 'starting' | 'running' | 'stopped' | 'failed';
  /** Position up to which the read model is committed. */
  checkpoint: number;
  /** Position up to which every event has been examined (at least the checkpoint). */
  examined: number;
  eventsApplied: number;
  lastError?: ProjectionFailure;
}

export interface ProjectionStatus {
  name: string;
  generation: number;
  /** 'remote': kept by another process (apps/projector); this one only reads it. */
  state: RunnerStatus['state'] | 'remote';
  checkpoint: number;
  headPosition: number;
  /** Events in the log from the first one this projection has still to apply (projection-lag.ts). */
  lag: number;
  eventsApplied: number;
  lastError?: ProjectionFailure;
  /** Why the last rebuild failed, until one succeeds. */
  lastRebuildError?: string;
  /** A rebuild in progress: the next generation catching up while this one serves. */
  rebuilding?: { generation: number; checkpoint: number; lag: number; state: RunnerStatus['state'] };
}

export class ProjectionRebuildFailed extends Error {
  override readonly name = 'ProjectionRebuildFailed';
}

export class UnknownProjection extends Error {
  override readonly name = 'UnknownProjection';
}
