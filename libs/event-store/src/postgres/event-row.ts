import type { EventMetadata, RecordedEvent } from '../recorded-event';

/** Columns read, in order (rows come as arrays: faster than objects for long reads). */
export const EVENT_COLUMNS = 'position, event_id, stream, revision, type, data, metadata, recorded_at';

export type EventRow = [
  position: string,
  eventId: string,
  stream: string,
  revision: string,
  type: string,
  data: string,
  metadata: string,
  recordedAt: Date,
];

/**
 * An event read from PostgreSQL. Its metadata is decoded when first read (projections replaying
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
  #json: string;
  #metadata?: EventMetadata;

  constructor(row: EventRow) {
    this.position = Number(row[0]);
    this.id = row[1];
    this.stream = row[2];
    this.revision = Number(row[3]);
    this.type = row[4];
    this.data = JSON.parse(row[5]) as RecordedEvent['data'];
    this.#json = row[6];
    this.recordedAt = row[7];
  }

  get metadata(): EventMetadata {
    return (this.#metadata ??= JSON.parse(this.#json) as EventMetadata);
  }

  toJSON(): RecordedEvent {
    return { ...this, metadata: this.metadata };
  }
}

export function toRecorded(row: EventRow): RecordedEvent {
  return new StoredEvent(row);
}
