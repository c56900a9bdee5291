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
  StreamsByPrefixOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
} from '../event-store.port';
import type { EventData, RecordedEvent } from '../recorded-event';
import { type IdentifiedEvent, validateAppend } from '../validate-append';
import { AppendSignal } from './append-signal';
import { GroupCommit } from './group-commit';
import {
  type EventRow,
  INSERT_COLUMNS,
  ROW_POSITION,
  ROW_REVISION,
  SELECT_COLUMNS,
  pushRowValues,
  toRecorded,
} from './event-row';
import { migrateEventStore } from './schema';
import { revisionMatches } from '../revision-matches';
import { matchesFilter } from '../event-filter';
import { deepFreeze } from '../deep-freeze';

// CROSS JOIN keeps events as the outer loop, read in position or revision order.
const EVENTS_WITH_STREAM = 'events e CROSS JOIN streams s ON s.stream_id = e.stream_id';

export interface SqliteEventStoreOptions {
  /** Rows fetched per page by reads and subscriptions. */
  pageSize?: number;
  /** How often a live subscription looks for appends made by another process. */
  pollIntervalMs?: number;
  /** Store time source (recordedAt); injectable for tests. */
  now?: () => number;
}

interface AppendJob {
  stream: string;
  events: IdentifiedEvent[];
  expected: ExpectedRevision;
}

/** Windows this small are read through liveWindow: subscriptions at the head share them. */
const LIVE_WINDOW = 256;
const SQLITE_CONSTRAINT_UNIQUE = 'SQLITE_CONSTRAINT_UNIQUE';
const MAX_ROWS_PER_INSERT = 100;

