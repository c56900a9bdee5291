import { type DrawPart, type DrawRun } from '@app/domain';
import { type ReadSnapshot, SnapshotMoved } from '@app/read-store';
import type { Worker } from 'node:worker_threads';
import type { DecodedCandidates } from './decoded-candidates';
import type { DrawPartJob, DrawPartMessage } from './part-job';

/** Starts a thread that runs serveDrawPart (the host knows its entry: a bundle, a loader). */
export type DrawPartThreadStarter = () => Worker;

let starter: DrawPartThreadStarter | undefined;
let minimum = 2_000_000;

/**
 * Lets draws from large SQLite snapshots use a second thread (ADR 56). Hosts that cannot start
 * one (the test runner loading TypeScript) leave it unset: the draw runs on one thread, the same.
 */
export function useDrawPartThreads(
  start: DrawPartThreadStarter | undefined,
  options?: { minimum?: number },
): void {
  starter = start;
  minimum = options?.minimum ?? 2_000_000;
}

/**
 * The draw with the second half of the ids drawn by another thread, from its own read of the same
 * state (the same checkpoint, or SnapshotMoved), absorbed after this thread's half: the same
 * outcome, pool digest included, as one thread drawing all. False when it does not apply. A
 * thread that fails before it sent anything (it could not start, or the projections moved the
 * checkpoint before it began to read) leaves the rest to this one.
 */
export async function drawnInTwoThreads(
  snapshot: ReadSnapshot,
  job: Omit<DrawPartJob, 'source' | 'from'>,
  run: DrawRun,
  decoded: DecodedCandidates,
): Promise<boolean> {
  const { packed, partition } = snapshot;
  if (!starter || !packed || !partition || snapshot.count < minimum) return false;
  const half = Math.floor(snapshot.count / 2);
  const from = partition.idAt(half);
  if (from === undefined) return false;
  const worker = starter();
  const rows = packed[Symbol.asyncIterator]();
  try {
    let mineDone = false;
    let received = false;
    const pending: Uint8Array[] = [];
    const part = new Promise<DrawPart>((resolve, reject) => {
      worker.on('message', (message: DrawPartMessage) => {
        if (message.kind === 'lines') {
          received = true;
          if (mineDone) run.addPoolLines(message.bytes);
          else pending.push(message.bytes);
        } else if (message.kind === 'part') resolve(message.part);
        else
          reject(
            message.name === 'SnapshotMoved'
              ? new SnapshotMoved(message.message)
              : new Error(message.message),
          );
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`The draw's second thread stopped (${code})`)));
    });
    // Were this thread to fail first, the other's failure is not waited for.
    part.catch(() => undefined);
    worker.postMessage({ ...job, source: partition.source, from } satisfies DrawPartJob);
    let taken = 0;
    let rest: string[] = [];
    while (taken < half) {
      const next = await rows.next();
      if (next.done) break;
      const take = Math.min(next.value.length, half - taken);
      decoded.addPacked(run, next.value, 0, take);
      taken += take;
      if (take < next.value.length) rest = next.value.slice(take);
    }
    mineDone = true;
    for (const bytes of pending.splice(0)) run.addPoolLines(bytes);
    try {
      run.absorb(await part);
    } catch (error) {
      // Nothing of the other thread's taken yet (it could not start, or it read a later
      // checkpoint): this thread's snapshot is intact and reads the rest itself.
      if (received) throw error;
      decoded.addPacked(run, rest);
      for (let next = await rows.next(); !next.done; next = await rows.next())
        decoded.addPacked(run, next.value);
    }
    return true;
  } finally {
    await rows.return?.();
    await worker.terminate();
  }
}
