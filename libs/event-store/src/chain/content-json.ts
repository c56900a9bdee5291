import { canonicalJson, jsonString } from './canonical-json';

/*
 * The canonical JSON of what an event's hash covers, { id, stream, revision, type, data, metadata },
 * written member by member: its keys are known, and so is their RFC 8785 order. Exactly
 * canonicalJson(content) (content-json.spec.ts holds the two equal over random events); where a
 * member is not what the fast path expects, the whole is serialised generically.
 */

export interface ContentMembers {
  id: unknown;
  stream: unknown;
  revision: unknown;
  type: unknown;
  data: unknown;
  metadata: unknown;
}

/** The JSON of the last stream and type: an append seals many events of one stream, mostly of one type. */
let last = { stream: '', type: '', tail: '"stream":"","type":""}' };

export function contentJson(content: ContentMembers): string {
  const { id, stream, revision, type, data, metadata } = content;
  if (
    typeof id !== 'string' ||
    typeof stream !== 'string' ||
    typeof revision !== 'number' ||
    !Number.isFinite(revision) ||
    typeof type !== 'string' ||
    typeof data !== 'object' ||
    data === null ||
    typeof metadata !== 'object' ||
    metadata === null
  ) {
    return canonicalJson({ id, stream, revision, type, data, metadata });
  }
  if (stream !== last.stream || type !== last.type) {
    last = { stream, type, tail: `"stream":${jsonString(stream)},"type":${jsonString(type)}}` };
  }
  return (
    `{"data":${canonicalJson(data)},"id":${jsonString(id)},` +
    `"metadata":${metadataJson(metadata as Record<string, unknown>)},"revision":${String(revision)},` +
    last.tail
  );
}

/**
 * canonicalJson(metadata), written field by field when it is exactly the usual sealed kind: the
 * eight keys below with values of their types (and `hash`, if present, still undefined).
 */
function metadataJson(m: Record<string, unknown>): string {
  const keys = Object.keys(m).length;
  const usual =
    m.toJSON == null &&
    (keys === 8 || (keys === 9 && m.hash === undefined && Object.hasOwn(m, 'hash'))) &&
    typeof m.actorId === 'string' &&
    Array.isArray(m.actorRoles) &&
    typeof m.causationId === 'string' &&
    typeof m.correlationId === 'string' &&
    typeof m.departmentId === 'string' &&
    typeof m.occurredAt === 'string' &&
    typeof m.previousHash === 'string' &&
    typeof m.schemaVersion === 'number' &&
    Number.isFinite(m.schemaVersion);
  if (!usual) return canonicalJson(m);
  return (
    `{"actorId":${jsonString(m.actorId as string)},"actorRoles":${canonicalJson(m.actorRoles)},` +
    `"causationId":${jsonString(m.causationId as string)},` +
    `"correlationId":${jsonString(m.correlationId as string)},` +
    `"departmentId":${jsonString(m.departmentId as string)},` +
    `"occurredAt":${jsonString(m.occurredAt as string)},` +
    `"previousHash":${jsonString(m.previousHash as string)},"schemaVersion":${String(m.schemaVersion)}}`
  );
}
