import type Database from 'better-sqlite3';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import type { AppendResult, CurrentRevision, ExpectedRevision } from '../event-store.port';
import { revisionMatches } from '../revision-matches';
import type { IdentifiedEvent } from '../validate-append';
import { INSERT_COLUMNS, pushRowValues } from './event-row';
import type { EventStoreStatements } from './event-queries';

const SQLITE_CONSTRAINT_UNIQUE = 'SQLITE_CONSTRAINT_UNIQUE';
const MAX_ROWS_PER_INSERT = 100;

/** Appending events to a stream of the embedded store, and recognising an append retried. */
export class StreamAppender {
  private readonly inserts = new Map<number, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly statements: EventStoreStatements,
    private readonly now: () => number,
  ) {}

  /** Appends in the caller's transaction, refusing it if the stream is not at the expected revision. */
  append(stream: string, events: IdentifiedEvent[], expected: ExpectedRevision): AppendResult {
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
  originalOf(error: unknown, stream: string, events: IdentifiedEvent[]): AppendResult | null {
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
}
