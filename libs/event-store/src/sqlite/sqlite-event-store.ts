import type Database from 'better-sqlite3';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  CurrentRevision,
  EventFilter,
  EventStore,
  EventStoreStatus,
  EventSubscription,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
} from '../event-store.port';
import type { EventData, RecordedEvent } from '../recorded-event';
import { type IdentifiedEvent, validateAppend } from '../validate-append';
import { AppendSignal } from './append-signal';
import { migrateEventStore } from './schema';

interface EventRow {
  position: number;
  event_id: string;
  stream: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: number;
}

export interface SqliteEventStoreOptions {
  /** Rows fetched per page by reads and subscriptions. */
  pageSize?: number;
  /** How often a live subscription looks for appends made by another process. */
  pollIntervalMs?: number;
  /** Store time source (recordedAt); injectable for tests. */
  now?: () => number;
}

const SQLITE_CONSTRAINT_UNIQUE = 'SQLITE_CONSTRAINT_UNIQUE';

/** The embedded event store: one better-sqlite3 database, WAL mode (docs/event-store.md). */
export class SqliteEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<AbortController>();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly now: () => number;
  private readonly statements;
  private readonly appendTransaction;
  private readonly filteredQueries = new Map<string, Database.Statement>();
  private closed = false;

  constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions = {},
  ) {
    migrateEventStore(db);
    this.pageSize = options.pageSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.statements = {
      currentRevision: db.prepare<[string], { revision: number | null }>(
        'SELECT max(revision) AS revision FROM events WHERE stream = ?',
      ),
      insert: db.prepare(
        `INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      byEventId: db.prepare<[string], { position: number; stream: string; revision: number }>(
        'SELECT position, stream, revision FROM events WHERE event_id = ?',
      ),
      head: db.prepare<[], { head: number | null }>('SELECT max(position) AS head FROM events'),
      streamForwards: db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?',
      ),
      streamBackwards: db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
      ),
    };
    // IMMEDIATE takes the write lock at BEGIN, so two processes never deadlock upgrading locks.
    this.appendTransaction = db.transaction(
      (stream: string, events: IdentifiedEvent[], expected: ExpectedRevision) =>
        this.appendInTransaction(stream, events, expected),
    );
  }

  async appendToStream(
    stream: string,
    events: readonly EventData[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.assertOpen();
    const identified = validateAppend(stream, events);
    try {
      const result = this.appendTransaction.immediate(stream, identified, options.expectedRevision);
      this.signal.notify();
      return result;
    } catch (error) {
      const original = this.isRetry(error, stream, identified);
      if (original) return original;
      throw error;
    }
  }

  private appendInTransaction(
    stream: string,
    events: IdentifiedEvent[],
    expected: ExpectedRevision,
  ): AppendResult {
    const found = this.statements.currentRevision.get(stream)?.revision;
    const current: CurrentRevision = found === null || found === undefined ? 'no_stream' : found;
    if (!revisionMatches(expected, current)) {
      throw new WrongExpectedRevision(stream, expected, current);
    }
    let revision = current === 'no_stream' ? -1 : current;
    let position = 0;
    const recordedAt = this.now();
    for (const event of events) {
      revision += 1;
      const info = this.statements.insert.run(
        event.id,
        stream,
        revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        recordedAt,
      );
      position = Number(info.lastInsertRowid);
    }
    return { nextExpectedRevision: revision, position };
  }

  /**
   * A refused append whose event ids are all already in this stream, in order, is a retry of an
   * append that succeeded: answer as the original did. Ids used elsewhere are a conflict.
   */
  private isRetry(error: unknown, stream: string, events: IdentifiedEvent[]): AppendResult | null {
    // Errors from the native driver may come from another realm (jest's sandbox): test the code.
    const refused =
      error instanceof WrongExpectedRevision ||
      (typeof error === 'object' &&
        error !== null &&
        (error as { code?: unknown }).code === SQLITE_CONSTRAINT_UNIQUE);
    if (!refused) return null;
    const first = this.statements.byEventId.get(events[0].id);
    if (!first) {
      const reused = events.find((e) => this.statements.byEventId.get(e.id));
      if (reused) throw new DuplicateEventId(stream, reused.id);
      return null;
    }
    let last = first;
    for (const [index, event] of events.entries()) {
      const row = this.statements.byEventId.get(event.id);
      if (!row || row.stream !== stream || row.revision !== first.revision + index) {
        throw new DuplicateEventId(stream, event.id);
      }
      last = row;
    }
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let from = resolveStart(options.fromRevision, backwards);
    while (remaining > 0) {
      const limit = Math.min(this.pageSize, remaining);
      const rows = backwards
        ? this.statements.streamBackwards.all(stream, from, limit)
        : this.statements.streamForwards.all(stream, from, limit);
      for (const row of rows) yield toRecorded(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1].revision + (backwards ? -1 : 1);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let from = resolveStart(options.fromPosition, backwards);
    const query = this.pageQuery(backwards ? 'backwards' : 'forwards', options.filter);
    const filterArgs = filterParameters(options.filter);
    while (remaining > 0) {
      const limit = Math.min(this.pageSize, remaining);
      const rows = query.all(from, ...filterArgs, limit) as EventRow[];
      for (const row of rows) yield toRecorded(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1].position + (backwards ? -1 : 1);
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    this.assertOpen();
    const abort = new AbortController();
    this.subscriptions.add(abort);
    const iterable = this.catchUp(options, abort.signal);
    return {
      [Symbol.asyncIterator]: () => iterable[Symbol.asyncIterator](),
      close: () => {
        abort.abort();
        this.subscriptions.delete(abort);
        return Promise.resolve();
      },
    };
  }

  /** Reads windows of positions after the checkpoint; at the head, sleeps until an append. */
  private async *catchUp(options: SubscribeToAllOptions, abort: AbortSignal): AsyncGenerator<RecordedEvent> {
    let after =
      options.fromPosition === undefined || options.fromPosition === 'start' ? 0 : options.fromPosition;
    const query = this.pageQuery('window', options.filter);
    const filterArgs = filterParameters(options.filter);
    while (!abort.aborted) {
      const head = this.statements.head.get()?.head ?? 0;
      if (after >= head) {
        await this.signal.next(this.pollIntervalMs, abort);
        continue;
      }
      const windowEnd = Math.min(after + this.pageSize, head);
      const rows = query.all(after, windowEnd, ...filterArgs) as EventRow[];
      for (const row of rows) {
        if (abort.aborted) return;
        yield toRecorded(row);
      }
      after = windowEnd;
      if (options.filter && options.onCheckpoint && !abort.aborted) {
        await options.onCheckpoint(windowEnd);
      }
    }
  }

  private pageQuery(kind: 'forwards' | 'backwards' | 'window', filter?: EventFilter): Database.Statement {
    const condition = filterCondition(filter);
    const key = `${kind}:${condition}`;
    let statement = this.filteredQueries.get(key);
    if (!statement) {
      const sql = {
        forwards: `SELECT * FROM events WHERE position >= ? AND ${condition} ORDER BY position LIMIT ?`,
        backwards: `SELECT * FROM events WHERE position <= ? AND ${condition} ORDER BY position DESC LIMIT ?`,
        window: `SELECT * FROM events WHERE position > ? AND position <= ? AND ${condition} ORDER BY position`,
      }[kind];
      statement = this.db.prepare(sql);
      this.filteredQueries.set(key, statement);
    }
    return statement;
  }

  headPosition(): Promise<number> {
    this.assertOpen();
    return Promise.resolve(this.statements.head.get()?.head ?? 0);
  }

  status(): Promise<EventStoreStatus> {
    const location = this.db.name;
    if (this.closed || !this.db.open) {
      return Promise.resolve({ kind: 'embedded-sqlite', status: 'down', location, detail: 'closed' });
    }
    try {
      this.statements.head.get();
      return Promise.resolve({ kind: 'embedded-sqlite', status: 'up', location });
    } catch (error) {
      return Promise.resolve({
        kind: 'embedded-sqlite',
        status: 'down',
        location,
        detail: (error as Error).message,
      });
    }
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    for (const subscription of this.subscriptions) subscription.abort();
    this.subscriptions.clear();
    this.db.close();
    return Promise.resolve();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}

function revisionMatches(expected: ExpectedRevision, current: CurrentRevision): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 'no_stream';
    case 'stream_exists':
      return current !== 'no_stream';
    default:
      return current === expected;
  }
}

/** The first revision or position to read, inclusive, in the direction of reading. */
function resolveStart(from: number | 'start' | 'end' | undefined, backwards: boolean): number {
  const start = from ?? (backwards ? 'end' : 'start');
  if (start === 'start') return backwards ? -1 : 0;
  if (start === 'end') return Number.MAX_SAFE_INTEGER;
  return start;
}

function filterCondition(filter?: EventFilter): string {
  if (!filter) return '1';
  if ('streamPrefixes' in filter) {
    if (filter.streamPrefixes.length === 0) return '0';
    return `(${filter.streamPrefixes.map(() => 'substr(stream, 1, length(?)) = ?').join(' OR ')})`;
  }
  if (filter.eventTypes.length === 0) return '0';
  return `type IN (${filter.eventTypes.map(() => '?').join(', ')})`;
}

function filterParameters(filter?: EventFilter): string[] {
  if (!filter) return [];
  if ('streamPrefixes' in filter) return filter.streamPrefixes.flatMap((p) => [p, p]);
  return [...filter.eventTypes];
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as RecordedEvent['data'],
    metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    recordedAt: new Date(row.recorded_at),
  };
}
