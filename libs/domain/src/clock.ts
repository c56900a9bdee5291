/** Time is an input: domain code gets `now` from a clock, never from Date.now(). */
export interface Clock {
  now(): Date;
}

/** A clock that says what it is told; for tests and replays. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(to: Date): void {
    this.current = new Date(to.getTime());
  }
}
