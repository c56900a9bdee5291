import type { SqliteEventStore } from '@app/event-store';

/** Which Int32 of the shared flags each side raises when it tells the other of its appends. */
const RAISED_BY = { process: 0, thread: 1 } as const;

/**
 * The appends of one connection told to the thread of the other (ADR 58): after each commit an
 * 'appended' message, unless one is still on its way (a flag in shared memory per direction), so
 * that under load the receiver takes one message per turn of its event loop instead of one per
 * commit (each wakes its thread).
 */
export class SharedAppends {
  private readonly flags: Int32Array;
  private readonly unwatch: () => void;

  constructor(
    private readonly log: SqliteEventStore,
    private readonly side: keyof typeof RAISED_BY,
    send: () => void,
    /** Shared with the other side: one made here, the thread's from its workerData. */
    readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(8),
  ) {
    this.flags = new Int32Array(buffer);
    const mine = RAISED_BY[side];
    this.unwatch = log.watchAppends(() => {
      if (Atomics.exchange(this.flags, mine, 1) === 0) send();
    });
  }

  /**
   * The other side's 'appended' arrived: its flag is lowered before the log is looked at, so that
   * a commit after this look sends again.
   */
  received(): void {
    Atomics.store(this.flags, RAISED_BY[this.side === 'process' ? 'thread' : 'process'], 0);
    this.log.appendedElsewhere();
  }

  /** A thread started again must hear of the next append, whatever its predecessor took. */
  forgetSent(): void {
    Atomics.store(this.flags, RAISED_BY[this.side], 0);
  }

  stop(): void {
    this.unwatch();
  }
}
