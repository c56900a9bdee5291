import type Database from 'better-sqlite3';
import { deepFreeze } from '../deep-freeze';
import type { RecordedEvent } from '../recorded-event';
import { type EventRow, toRecorded } from './event-row';
import type { EventStoreStatements } from './event-queries';
import type { StreamNames } from './stream-names';

/** What the live subscriptions at the head read once for all of them: the head and its last window. */
export class LiveReads {
  /** The head the live subscriptions share during one turn of the event loop. */
  private sharedHead?: number;
  /** The window the subscriptions at the head last read. */
  private live?: { after: number; end: number; events: readonly RecordedEvent[] };

  constructor(
    private readonly statements: Pick<EventStoreStatements, 'head'>,
    private readonly windowQuery: () => Database.Statement,
    private readonly streamNames: StreamNames,
  ) {}

  /** This process appended: the head moved. */
  forgetHead(): void {
    this.sharedHead = undefined;
  }

  /**
   * The head as the live subscriptions read it: one query for all of those that wake together,
   * kept until the event loop turns or this process appends.
   */
  head(): number {
    if (this.sharedHead === undefined) {
      this.sharedHead = this.statements.head.get()?.head ?? 0;
      setImmediate(() => (this.sharedHead = undefined));
    }
    return this.sharedHead;
  }

  /**
   * Every event of a few positions just appended, read once for all the subscriptions at the head
   * (a dozen projections wake on each append, each wanting the same window): one query and one
   * decoding instead of one each. Frozen, since every subscription is handed the same objects.
   */
  window(after: number, end: number): readonly RecordedEvent[] {
    if (this.live?.after === after && this.live.end === end) return this.live.events;
    const rows = this.windowQuery().all(after, end) as EventRow[];
    this.streamNames.resolve(rows);
    const events = rows.map((row) => deepFreeze(toRecorded(row, this.streamNames.of(row[2]))));
    this.live = { after, end, events };
    return events;
  }
}
