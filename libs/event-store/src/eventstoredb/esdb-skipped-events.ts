const REMEMBERED = 10_000;

/**
 * Events the adapter cannot hand out because they are not JSON (written by another tool): each is
 * logged once and counted, so the status can say the log holds events nobody reads.
 */
export class SkippedEvents {
  private readonly seen = new Set<string>();
  private forgotten = 0;

  /** How many distinct events were skipped (past 10,000, every further meeting counts). */
  get count(): number {
    return this.seen.size + this.forgotten;
  }

  note(event: { id: string; streamId: string; type: string }): void {
    if (this.seen.has(event.id)) return;
    if (this.seen.size >= REMEMBERED) {
      this.forgotten += 1;
      return;
    }
    this.seen.add(event.id);
    console.warn(
      `EventStoreDB: event ${event.id} (${event.type} in ${event.streamId}) is not JSON; reads skip it`,
    );
  }
}
