import type Database from 'better-sqlite3';
import type {
  AppendOptions,
  AppendResult,
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
import { type EventRow, ROW_POSITION, ROW_REVISION, toRecorded } from './event-row';
import { filterCondition, filterParameters, pageSql, prepareStatements, resolveStart } from './event-queries';
import { LiveReads } from './live-reads';
import { streamsByPrefixFromFile, streamsByPrefixInPages } from './streams-by-prefix';
import { migrateEventStore } from './schema';
import { StreamAppender } from './stream-appender';
import { StreamNames } from './stream-names';
import { StreamsReader } from './read-streams';
import { matchesFilter } from '../event-filter';
import type { WriteTurn } from './write-turn';

export interface SqliteEventStoreOptions {
  /** Rows fetched per page by reads and subscriptions. */
  pageSize?: number;
  /** How often a live subscription looks for appends made by another process. */
  pollIntervalMs?: number;
  /** Store time source (recordedAt); injectable for tests. */
  now?: () => number;
  /** Turns at the write lock shared with another thread of this process (ADR 58). */
  writeTurn?: WriteTurn;
}

interface AppendJob {
  stream: string;
  events: IdentifiedEvent[];
  expected: ExpectedRevision;
}

/** Windows this small are read through LiveReads: subscriptions at the head share them. */
const LIVE_WINDOW = 256;

/** The embedded event store: one better-sqlite3 database, WAL mode (docs/event-store.md). */
export class SqliteEventStore implements EventStore {
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<AbortController>();
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly statements;
  private readonly appends: GroupCommit<AppendJob, AppendResult>;
  private readonly filteredQueries = new Map<string, Database.Statement>();
  private readonly appender: StreamAppender;
  private readonly streamNames: StreamNames;
  private closed = false;
  private readonly liveReads: LiveReads;
  private readonly streamsReader: StreamsReader;
  private readonly appendWatchers = new Set<() => void>();

  constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions = {},
  ) {
    migrateEventStore(db);
    this.pageSize = options.pageSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.statements = prepareStatements(db);
    this.streamsReader = new StreamsReader(db);
    this.streamNames = new StreamNames(this.statements);
    this.liveReads = new LiveReads(this.statements, () => this.pageQuery('window'), this.streamNames);
    this.appender = new StreamAppender(db, this.statements, options.now ?? Date.now);
    this.appends = new GroupCommit(
      db,
      (job: AppendJob) => this.appender.append(job.stream, job.events, job.expected),
      () => {
        this.liveReads.forgetHead();
        this.signal.notify();
        for (const watcher of this.appendWatchers) watcher();
      },
      undefined,
      options.writeTurn,
    );
  }

  /** Calls `watcher` after each commit of appends by this connection; returns how to stop. */
  watchAppends(watcher: () => void): () => void {
    this.appendWatchers.add(watcher);
    return () => this.appendWatchers.delete(watcher);
  }

  /**
   * Another connection to the same file (a thread of this process) committed appends: live
   * subscriptions look now instead of at their next poll.
   */
  appendedElsewhere(): void {
    this.liveReads.forgetHead();
    this.signal.notify();
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
      const original = this.appender.originalOf(error, stream, identified);
      if (original) return original;
      throw error;
    }
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

  async *readStreams(streams: readonly string[]): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    yield* this.streamsReader.read(streams);
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
      this.streamNames.resolve(rows);
      for (const row of rows) yield toRecorded(row, this.streamNames.of(row[2]));
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1][ROW_POSITION] + (backwards ? -1 : 1);
    }
  }

  readStreamsByPrefix(prefix: string, options: StreamsByPrefixOptions): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    return this.db.memory
      ? streamsByPrefixInPages(this.db, this.statements, prefix, options)
      : streamsByPrefixFromFile(this.db.name, prefix, options);
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
      const head = this.liveReads.head();
      if (after >= head) {
        await this.signal.next(this.pollIntervalMs, abort);
        continue;
      }
      const windowEnd = Math.min(after + this.pageSize, head);
      let page: readonly RecordedEvent[];
      if (windowEnd - after <= LIVE_WINDOW) {
        const { filter } = options;
        page = this.liveReads.window(after, windowEnd).filter((e) => matchesFilter(filter, e.stream, e.type));
      } else {
        const rows = query.all(after, windowEnd, ...filterArgs) as EventRow[];
        this.streamNames.resolve(rows);
        page = rows.map((row) => toRecorded(row, this.streamNames.of(row[2])));
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

  private pageQuery(kind: 'forwards' | 'backwards' | 'window', filter?: EventFilter): Database.Statement {
    const condition = filterCondition(filter);
    const key = `${kind}:${condition}`;
    let statement = this.filteredQueries.get(key);
    if (!statement) {
      statement = this.db.prepare(pageSql(kind, filter, condition)).raw();
      this.filteredQueries.set(key, statement);
    }
    return statement;
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
    this.appends.flushNow();
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
