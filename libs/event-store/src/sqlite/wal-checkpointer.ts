import { Worker } from 'node:worker_threads';
import type { SqliteSynchronous } from './open-database';

/**
 * The worker's code, as text: the api is bundled into one file, so the worker cannot be a module
 * of its own. It opens its own connection to the file and copies the WAL into it (PASSIVE: never
 * waits for the writer, never blocks it) every `intervalMs`.
 */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
// Never waits for a lock: a checkpoint that would wait is tried again at the next tick.
db.pragma('busy_timeout = 0');
db.pragma('synchronous = ' + workerData.synchronous);
db.pragma('wal_autocheckpoint = 0');
const passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const restart = db.prepare('PRAGMA wal_checkpoint(RESTART)');
let timer;
const tick = () => {
  try {
    const copied = passive.get();
    // PASSIVE never completes while the writer keeps appending, and the WAL restarts only after a
    // complete one: RESTART then copies the few frames added meanwhile and starts the WAL over.
    const row = copied.log > 0 ? restart.get() : copied;
    parentPort.postMessage({ frames: copied.log, restarted: row.busy === 0 && copied.log > 0 });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
  timer = setTimeout(tick, workerData.intervalMs);
};
parentPort.on('message', () => {
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
timer = setTimeout(tick, workerData.intervalMs);
`;

/** Frames the WAL held, and whether it was copied whole and started over; or why it failed. */
export type CheckpointOutcome = { frames: number; restarted: boolean } | { error: string };

export interface WalCheckpointerOptions {
  synchronous: SqliteSynchronous;
  /** How often the worker copies the WAL into the file (default 250 ms). */
  intervalMs?: number;
}

/**
 * Checkpoints an embedded database's WAL on a worker thread with its own connection, so the
 * copies of the WAL into the file (tens of MiB at a time when the log and the read models share
 * it) no longer stall the event loop of the connection that writes. That connection turns its own
 * automatic checkpoints off (wal_autocheckpoint = 0). A crash loses nothing: the WAL is durable,
 * and whatever it still holds is copied by the next checkpoint or the next open.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private stopping = false;
  /** The last checkpoint's figures, or its error (for status and tests). */
  last?: CheckpointOutcome;
  private readonly listeners = new Set<(outcome: CheckpointOutcome) => void>();

  constructor(file: string, options: WalCheckpointerOptions) {
    this.worker = new Worker(SOURCE, {
      eval: true,
      workerData: {
        driver: driverPath(),
        file,
        synchronous: options.synchronous,
        intervalMs: options.intervalMs ?? 250,
      },
    });
    this.worker.on('message', (outcome: CheckpointOutcome) => this.settle(outcome));
    // A worker that fails leaves the WAL to the next open's checkpoint: nothing is lost.
    this.worker.on('error', (error) => this.settle({ error: error.message }));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.unref();
  }

  /** Resolves with the outcome of the next checkpoint the worker tries. */
  nextCheckpoint(): Promise<CheckpointOutcome> {
    return new Promise((resolve) => {
      const listener = (outcome: CheckpointOutcome) => {
        this.listeners.delete(listener);
        resolve(outcome);
      };
      this.listeners.add(listener);
    });
  }

  private settle(outcome: CheckpointOutcome): void {
    this.last = outcome;
    for (const listener of [...this.listeners]) listener(outcome);
  }

  /** Stops the worker and closes its connection; resolves once it has exited. */
  stop(): Promise<void> {
    if (!this.stopping) {
      this.stopping = true;
      this.worker.postMessage('stop');
    }
    return this.exited;
  }
}

/** Where better-sqlite3 is, resolved by Node's own require (a bundler's stand-in has no resolve). */
function driverPath(): string {
  const nodeRequire = eval('require') as NodeJS.Require;
  return nodeRequire.resolve('better-sqlite3');
}
