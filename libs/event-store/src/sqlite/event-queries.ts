import type Database from 'better-sqlite3';
import type { EventFilter } from '../event-store.port';
import { type EventRow, SELECT_COLUMNS } from './event-row';

// CROSS JOIN keeps events as the outer loop, read in position or revision order.
const EVENTS_WITH_STREAM = 'events e CROSS JOIN streams s ON s.stream_id = e.stream_id';

/** The statements of the embedded event store, prepared once on its connection. */
export function prepareStatements(db: Database.Database) {
  return {
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
}

export type EventStoreStatements = ReturnType<typeof prepareStatements>;

/** The SQL of a page of the log: forwards or backwards from a position, or a window of positions. */
export function pageSql(
  kind: 'forwards' | 'backwards' | 'window',
  filter: EventFilter | undefined,
  condition: string,
): string {
  // Only a filter on stream names needs the streams table; otherwise names come from a cache.
  const from = filter && 'streamPrefixes' in filter ? EVENTS_WITH_STREAM : 'events e';
  const select = `SELECT ${SELECT_COLUMNS} FROM ${from}`;
  return {
    forwards: `${select} WHERE e.position >= ? AND ${condition} ORDER BY e.position LIMIT ?`,
    backwards: `${select} WHERE e.position <= ? AND ${condition} ORDER BY e.position DESC LIMIT ?`,
    window: `${select} WHERE e.position > ? AND e.position <= ? AND ${condition} ORDER BY e.position`,
  }[kind];
}

/** The WHERE condition of a filter, with its parameters in filterParameters. */
export function filterCondition(filter?: EventFilter): string {
  if (!filter) return '1';
  if ('streamPrefixes' in filter) {
    if (filter.streamPrefixes.length === 0) return '0';
    return `(${filter.streamPrefixes.map(() => 'substr(s.name, 1, length(?)) = ?').join(' OR ')})`;
  }
  if (filter.eventTypes.length === 0) return '0';
  return `e.type IN (${filter.eventTypes.map(() => '?').join(', ')})`;
}

export function filterParameters(filter?: EventFilter): string[] {
  if (!filter) return [];
  if ('streamPrefixes' in filter) return filter.streamPrefixes.flatMap((p) => [p, p]);
  return [...filter.eventTypes];
}

/** The first revision or position to read, inclusive, in the direction of reading. */
export function resolveStart(from: number | 'start' | 'end' | undefined, backwards: boolean): number {
  const start = from ?? (backwards ? 'end' : 'start');
  if (start === 'start') return backwards ? -1 : 0;
  if (start === 'end') return Number.MAX_SAFE_INTEGER;
  return start;
}
