import type { Worker } from 'node:worker_threads';
import type { ProjectionThreadData } from './thread-messages';

let starter: ((data: ProjectionThreadData) => Worker) | undefined;

/**
 * How this program starts the thread that runs its projections (ADR 58): the api's bundle starts
 * itself again. Where none is set (the api run from source, the test runner, the cli) the projections
 * run on the calling thread.
 */
export function useProjectionThreads(start: ((data: ProjectionThreadData) => Worker) | undefined): void {
  starter = start;
}

export function projectionThreadStarter(): ((data: ProjectionThreadData) => Worker) | undefined {
  return starter;
}
