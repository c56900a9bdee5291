import type { EventMetadata, RecordedEvent } from '../recorded-event';
import type { IdentifiedEvent } from '../validate-append';
import { packMetadata, unpackMetadata } from './packed-metadata';

export { packMetadata, unpackMetadata };

/* How an event maps to a row of `events`; its metadata is packed into one column (packed-metadata.ts). */

/** Columns written by an append, in order. */
export const INSERT_COLUMNS = [
  'event_id',
  'stream_id',
  'revision',
  'type',
  'data',
  'metadata',
  'recorded_at',
] as const;

/** Columns read, in order, from `events e` (the stream's name is looked up by its id). */
export const SELECT_COLUMNS =
  'e.position, e.event_id, e.stream_id, e.revision, e.type, e.data, e.metadata, e.recorded_at';

export type EventRow = [
  position: number,
  eventId: string,
  streamId: number,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  recordedAt: number,
];

export const ROW_POSITION = 0;
export const ROW_REVISION = 3;

/** Rows read for several streams at once, grouped by stream id, each group in the order read. */
export function rowsByStream(rows: Iterable<EventRow>): Map<number, EventRow[]> {
  const byStream = new Map<number, EventRow[]>();
  for (const row of rows) {
    const list = byStream.get(row[2]);
    if (list) list.push(row);
    else byStream.set(row[2], [row]);
  }
  return byStream;
}

/** Pushes the values of one event's row, in INSERT_COLUMNS order. */
export function pushRowValues(
  values: unknown[],
  event: IdentifiedEvent,
  streamId: number,
  revision: number,
  recordedAt: number,
): void {
  values.push(
    event.id,
    streamId,
    revision,
    event.type,
    JSON.stringify(event.data),
    packMetadata(event.metadata),
    recordedAt,
  );
}

/**
 * An event read from the file. Its metadata is decoded when first read (projections replaying
 * millions of events mostly read type and data); `toJSON` keeps it in what is serialised.
 */
class StoredEvent implements RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: RecordedEvent['data'];
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly recordedAt: Date;
  #packed: string;
  #metadata?: EventMetadata;

  constructor(row: EventRow, stream: string) {
    this.id = row[1];
    this.type = row[4];
    this.data = JSON.parse(row[5]) as RecordedEvent['data'];
    this.stream = stream;
    this.revision = row[3];
    this.position = row[0];
    this.recordedAt = new Date(row[7]);
    this.#packed = row[6];
  }

  get metadata(): EventMetadata {
    return (this.#metadata ??= unpackMetadata(this.#packed));
  }

  toJSON(): RecordedEvent {
    return { ...this, metadata: this.metadata };
  }
}

export function toRecorded(row: EventRow, stream: string): RecordedEvent {
  return new StoredEvent(row, stream);
}
