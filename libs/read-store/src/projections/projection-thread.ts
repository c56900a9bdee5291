import type { ProjectionStatus } from './projection-status';

/** Where a live projection stands, as the thread that runs it reports it. */
export interface LiveProgress {
  name: string;
  /** The generation queries read (`<name>_g<generation>`). */
  namespace: string;
  /** Position of the last batch committed: it changes with every commit (the read cache's version). */
  committed: number;
  /** Every event up to here is applied or not the projection's (what read-your-writes waits for). */
  examined: number;
}

/** What the process asks of the thread that runs its projections. */
export type ProjectionThreadCall =
  { method: 'status' } | { method: 'restart'; name: string } | { method: 'rebuild'; name: string };

export type ProjectionThreadAnswer<C extends ProjectionThreadCall> = C extends { method: 'status' }
  ? ProjectionStatus[]
  : C extends { method: 'rebuild' }
    ? { generation: number }
    : undefined;

/**
 * The projections run in a thread of this process, on a connection of their own to the same file
 * (ADR 58): the host that serves queries and read-your-writes waits learns of their progress through
 * this link, and forwards status, restarts and rebuilds to it.
 */
export interface ProjectionThreadLink {
  /**
   * Starts the thread and keeps it running (started again after a failure); returns at once. Where
   * each projection stands arrives as progress once it runs them.
   */
  start(): void;
  /** Each report of progress the thread sends (several projections at once). */
  onProgress(listener: (progress: readonly LiveProgress[]) => void): void;
  call<C extends ProjectionThreadCall>(call: C): Promise<ProjectionThreadAnswer<C>>;
  stop(): Promise<void>;
}
