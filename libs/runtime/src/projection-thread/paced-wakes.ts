/**
 * Wakes the thread's projections at once after a quiet spell, then at most once every `intervalMs`
 * while appends keep coming (issue 25). Under a steady stream of commands each wake would otherwise
 * apply and commit one or two events, and a read-model commit costs about as much for one event as
 * for ten. While a wake waits, the other side's 'appended' flag stays raised, so it sends nothing more.
 */
export class PacedWakes {
  private last = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly wake: () => void,
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** An append arrived: wakes now, or at the end of the interval since the last wake. */
  request(): void {
    if (this.timer !== undefined) return;
    const wait = this.last + this.intervalMs - this.now();
    if (wait <= 0) return this.fire();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, wait);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.last = this.now();
    this.wake();
  }
}
