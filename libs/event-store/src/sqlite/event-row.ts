import type { EventMetadata, RecordedEvent } from '../recorded-event';
import type { IdentifiedEvent } from '../validate-append';

/*
 * How an event maps to a row of `events`. The metadata is packed into one text column: its
 * known fields joined by a unit separator (U+001F; roles by U+001E), any other keys as JSON at
 * the end. One column instead of eight makes appends and reads markedly faster than columns or
 * JSON (docs/adr/0004-time-ordered-event-ids.md); metadata holding a separator is stored as JSON.
 */

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

const UNIT = '\u001f';
const ROLE = '\u001e';
const KNOWN_METADATA = new Set<string>([
  'actorId',
  'actorRoles',
  'departmentId',
  'correlationId',
  'causationId',
  'occurredAt',
  'schemaVersion',
]);

function separatorIn(text: string): boolean {
  return text.includes(UNIT) || text.includes(ROLE);
}

/** The metadata as stored: packed, or (when a value holds a separator) '{…}' JSON. */
export function packMetadata(m: EventMetadata): string {
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(m)) {
    if (KNOWN_METADATA.has(key)) continue;
    extra ??= {};
    extra[key] = (m as unknown as Record<string, unknown>)[key];
  }
  const texts = [m.actorId, m.departmentId, m.correlationId, m.causationId, m.occurredAt, ...m.actorRoles];
  if (texts.some(separatorIn) || !Number.isInteger(m.schemaVersion)) return JSON.stringify(m);
  const packed =
    m.actorId +
    UNIT +
    m.actorRoles.join(ROLE) +
    UNIT +
    m.departmentId +
    UNIT +
    m.correlationId +
    UNIT +
    m.causationId +
    UNIT +
    m.occurredAt +
    UNIT +
    String(m.schemaVersion);
  return extra ? packed + UNIT + JSON.stringify(extra) : packed;
}

/** Role lists repeat endlessly; each distinct one is split once and shared, frozen. */
const rolesSeen = new Map<string, readonly string[]>();

function roles(joined: string): readonly string[] {
  let parsed = rolesSeen.get(joined);
  if (!parsed) {
    parsed = Object.freeze(joined === '' ? [] : joined.split(ROLE));
    if (rolesSeen.size < 1000) rolesSeen.set(joined, parsed);
  }
  return parsed;
}

export function unpackMetadata(stored: string): EventMetadata {
  if (stored.startsWith('{')) return JSON.parse(stored) as EventMetadata;
  const f = stored.split(UNIT);
  const metadata: EventMetadata = {
    actorId: f[0],
    actorRoles: roles(f[1]),
    departmentId: f[2],
    correlationId: f[3],
    causationId: f[4],
    occurredAt: f[5],
    schemaVersion: Number(f[6]),
  };
  return f.length > 7 ? { ...(JSON.parse(f[7]) as object), ...metadata } : metadata;
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
