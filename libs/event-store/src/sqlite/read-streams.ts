import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../recorded-event';
import { type EventRow, SELECT_COLUMNS, rowsByStream, toRecorded } from './event-row';

/** Streams named per query: the JSON list of names stays small. */
const STREAMS_A_QUERY = 500;

/** Reads several streams' events with two queries per 500 streams (names to ids, then their events). */
export class StreamsReader {
  private readonly ids: Database.Statement<[string], { stream_id: number; name: string }>;
  private readonly events: Database.Statement<[string], EventRow>;

  constructor(db: Database.Database) {
    this.ids = db.prepare(
      'SELECT stream_id, name FROM streams WHERE name IN (SELECT value FROM json_each(?))',
    );
    this.events = db
      .prepare<[string], EventRow>(
        `SELECT ${SELECT_COLUMNS} FROM events e
         WHERE e.stream_id IN (SELECT value FROM json_each(?)) ORDER BY e.stream_id, e.revision`,
      )
      .raw();
  }

  *read(streams: readonly string[]): Iterable<RecordedEvent> {
    for (let start = 0; start < streams.length; start += STREAMS_A_QUERY) {
      const names = streams.slice(start, start + STREAMS_A_QUERY);
      const found = new Map(this.ids.all(JSON.stringify(names)).map((s) => [s.name, s.stream_id]));
      if (found.size === 0) continue;
      const byStream = rowsByStream(this.events.all(JSON.stringify([...found.values()])));
      const seen = new Set<string>();
      for (const name of names) {
        const id = found.get(name);
        if (id === undefined || seen.has(name)) continue;
        seen.add(name);
        for (const row of byStream.get(id) ?? []) yield toRecorded(row, name);
      }
    }
  }
}
