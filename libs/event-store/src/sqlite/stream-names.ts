import type { EventRow } from './event-row';
import type { EventStoreStatements } from './event-queries';

/** Streams' names by their ids: names never change, so they are kept once read. */
export class StreamNames {
  private readonly names = new Map<number, string>();

  constructor(private readonly statements: Pick<EventStoreStatements, 'streamName' | 'streamNames'>) {}

  /**
   * Loads the names of a page's streams not in the cache with one query: a log of a million
   * entity streams would otherwise cost a query per event once the cache has turned over.
   */
  resolve(rows: readonly EventRow[]): void {
    const missing = new Set<number>();
    for (const row of rows) if (!this.names.has(row[2])) missing.add(row[2]);
    if (missing.size === 0) return;
    if (this.names.size + missing.size > 100_000) this.names.clear();
    for (const { stream_id, name } of this.statements.streamNames.all(JSON.stringify([...missing]))) {
      this.names.set(stream_id, name);
    }
  }

  /** A stream's name by its id. */
  of(streamId: number): string {
    let name = this.names.get(streamId);
    if (name === undefined) {
      name = this.statements.streamName.get(streamId)?.name ?? '';
      if (this.names.size >= 100_000) this.names.clear();
      this.names.set(streamId, name);
    }
    return name;
  }
}
