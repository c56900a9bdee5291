import Database from 'better-sqlite3';
import type { StreamsByPrefixOptions } from '../event-store.port';
import type { RecordedEvent } from '../recorded-event';
import { type EventRow, SELECT_COLUMNS, rowsByStream, toRecorded } from './event-row';
import type { EventStoreStatements } from './event-queries';

/** Events read between two turns of the event loop on a long read. */
const TURN = 2000;

/** The names with the prefix lie in [prefix, bound): SQLite compares text as UTF-8 bytes. */
function upperBound(prefix: string): string {
  // With no prefix, every name (none begins with a byte above U+10FFFF's first).
  if (prefix === '') return '\u{10FFFF}';
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

function typeCondition(alias: string, types: readonly string[]): string {
  return types.length ? `AND ${alias}.type IN (${types.map(() => '?').join(', ')})` : '';
}

/**
 * A file's streams by prefix, read as one statement on a read-only connection of its own: one
 * state of the file (WAL), the streams walked in name order by their index and each one's events
 * by (stream, revision), with no page boundaries to look up again; the shared connection goes on
 * appending meanwhile. `mentioning` is applied in SQL, so the rest of the directory is never
 * decoded.
 */
export async function* streamsByPrefixFromFile(
  file: string,
  prefix: string,
  options: StreamsByPrefixOptions,
): AsyncIterable<RecordedEvent> {
  const types = options.eventTypes ?? [];
  const needles = options.mentioning ?? [];
  const mentioned = needles.length
    ? `AND EXISTS (SELECT 1 FROM events x WHERE x.stream_id = s.stream_id AND x.position <= ?
         ${typeCondition('x', types)} AND (${needles.map(() => 'instr(x.data, ?) > 0').join(' OR ')}))`
    : '';
  // CROSS JOIN keeps the streams (by name) as the outer loop.
  const sql = `SELECT ${SELECT_COLUMNS}, s.name FROM streams s CROSS JOIN events e ON e.stream_id = s.stream_id
    WHERE s.name >= ? AND s.name < ? AND e.position <= ? ${typeCondition('e', types)} ${mentioned}
    ORDER BY s.name, e.revision`;
  const parameters = [
    prefix,
    upperBound(prefix),
    options.maxPosition,
    ...types,
    ...(needles.length ? [options.maxPosition, ...types, ...needles] : []),
  ];
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = reader
      .prepare(sql)
      .raw()
      .iterate(...parameters) as IterableIterator<[...EventRow, string]>;
    try {
      let n = 0;
      for (const row of rows) {
        yield toRecorded(row as unknown as EventRow, row[8]);
        if (++n % TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      rows.return?.();
    }
  } finally {
    reader.close();
  }
}

/**
 * The same for a database no other connection can see (in memory: tests): a page of streams in
 * name order, then their events, on the shared connection. `mentioning` is ignored (a hint).
 */
export async function* streamsByPrefixInPages(
  db: Database.Database,
  statements: EventStoreStatements,
  prefix: string,
  options: StreamsByPrefixOptions,
): AsyncIterable<RecordedEvent> {
  const bound = upperBound(prefix);
  const types = options.eventTypes ?? [];
  const events = db
    .prepare(
      `SELECT ${SELECT_COLUMNS} FROM events e
         WHERE e.stream_id IN (SELECT value FROM json_each(?)) AND e.position <= ? ${typeCondition('e', types)}
         ORDER BY e.stream_id, e.revision`,
    )
    .raw();
  let after: string | undefined;
  for (;;) {
    const streams =
      after === undefined
        ? statements.streamsFrom.all(prefix, bound)
        : statements.streamsAfter.all(after, bound);
    if (streams.length === 0) return;
    const rows = events.all(
      JSON.stringify(streams.map((s) => s.stream_id)),
      options.maxPosition,
      ...types,
    ) as EventRow[];
    const byStream = rowsByStream(rows);
    for (const { stream_id, name } of streams) {
      for (const row of byStream.get(stream_id) ?? []) yield toRecorded(row, name);
    }
    after = streams[streams.length - 1].name;
  }
}
