/** How long a thread waits for a wake-up before it looks at the turn again. */
const LOOK_AGAIN_MS = 20;

type WaitAsync = (
  cell: Int32Array,
  index: number,
  value: number,
  timeoutMs: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };

/**
 * Turns at the SQLite file's one write lock between the threads of one process (ADR 58): the api's
 * thread appending and the projections' thread writing read models and the tree. Without it, the
 * one that finds the file locked sleeps in SQLite's busy handler (1, 2, 5, 10… ms, on the api's
 * event loop). Group commits wait for their turn without blocking (`tryTake`, `untilFree`): the
 * api's thread serves other requests meanwhile and the waiting group grows; other writes block
 * (`take`) and are woken the moment the other thread lets go. Writers in other processes still meet
 * SQLite's busy timeout.
 */
export class WriteTurn {
  private readonly cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.cell = new Int32Array(buffer);
  }

  /** Runs `write` (one write transaction, never another take) holding the turn. */
  take<T>(write: () => T): T {
    while (!this.tryTake()) Atomics.wait(this.cell, 0, 1, LOOK_AGAIN_MS);
    try {
      return write();
    } finally {
      this.release();
    }
  }

  /** Takes the turn if it is free; the taker must `release` it. */
  tryTake(): boolean {
    return Atomics.compareExchange(this.cell, 0, 0, 1) === 0;
  }

  release(): void {
    Atomics.store(this.cell, 0, 0);
    Atomics.notify(this.cell, 0);
  }

  /** Resolves when the turn is let go (or after a short while): then `tryTake` again. */
  untilFree(): Promise<void> {
    const waited = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync(this.cell, 0, 1, LOOK_AGAIN_MS);
    return waited.async ? waited.value.then(() => undefined) : Promise.resolve();
  }
}
