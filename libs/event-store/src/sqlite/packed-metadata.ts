import type { EventMetadata } from '../recorded-event';

/*
 * An event's metadata as the embedded store keeps it, in one text column: the known fields joined
 * by a unit separator (U+001F; roles by U+001E), then, for a sealed event, the chain's two hashes
 * (since schema 2), then any other keys as JSON. One column instead of eight makes appends and
 * reads markedly faster than columns or JSON (docs/adr/0004-time-ordered-event-ids.md); metadata
 * holding a separator is stored as JSON. Rows written before schema 2 carry the hashes in the
 * JSON part: the field after the known ones is JSON when it begins with '{', which a hash never does.
 */

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
/** What ChainingEventStore writes as a hash: SHA-256, lowercase hex. */
const HASH = /^[0-9a-f]{64}$/;

function separatorIn(text: string): boolean {
  return text.includes(UNIT) || text.includes(ROLE);
}

/** The metadata as stored: packed, or (when a value holds a separator) '{…}' JSON. */
export function packMetadata(m: EventMetadata): string {
  const texts = [m.actorId, m.departmentId, m.correlationId, m.causationId, m.occurredAt, ...m.actorRoles];
  if (texts.some(separatorIn) || !Number.isInteger(m.schemaVersion)) return JSON.stringify(m);
  const sealed =
    typeof m.previousHash === 'string' &&
    typeof m.hash === 'string' &&
    HASH.test(m.previousHash) &&
    HASH.test(m.hash);
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(m)) {
    if (KNOWN_METADATA.has(key) || (sealed && (key === 'previousHash' || key === 'hash'))) continue;
    extra ??= {};
    extra[key] = (m as unknown as Record<string, unknown>)[key];
  }
  let packed =
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
  if (sealed) packed += UNIT + m.previousHash + UNIT + m.hash;
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
  const sealed = f.length > 8 && !f[7].startsWith('{');
  const metadata: EventMetadata = {
    actorId: f[0],
    actorRoles: roles(f[1]),
    departmentId: f[2],
    correlationId: f[3],
    causationId: f[4],
    occurredAt: f[5],
    schemaVersion: Number(f[6]),
  };
  if (sealed) {
    metadata.previousHash = f[7];
    metadata.hash = f[8];
  }
  const extra = sealed ? f[9] : f[7];
  return extra === undefined ? metadata : { ...(JSON.parse(extra) as object), ...metadata };
}
