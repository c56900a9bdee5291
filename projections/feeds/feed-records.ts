import type { RecordStore } from '@app/record-store';

/** An item given up on after its attempts: kept until an administrator replays it. */
export interface DeadLetter {
  itemId: string;
  position: number;
  kind: string;
  attempts: number;
  lastError: string;
  deadAt: string;
}

const CURSORS = 'feedCursors';
const DEAD_LETTERS = 'feedDeadLetters';
const RESETS = 'feedCursorResets';
/** Most dead letters kept per subscriber: beyond it the oldest are dropped (and the count says so). */
export const MAX_DEAD_LETTERS = 10_000;

/**
 * Each subscriber's cursor (the last position delivered or given up on) and its dead letters, in
 * the record store: durable, outside the log and the in-memory bus. Only the deliverer of the
 * subscriber (one per deployment) writes the cursor; an administrator's reset is a request it
 * applies; dead letters are written one after the other (`serially`) in the delivering process.
 */
export class FeedRecords {
  private queue = new Map<string, Promise<unknown>>();

  constructor(private readonly records: RecordStore) {}

  async cursor(subscriberId: string): Promise<number> {
    const found = await this.records.get(CURSORS, subscriberId, Date.now());
    return found ? Number(found.value) : 0;
  }

  setCursor(subscriberId: string, position: number): Promise<void> {
    return this.records.put(CURSORS, subscriberId, { value: String(position) });
  }

  /**
   * Asks the subscriber's deliverer, wherever it runs, to go on after `position` (an api that does
   * not deliver writes this; the deliverer reads it before each item and while idle). Only the
   * deliverer writes the cursor itself, so a reset never races an item's cursor write.
   */
  requestReset(subscriberId: string, position: number): Promise<void> {
    return this.records.put(RESETS, subscriberId, { value: String(position) });
  }

  async pendingReset(subscriberId: string): Promise<number | undefined> {
    const found = await this.records.get(RESETS, subscriberId, Date.now());
    return found ? Number(found.value) : undefined;
  }

  /** Applies a pending reset to the cursor, then clears the request (a crash between: applied again). */
  async applyReset(subscriberId: string): Promise<number | undefined> {
    const position = await this.pendingReset(subscriberId);
    if (position === undefined) return undefined;
    await this.setCursor(subscriberId, position);
    await this.records.delete(RESETS, subscriberId);
    return position;
  }

  async deadLetters(subscriberId: string): Promise<{ items: DeadLetter[]; dropped: number }> {
    const found = await this.records.get(DEAD_LETTERS, subscriberId, Date.now());
    return found
      ? (JSON.parse(found.value) as { items: DeadLetter[]; dropped: number })
      : { items: [], dropped: 0 };
  }

  addDeadLetter(subscriberId: string, letter: DeadLetter): Promise<void> {
    return this.serially(subscriberId, async () => {
      const list = await this.deadLetters(subscriberId);
      list.items = list.items.filter((l) => l.itemId !== letter.itemId);
      list.items.push(letter);
      if (list.items.length > MAX_DEAD_LETTERS) {
        list.dropped += list.items.length - MAX_DEAD_LETTERS;
        list.items = list.items.slice(-MAX_DEAD_LETTERS);
      }
      await this.records.put(DEAD_LETTERS, subscriberId, { value: JSON.stringify(list) });
    });
  }

  removeDeadLetter(subscriberId: string, itemId: string): Promise<void> {
    return this.serially(subscriberId, async () => {
      const list = await this.deadLetters(subscriberId);
      list.items = list.items.filter((l) => l.itemId !== itemId);
      await this.records.put(DEAD_LETTERS, subscriberId, { value: JSON.stringify(list) });
    });
  }

  private serially<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.queue.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    this.queue.set(
      key,
      run.catch(() => undefined),
    );
    return run;
  }
}
