import type { ClientConfig, Pool } from 'pg';
import { pg } from './pg-driver';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventStoreStatus,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  StreamsByPrefixOptions,
  SubscribeToAllOptions,
} from '../event-store.port';
import type { EventData, RecordedEvent } from '../recorded-event';
import { resolveStart } from '../sqlite/event-queries';
import { type IdentifiedEvent, validateAppend } from '../validate-append';
import { AppendBatcher } from './append-batcher';
import { AppendNotifications } from './append-notifications';
import { EVENT_STORE_MIGRATIONS } from './event-store-schema';
import { type EventRow, toRecorded } from './event-row';
import { filterClause, readAllSql, readStreamSql, streamsByPrefixQuery, windowSql } from './event-queries';
import { migrate } from './migrations';
import { analyseIfNeverAnalysed } from './planner-statistics';
import { type PagedRead, pagesAhead } from './pages-ahead';

export interface PostgresEventStoreOptions {
  /** Rows fetched per page by reads and subscriptions. */
  pageSize?: number;
  /** How often a live subscription reads the log when no notification woke it. */
  pollIntervalMs?: number;
  /** Connections in the pool (besides the one listening for appends). */
  poolSize?: number;
  /** How long a connection may take before the store refuses (STORAGE_UNAVAILABLE). Default 5 s. */
  connectTimeoutMs?: number;
}

const UNIQUE_VIOLATION = '23505';

/** A filtered subscription reads at most this many pages' worth of positions per query. */
const FILTERED_SPAN_PAGES = 4;

/** The event store on PostgreSQL (docs/adr/0042-postgresql-stores.md). */
export class PostgresEventStore implements EventStore {
  private readonly subscriptions = new Set<AbortController>();
  private readonly notifications: AppendNotifications;
  private readonly batcher: AppendBatcher;
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private closed = false;

