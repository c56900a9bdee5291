import type { RecordedEvent } from '@app/event-store';
import type { BundleAnchor } from './bundle-anchor';
import type { CheckpointKey, SignedCheckpoint } from './checkpoint-note';

/** Where an exporter finds the tree (the transparency log implements it). */
export interface AnchorSource {
  latestCheckpoint(): Promise<SignedCheckpoint | undefined>;
  keys(): Promise<CheckpointKey[]>;
  leafIndexOf(eventId: string): Promise<number | undefined>;
  inclusionProof(index: number, size: number): Promise<Buffer[]>;
  consistencyProof(fromSize: number, toSize: number): Promise<Buffer[]>;
}

/** At most this many earlier sizes per bundle. */
export const MAX_CONSISTENCY_FROM = 20;

/** The anchor of a bundle's events in the latest checkpoint, with consistency from the sizes asked. */
export async function anchorEvents(
  source: AnchorSource,
  events: readonly RecordedEvent[],
  consistencyFrom: readonly number[] = [],
): Promise<BundleAnchor | undefined> {
  const checkpoint = await source.latestCheckpoint();
  if (!checkpoint) return undefined;
  const inclusion: BundleAnchor['inclusion'] = [];
  for (const event of events) {
    const leafIndex = await source.leafIndexOf(event.id);
    if (leafIndex === undefined || leafIndex >= checkpoint.size) continue;
    const proof = await source.inclusionProof(leafIndex, checkpoint.size);
    inclusion.push({ eventId: event.id, leafIndex, proof: proof.map((h) => h.toString('base64')) });
  }
  const consistency: BundleAnchor['consistency'] = [];
  for (const fromSize of [...new Set(consistencyFrom)].slice(0, MAX_CONSISTENCY_FROM)) {
    if (fromSize < 1 || fromSize > checkpoint.size) continue;
    const proof = await source.consistencyProof(fromSize, checkpoint.size);
    consistency.push({ fromSize, toSize: checkpoint.size, proof: proof.map((h) => h.toString('base64')) });
  }
  return { checkpoint, keys: await source.keys(), inclusion, consistency };
}
