/** How long a thread waits for a wake-up before it looks at the turn again. */
const LOOK_AGAIN_MS = 20;

/**
 * Turns at the SQLite file's one write lock between the threads of one process (ADR 58): the api's
 * thread appending and the projections' thread writing read models and the tree. Without it, the
 * one that finds the file locked sleeps in SQLite's busy handler (1, 2, 5, 10… ms, on the api's
 * event loop); with it, the waiting thread is woken the moment the other one commits. Writers in
 * other processes still meet SQLite's busy timeout.
 */
export class WriteTurn {
  private readonly cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.cell = new Int32Array(buffer);
  }

  /** Runs `write` (one write transaction, never another take) holding the turn. */
  take<T>(write: () => T): T {
    while (Atomics.compareExchange(this.cell, 0, 0, 1) !== 0) Atomics.wait(this.cell, 0, 1, LOOK_AGAIN_MS);
    try {
      return write();
    } finally {
      Atomics.store(this.cell, 0, 0);
      Atomics.notify(this.cell, 0, 1);
    }
  }
}
