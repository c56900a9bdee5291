import type { EventMetadata, RecordedEvent } from '../recorded-event';
import type { IdentifiedEvent } from '../validate-append';

/*
 * How an event maps to a row of `events`. The metadata's known fields have columns of their own:
 * smaller rows and no JSON work for them on each append and read; any other metadata keys are
 * kept as JSON in `metadata_extra`.
 */

/** Columns written by an append, in order. */
export const INSERT_COLUMNS = [
  'event_id',
  'stream_id',
  'revision',
  'type',
  'data',
  'actor_id',
  'actor_roles',
  'department_id',
  'correlation_id',
  'causation_id',
  'occurred_at',
  'schema_version',
  'metadata_extra',
  'recorded_at',
] as const;

/** Columns read, in order, from `events e CROSS JOIN streams s`. */
export const SELECT_COLUMNS =
  'e.position, e.event_id, s.name, e.revision, e.type, e.data, e.actor_id, e.actor_roles, ' +
  'e.department_id, e.correlation_id, e.causation_id, e.occurred_at, e.schema_version, ' +
  'e.metadata_extra, e.recorded_at';

export type EventRow = [
  position: number,
  eventId: string,
  stream: string,
  revision: number,
  type: string,
  data: string,
  actorId: string,
  actorRoles: string,
  departmentId: string,
  correlationId: string,
  causationId: string,
  occurredAt: string,
  schemaVersion: number,
  metadataExtra: string | null,
  recordedAt: number,
];

export const ROW_POSITION = 0;
export const ROW_REVISION = 3;

const KNOWN_METADATA = new Set<string>([
  'actorId',
  'actorRoles',
  'departmentId',
  'correlationId',
  'causationId',
  'occurredAt',
  'schemaVersion',
]);

function extraMetadata(metadata: EventMetadata): string | null {
  let extra: Record<string, unknown> | null = null;
  for (const key of Object.keys(metadata)) {
    if (KNOWN_METADATA.has(key)) continue;
    extra ??= {};
    extra[key] = (metadata as unknown as Record<string, unknown>)[key];
  }
  return extra ? JSON.stringify(extra) : null;
}

/** Pushes the values of one event's row, in INSERT_COLUMNS order. */
export function pushRowValues(
  values: unknown[],
  event: IdentifiedEvent,
  streamId: number,
  revision: number,
  recordedAt: number,
): void {
  const m = event.metadata;
  values.push(
    event.id,
    streamId,
    revision,
    event.type,
    JSON.stringify(event.data),
    m.actorId,
    JSON.stringify(m.actorRoles),
    m.departmentId,
    m.correlationId,
    m.causationId,
    m.occurredAt,
    m.schemaVersion,
    extraMetadata(m),
    recordedAt,
  );
}

/** Role lists repeat endlessly; each distinct one is parsed once and shared, frozen. */
const rolesSeen = new Map<string, readonly string[]>();

function roles(json: string): readonly string[] {
  let parsed = rolesSeen.get(json);
  if (!parsed) {
    parsed = Object.freeze(JSON.parse(json) as string[]);
    if (rolesSeen.size < 1000) rolesSeen.set(json, parsed);
  }
  return parsed;
}

export function toRecorded(row: EventRow): RecordedEvent {
  const metadata: EventMetadata = {
    actorId: row[6],
    actorRoles: roles(row[7]),
    departmentId: row[8],
    correlationId: row[9],
    causationId: row[10],
    occurredAt: row[11],
    schemaVersion: row[12],
  };
  return {
    id: row[1],
    type: row[4],
    data: JSON.parse(row[5]) as RecordedEvent['data'],
    metadata: row[13] === null ? metadata : { ...(JSON.parse(row[13]) as object), ...metadata },
    stream: row[2],
    revision: row[3],
    position: row[0],
    recordedAt: new Date(row[14]),
  };
}
