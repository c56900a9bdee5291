import type { EventData, EventMetadata } from '../recorded-event';
import { contentHash } from './event-chain';

/** An event whose metadata carries its link in the chain. */
export type SealedEvent = EventData & { id: string; metadata: EventMetadata & { hash: string } };

/**
 * Seals events (with these ids) onto the end of a stream's chain (docs/event-store.md, "Tamper
 * evidence"): the first follows the event at `lastRevision` whose hash is `lastHash`. One metadata object per
 * event, hashed while its `hash` is still undefined (so not part of the content), then given it.
 */
export function seal(
  stream: string,
  events: readonly EventData[],
  ids: readonly string[],
  lastRevision: number,
  lastHash: string,
): SealedEvent[] {
  let previousHash = lastHash;
  let revision = lastRevision;
  return events.map(({ type, data, metadata: given }, i) => {
    const id = ids[i];
    revision += 1;
    // Object.assign copies a plain object markedly faster than a spread does here.
    const metadata: EventMetadata = Object.assign({}, given);
    metadata.previousHash = previousHash;
    metadata.hash = undefined;
    const hash = contentHash({ id, stream, revision, type, data, metadata });
    metadata.hash = hash;
    previousHash = hash;
    return { id, type, data, metadata: metadata as SealedEvent['metadata'] };
  });
}
