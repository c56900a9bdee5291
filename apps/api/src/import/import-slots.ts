/**
 * How many imports this process reads at once. Each one holds a spooled file, an inflating
 * workbook and its shared strings (up to IMPORT_LIMITS), so more at once would add up past what
 * one process should hold; one past the limit is refused at once rather than queued, so a client
 * is told to come back instead of holding a connection open (503 IMPORT_BUSY, Retry-After).
 */
export class ImportSlots {
  private taken = 0;

  constructor(readonly size: number) {}

  /** A slot to give back with `release`, or undefined when all are taken. */
  tryTake(): { release(): void } | undefined {
    if (this.taken >= this.size) return undefined;
    this.taken += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.taken -= 1;
      },
    };
  }
}