/** The embedded event store: one better-sqlite3 database, WAL mode (docs/event-store.md). */
export class SqliteEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<AbortController>();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly now: () => number;
  private readonly statements;
  private readonly appends: GroupCommit<AppendJob, AppendResult>;
  private readonly filteredQueries = new Map<string, Database.Statement>();
  private readonly inserts = new Map<number, Database.Statement>();
  private readonly streamNames = new Map<number, string>();
  private closed = false;
  /** The head the live subscriptions share during one turn of the event loop (liveHead). */
  private sharedHead?: number;
  /** The window the subscriptions at the head last read (liveWindow). */
  private live?: { after: number; end: number; events: readonly RecordedEvent[] };

  constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions = {},
  ) {
    migrateEventStore(db);
    this.pageSize = options.pageSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.statements = {
      stream: db.prepare<[string], { stream_id: number; revision: number }>(
        'SELECT stream_id, revision FROM streams WHERE name = ?',
      ),
      createStream: db.prepare('INSERT INTO streams (name, revision) VALUES (?, ?)'),
      streamName: db.prepare<[number], { name: string }>('SELECT name FROM streams WHERE stream_id = ?'),
      streamNames: db.prepare<[string], { stream_id: number; name: string }>(
        'SELECT stream_id, name FROM streams WHERE stream_id IN (SELECT value FROM json_each(?))',
      ),
      moveStream: db.prepare('UPDATE streams SET revision = ? WHERE stream_id = ?'),
      byEventId: db.prepare<[string], { position: number; stream: string; revision: number }>(
        `SELECT e.position, s.name AS stream, e.revision FROM ${EVENTS_WITH_STREAM} WHERE e.event_id = ?`,
      ),
      head: db.prepare<[], { head: number | null }>('SELECT max(position) AS head FROM events'),
      // Streams by name in [from, bound) or (after, bound), 1,000 at a time.
      streamsFrom: db.prepare<[string, string], { stream_id: number; name: string }>(
        'SELECT stream_id, name FROM streams WHERE name >= ? AND name < ? ORDER BY name LIMIT 1000',
      ),
      streamsAfter: db.prepare<[string, string], { stream_id: number; name: string }>(
        'SELECT stream_id, name FROM streams WHERE name > ? AND name < ? ORDER BY name LIMIT 1000',
      ),
      countAfter: db.prepare<[number, number], { n: number }>(
        'SELECT count(*) AS n FROM (SELECT 1 FROM events WHERE position > ? LIMIT ?)',
      ),
      streamForwards: db
        .prepare<[number, number, number], EventRow>(
          `SELECT ${SELECT_COLUMNS} FROM events e
           WHERE e.stream_id = ? AND e.revision >= ? ORDER BY e.revision LIMIT ?`,
        )
        .raw(),
      streamBackwards: db
        .prepare<[number, number, number], EventRow>(
          `SELECT ${SELECT_COLUMNS} FROM events e
           WHERE e.stream_id = ? AND e.revision <= ? ORDER BY e.revision DESC LIMIT ?`,
        )
        .raw(),
    };
    this.appends = new GroupCommit(
      db,
      (job: AppendJob) => this.appendInTransaction(job.stream, job.events, job.expected),
      () => {
        this.sharedHead = undefined;
        this.signal.notify();
      },
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
      return await this.appends.submit({ stream, events: identified, expected: options.expectedRevision });
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
    const found = this.statements.stream.get(stream);
    const current: CurrentRevision = found ? found.revision : 'no_stream';
    if (!revisionMatches(expected, current)) {
      throw new WrongExpectedRevision(stream, expected, current);
    }
    let revision = current === 'no_stream' ? -1 : current;
    const streamId = found
      ? found.stream_id
      : Number(this.statements.createStream.run(stream, revision + events.length).lastInsertRowid);
    let position = 0;
    const recordedAt = this.now();
    // One multi-row INSERT per chunk: far fewer calls into the driver than a row at a time.
    for (let start = 0; start < events.length; start += MAX_ROWS_PER_INSERT) {
      const chunk = events.slice(start, start + MAX_ROWS_PER_INSERT);
      const values: unknown[] = [];
      for (const event of chunk) {
        revision += 1;
        pushRowValues(values, event, streamId, revision, recordedAt);
      }
      position = Number(this.insertStatement(chunk.length).run(values).lastInsertRowid);
    }
    if (found) this.statements.moveStream.run(revision, streamId);
    return { nextExpectedRevision: revision, position };
  }

  private insertStatement(rows: number): Database.Statement {
    let statement = this.inserts.get(rows);
    if (!statement) {
      statement = this.db.prepare(
        `INSERT INTO events (${INSERT_COLUMNS.join(', ')}) VALUES ` +
          Array.from({ length: rows }, () => `(${INSERT_COLUMNS.map(() => '?').join(', ')})`).join(', '),
      );
      this.inserts.set(rows, statement);
    }
    return statement;
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
    const found = this.statements.stream.get(stream);
    if (!found) return;
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let from = resolveStart(options.fromRevision, backwards);
    while (remaining > 0) {
      const limit = Math.min(this.pageSize, remaining);
      const rows = backwards
        ? this.statements.streamBackwards.all(found.stream_id, from, limit)
        : this.statements.streamForwards.all(found.stream_id, from, limit);
      for (const row of rows) yield toRecorded(row, stream);
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1][ROW_REVISION] + (backwards ? -1 : 1);
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
      this.resolveStreamNames(rows);
      for (const row of rows) yield toRecorded(row, this.streamName(row[2]));
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1][ROW_POSITION] + (backwards ? -1 : 1);
    }
  }

  async *readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    // SQLite compares text as UTF-8 bytes: the names with the prefix lie in [prefix, bound); with
    // no prefix, every name (none begins with a byte above U+10FFFF's first).
    const bound =
      prefix === ''
        ? '\u{10FFFF}'
        : prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const types = options.eventTypes ?? [];
    const events = this.db
      .prepare(
        `SELECT ${SELECT_COLUMNS} FROM events e
         WHERE e.stream_id IN (SELECT value FROM json_each(?)) AND e.position <= ?
         ${types.length ? `AND e.type IN (${types.map(() => '?').join(', ')})` : ''}
         ORDER BY e.stream_id, e.revision`,
      )
      .raw();
    let after: string | undefined;
    for (;;) {
      // A page of streams in name order, then their events.
      const streams =
        after === undefined
          ? this.statements.streamsFrom.all(prefix, bound)
          : this.statements.streamsAfter.all(after, bound);
      if (streams.length === 0) return;
      const rows = events.all(
        JSON.stringify(streams.map((s) => s.stream_id)),
        options.maxPosition,
        ...types,
      ) as EventRow[];
      const byStream = new Map<number, EventRow[]>();
      for (const row of rows) {
        const list = byStream.get(row[2]);
        if (list) list.push(row);
        else byStream.set(row[2], [row]);
      }
      for (const { stream_id, name } of streams) {
        for (const row of byStream.get(stream_id) ?? []) yield toRecorded(row, name);
      }
      after = streams[streams.length - 1].name;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    this.assertOpen();
    const abort = new AbortController();
    this.subscriptions.add(abort);
    const pages = this.catchUp(options, abort.signal);
    const events = async function* (): AsyncGenerator<RecordedEvent> {
      for await (const page of pages) yield* page;
    };
    let iterable: AsyncGenerator<RecordedEvent> | undefined;
    return {
      [Symbol.asyncIterator]: () => (iterable ??= events()),
      pages: () => pages,
      close: () => {
        abort.abort();
        this.subscriptions.delete(abort);
        return Promise.resolve();
      },
    };
  }

  /** Reads windows of positions after the checkpoint; at the head, sleeps until an append. */
  private async *catchUp(
    options: SubscribeToAllOptions,
    abort: AbortSignal,
  ): AsyncGenerator<readonly RecordedEvent[]> {
    let after =
      options.fromPosition === undefined || options.fromPosition === 'start' ? 0 : options.fromPosition;
    const query = this.pageQuery('window', options.filter);
    const filterArgs = filterParameters(options.filter);
    while (!abort.aborted) {
      const head = this.liveHead();
      if (after >= head) {
        await this.signal.next(this.pollIntervalMs, abort);
        continue;
      }
      const windowEnd = Math.min(after + this.pageSize, head);
      let page: readonly RecordedEvent[];
      if (windowEnd - after <= LIVE_WINDOW) {
        const { filter } = options;
        page = this.liveWindow(after, windowEnd).filter((e) => matchesFilter(filter, e.stream, e.type));
      } else {
        const rows = query.all(after, windowEnd, ...filterArgs) as EventRow[];
        this.resolveStreamNames(rows);
        page = rows.map((row) => toRecorded(row, this.streamName(row[2])));
      }
      if (page.length > 0) {
        if (abort.aborted) return;
        yield page;
      }
      after = windowEnd;
      if (options.filter && options.onCheckpoint && !abort.aborted) {
        await options.onCheckpoint(windowEnd);
      }
    }
  }

  /**
   * The head as the live subscriptions read it: one query for all of those that wake together,
   * kept until the event loop turns or this process appends.
   */
  private liveHead(): number {
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
  private liveWindow(after: number, end: number): readonly RecordedEvent[] {
    if (this.live?.after === after && this.live.end === end) return this.live.events;
    const rows = this.pageQuery('window').all(after, end) as EventRow[];
    this.resolveStreamNames(rows);
    const events = rows.map((row) => deepFreeze(toRecorded(row, this.streamName(row[2]))));
    this.live = { after, end, events };
    return events;
  }

  private pageQuery(kind: 'forwards' | 'backwards' | 'window', filter?: EventFilter): Database.Statement {
    const condition = filterCondition(filter);
    const key = `${kind}:${condition}`;
    let statement = this.filteredQueries.get(key);
    if (!statement) {
      // Only a filter on stream names needs the streams table; otherwise names come from a cache.
      const from = filter && 'streamPrefixes' in filter ? EVENTS_WITH_STREAM : 'events e';
      const select = `SELECT ${SELECT_COLUMNS} FROM ${from}`;
      const sql = {
        forwards: `${select} WHERE e.position >= ? AND ${condition} ORDER BY e.position LIMIT ?`,
        backwards: `${select} WHERE e.position <= ? AND ${condition} ORDER BY e.position DESC LIMIT ?`,
        window: `${select} WHERE e.position > ? AND e.position <= ? AND ${condition} ORDER BY e.position`,
      }[kind];
      statement = this.db.prepare(sql).raw();
      this.filteredQueries.set(key, statement);
    }
    return statement;
  }

  /** A stream's name by its id: names never change, so they are kept once read. */
  /**
   * Loads the names of a page's streams not in the cache with one query: a log of a million
   * entity streams would otherwise cost a query per event once the cache has turned over.
   */
  private resolveStreamNames(rows: readonly EventRow[]): void {
    const missing = new Set<number>();
    for (const row of rows) if (!this.streamNames.has(row[2])) missing.add(row[2]);
    if (missing.size === 0) return;
    if (this.streamNames.size + missing.size > 100_000) this.streamNames.clear();
    for (const { stream_id, name } of this.statements.streamNames.all(JSON.stringify([...missing]))) {
      this.streamNames.set(stream_id, name);
    }
  }

  private streamName(streamId: number): string {
    let name = this.streamNames.get(streamId);
    if (name === undefined) {
      name = this.statements.streamName.get(streamId)?.name ?? '';
      if (this.streamNames.size >= 100_000) this.streamNames.clear();
      this.streamNames.set(streamId, name);
    }
    return name;
  }

  headPosition(): Promise<number> {
    this.assertOpen();
    return Promise.resolve(this.statements.head.get()?.head ?? 0);
  }

  async countAfter(position: number, cap = 1_000_000): Promise<number> {
    this.assertOpen();
    return this.statements.countAfter.get(position, cap)?.n ?? 0;
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
    this.appends.flush();
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
    return `(${filter.streamPrefixes.map(() => 'substr(s.name, 1, length(?)) = ?').join(' OR ')})`;
  }
  if (filter.eventTypes.length === 0) return '0';
  return `e.type IN (${filter.eventTypes.map(() => '?').join(', ')})`;
}

function filterParameters(filter?: EventFilter): string[] {
  if (!filter) return [];
  if ('streamPrefixes' in filter) return filter.streamPrefixes.flatMap((p) => [p, p]);
  return [...filter.eventTypes];
}