  /** Connects, brings the schema up to date (once, whoever starts first), and opens the store. */
  static async open(
    connectionString: string,
    options: PostgresEventStoreOptions = {},
  ): Promise<PostgresEventStore> {
    // A server that does not answer a connection is refused after a while, not waited on forever.
    const connection = {
      connectionString,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      keepAlive: true,
    };
    const pool = new (pg().Pool)({ ...connection, max: options.poolSize ?? 10 });
    // An idle connection lost: the next query takes a new one, or is refused.
    pool.on('error', () => undefined);
    try {
      await migrate(pool, 'event-store', EVENT_STORE_MIGRATIONS);
      await analyseIfNeverAnalysed(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresEventStore(pool, connection, options);
  }

  private constructor(
    private readonly pool: Pool,
    private readonly connection: ClientConfig & { connectionString: string },
    options: PostgresEventStoreOptions,
  ) {
    this.pageSize = options.pageSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.notifications = new AppendNotifications(connection);
    this.batcher = new AppendBatcher(pool);
  }

  async appendToStream(
    stream: string,
    events: readonly EventData[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.assertOpen();
    const identified = validateAppend(stream, events);
    const expected = options.expectedRevision;
    try {
      const result = await this.batcher.submit(stream, expected, identified);
      if (result.failure)
        throw Object.assign(new Error(`append refused: ${result.failure}`), { code: result.failure });
      if (!result.appended) {
        throw new WrongExpectedRevision(stream, expected, result.lastRevision ?? 'no_stream');
      }
      this.notifications.signal.notify();
      return { nextExpectedRevision: result.lastRevision ?? -1, position: result.lastPosition ?? 0 };
    } catch (error) {
      const original = await this.originalOf(error, stream, identified);
      if (original) return original;
      throw error;
    }
  }

  /**
   * A refused append whose event ids are all already in this stream, in order, is a retry of an
   * append that succeeded: answer as the original did. Ids used elsewhere are a conflict.
   */
  private async originalOf(
    error: unknown,
    stream: string,
    events: IdentifiedEvent[],
  ): Promise<AppendResult | null> {
    const refused =
      error instanceof WrongExpectedRevision ||
      (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
    if (!refused) return null;
    const { rows } = await this.pool.query<{
      event_id: string;
      stream: string;
      revision: string;
      position: string;
    }>('SELECT event_id, stream, revision, position FROM events WHERE event_id = ANY ($1::uuid[])', [
      events.map((e) => e.id),
    ]);
    const byId = new Map(rows.map((r) => [r.event_id, r]));
    const first = byId.get(events[0].id);
    if (!first) {
      const reused = events.find((e) => byId.has(e.id));
      if (reused) throw new DuplicateEventId(stream, reused.id);
      return null;
    }
    let last = first;
    for (const [index, event] of events.entries()) {
      const row = byId.get(event.id);
      if (!row || row.stream !== stream || Number(row.revision) !== Number(first.revision) + index) {
        throw new DuplicateEventId(stream, event.id);
      }
      last = row;
    }
    return { nextExpectedRevision: Number(last.revision), position: Number(last.position) };
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const sql = readStreamSql(backwards);
    yield* this.decoded({
      first: resolveStart(options.fromRevision, backwards),
      fetch: (from, limit) => this.rows(sql, [stream, from, limit]),
      next: (last) => Number(last[3]) + (backwards ? -1 : 1),
      pageSize: this.pageSize,
      maxCount: options.maxCount,
    });
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const filter = filterClause(options.filter, 3);
    const sql = readAllSql(backwards, filter.sql);
    yield* this.decoded({
      first: resolveStart(options.fromPosition, backwards),
      fetch: (from, limit) => this.rows(sql, [from, limit, ...filter.args]),
      next: (last) => Number(last[0]) + (backwards ? -1 : 1),
      pageSize: this.pageSize,
      maxCount: options.maxCount,
    });
  }

  async *readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    const query = streamsByPrefixQuery(prefix, options.maxPosition, options.eventTypes, this.pageSize);
    const first: [string, number] = [prefix, -1];
    yield* this.decoded({
      first,
      // The page size is part of the query.
      fetch: (after) => this.rows(query.sql, [...after, ...query.args]),
      next: (last): [string, number] => [last[2], Number(last[3])],
      pageSize: this.pageSize,
    });
  }

  private async *decoded<Cursor>(read: PagedRead<Cursor>): AsyncGenerator<RecordedEvent> {
    for await (const rows of pagesAhead(read)) for (const row of rows) yield toRecorded(row);
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

  /**
   * Reads the events after the checkpoint a page at a time; at the head, waits for a notification
   * or the poll interval. Reading `position > after` never skips one: positions commit in order.
   */
  private async *catchUp(
    options: SubscribeToAllOptions,
    abort: AbortSignal,
  ): AsyncGenerator<readonly RecordedEvent[]> {
    let after =
      options.fromPosition === undefined || options.fromPosition === 'start' ? 0 : options.fromPosition;
    const filter = filterClause(options.filter, 4);
    const sql = windowSql(filter.sql);
    const signal = this.notifications.signal;
    while (!abort.aborted) {
      this.notifications.ensureListening();
      const seen = signal.version;
      // With a filter, the head bounds the window, so that a checkpoint can move past other events;
      // and so does a span of positions: a plan that sorts the window's matches (the type index,
      // chosen when the table has no statistics yet) then sorts a few pages, not the whole log.
      const logHead = options.filter ? await this.headPosition() : Number.MAX_SAFE_INTEGER;
      const head = options.filter ? Math.min(logHead, after + this.pageSize * FILTERED_SPAN_PAGES) : logHead;
      const rows = after < head ? await this.rows(sql, [after, head, this.pageSize, ...filter.args]) : [];
      if (abort.aborted) return;
      const end = Math.max(
        after,
        rows.length === this.pageSize || !options.filter ? Number(rows.at(-1)?.[0] ?? after) : head,
      );
      if (rows.length > 0) yield rows.map(toRecorded);
      // At the head only: a checkpoint per span would be a commit per few pages of other events.
      if (end > after && end === logHead && options.filter && options.onCheckpoint && !abort.aborted)
        await options.onCheckpoint(end);
      const caughtUp = end === after;
      after = end;
      if (caughtUp && signal.version === seen) await signal.next(this.pollIntervalMs, abort);
    }
  }

  async headPosition(): Promise<number> {
    const rows = await this.rows('SELECT coalesce(max(position), 0) FROM events', []);
    return Number(rows[0][0]);
  }

  async countAfter(position: number, cap = 1_000_000): Promise<number> {
    const rows = await this.rows(
      'SELECT count(*) FROM (SELECT 1 FROM events WHERE position > $1 ORDER BY position LIMIT $2) AS later',
      [position, cap],
    );
    return Number(rows[0][0]);
  }

  async status(): Promise<EventStoreStatus> {
    const url = new URL(this.connection.connectionString);
    const location = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
    if (this.closed) return { kind: 'postgresql', status: 'down', location, detail: 'closed' };
    try {
      await this.pool.query('SELECT 1');
      return { kind: 'postgresql', status: 'up', location };
    } catch (error) {
      return { kind: 'postgresql', status: 'down', location, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const subscription of this.subscriptions) subscription.abort();
    this.subscriptions.clear();
    await this.notifications.close();
    await this.pool.end();
  }

  private async rows(sql: string, values: unknown[]): Promise<EventRow[]> {
    this.assertOpen();
    const result = await this.pool.query<EventRow>({ text: sql, values, rowMode: 'array' });
    return result.rows;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}
