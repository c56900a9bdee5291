/** Where the api takes the time of an act from (commands record it as `occurredAt`). */
export const CLOCK = Symbol('Clock');

export interface Clock {
  now(): Date;
  /** Only a simulated clock can be set; the system clock says so by being undefined here. */
  readonly set?: (at: Date) => void;
}

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock for simulations and demonstrations (SIMULATED_CLOCK=true): set to any moment, it runs on
 * from there at the real pace, so a county's year can be played through in minutes.
 */
export class SettableClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  readonly set = (at: Date): void => {
    this.offsetMs = at.getTime() - Date.now();
  };
}
