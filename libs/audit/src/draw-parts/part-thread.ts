import { DrawRun, quotaBound } from '@app/domain';
import { readPackedRange } from '@app/read-store';
import { parentPort } from 'node:worker_threads';
import { DecodedCandidates } from './decoded-candidates';
import type { DrawPartJob, DrawPartMessage } from './part-job';

/**
 * The other thread of a draw (ADR 56): draws the ids from `job.from` on, from its own read of the
 * same snapshot, and sends its pool digest lines as they come, then its part. One job per thread.
 */
export function serveDrawPart(): void {
  const port = parentPort;
  if (!port) throw new Error('serveDrawPart runs in a worker thread');
  const send = (message: DrawPartMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  port.once('message', (job: DrawPartJob) => {
    try {
      const lines = (bytes: Uint8Array) => send({ kind: 'lines', bytes }, [bytes.buffer as ArrayBuffer]);
      const run = new DrawRun(job.task, job.inputs, quotaBound(job.task, job.poolBound), lines);
      const decoded = new DecodedCandidates(String(job.inputs.year), job.inputs.discardedDrawsCount ?? true);
      for (const batch of readPackedRange(job.source, { from: job.from }, 2000))
        decoded.addPacked(run, batch);
      const part = run.part();
      const buffers = part.draw.strata.flatMap((s) => [s.his.buffer, s.los.buffer] as ArrayBuffer[]);
      send({ kind: 'part', part }, buffers);
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      send({ kind: 'failed', name, message });
    }
  });
}
