/** Waits for a runner to have examined a position: resolved as it advances, rejected if it stops. */
export class PositionWaiters {
  private waiters: { position: number; resolve: () => void; reject: (error: Error) => void }[] = [];

  /** Resolves once `reach` passes the position; rejects with `timedOut()` after `timeoutMs`. */
  wait(position: number, timeoutMs: number, timedOut: () => Error): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(timedOut());
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Every event up to the position is examined. */
  reach(position: number): void {
    const due = this.waiters.filter((w) => w.position <= position);
    this.waiters = this.waiters.filter((w) => w.position > position);
    for (const waiter of due) waiter.resolve();
  }

  rejectAll(error: () => Error): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) waiter.reject(error());
  }
}

/** The runner a wait was placed on stopped (for example, replaced by a rebuilt generation). */
export class RunnerStopped extends Error {
  override readonly name = 'RunnerStopped';

  constructor(readonly namespace: string) {
    super(`The projection runner of ${namespace} stopped`);
  }
}

export class ProjectionTimeout extends Error {
  override readonly name = 'ProjectionTimeout';

  constructor(
    readonly projection: string,
    readonly position: number,
    readonly reached: number,
  ) {
    super(`Projection ${projection} reached ${reached}, not ${position}, in time`);
  }
}
