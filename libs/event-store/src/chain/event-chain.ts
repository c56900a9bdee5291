import { hash as digest } from 'node:crypto';
import type { EventData, EventMetadata, RecordedEvent } from '../recorded-event';
import { canonicalJson } from './canonical-json';
import { type ContentMembers, contentJson } from './content-json';

/** The `previousHash` of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything about it but the hash itself. */
export interface ChainedContent {
  id: string;
  stream: string;
  revision: number;
  type: string;
  data: EventData['data'];
  /** With `previousHash`, without `hash`. */
  metadata: Omit<EventMetadata, 'hash'>;
}

/**
 * SHA-256 (lowercase hex) of the event's canonical JSON (RFC 8785): the same event always has the
 * same hash, whichever store or language serialised it (docs/event-store.md, "Tamper evidence").
 * A `hash` member left in the metadata, undefined, is not part of it (RFC 8785 has no undefined).
 */
export function eventHash(content: ChainedContent): string {
  return digest('sha256', canonicalJson(content), 'hex');
}

/** eventHash of the content made of exactly these six members, written the fast way (content-json.ts). */
export function contentHash(members: ContentMembers): string {
  return digest('sha256', contentJson(members), 'hex');
}

/** The first event of a stream whose chain is broken, and how. */
export interface BrokenLink {
  stream: string;
  revision: number;
  position: number;
  eventId: string;
  reason: 'unsealed' | 'previous-hash-mismatch' | 'content-hash-mismatch' | 'revision-gap';
}

/**
 * Checks events against their streams' chains, stream after stream (each stream's events in
 * order, as readStream and readStreamsByPrefix give them): each must name its predecessor's hash
 * and carry the hash of its own content. `check` answers the event's broken link, if any.
 */
export class ChainChecker {
  private stream: string | undefined;
  private previous = GENESIS_HASH;
  private expectedRevision = 0;
  /** Events checked, and streams begun. */
  events = 0;
  streams = 0;

  check(event: RecordedEvent): BrokenLink | undefined {
    if (event.stream !== this.stream) {
      this.stream = event.stream;
      this.previous = GENESIS_HASH;
      this.expectedRevision = 0;
      this.streams += 1;
    }
    this.events += 1;
    const link = (reason: BrokenLink['reason']): BrokenLink => ({
      stream: event.stream,
      revision: event.revision,
      position: event.position,
      eventId: event.id,
      reason,
    });
    const { hash } = event.metadata;
    // The metadata without its hash: copied with `hash` undefined, which the hashed JSON leaves out.
    const rest: EventMetadata = Object.assign({}, event.metadata, { hash: undefined });
    if (hash === undefined || rest.previousHash === undefined) return link('unsealed');
    if (event.revision !== this.expectedRevision) return link('revision-gap');
    if (rest.previousHash !== this.previous) return link('previous-hash-mismatch');
    const { id, stream, revision, type, data } = event;
    if (contentHash({ id, stream, revision, type, data, metadata: rest }) !== hash) {
      return link('content-hash-mismatch');
    }
    this.previous = hash;
    this.expectedRevision += 1;
    return undefined;
  }
}

/** The first broken link of the events given (one stream, or several one after another). */
export async function firstBrokenLink(events: AsyncIterable<RecordedEvent>): Promise<BrokenLink | undefined> {
  const checker = new ChainChecker();
  for await (const event of events) {
    const broken = checker.check(event);
    if (broken) return broken;
  }
  return undefined;
}
