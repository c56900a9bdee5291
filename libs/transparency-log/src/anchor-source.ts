import type { AnchorSource } from '@app/audit';
import type { TransparencyLog } from './transparency-log';

/** The transparency log as a bundle exporter reads it. */
export function anchorSource(log: TransparencyLog): AnchorSource {
  return {
    latestCheckpoint: () => log.store.latestCheckpoint(),
    keys: () => log.keys(),
    leafIndexOf: async (eventId) => (await log.store.leafByEventId(eventId))?.index,
    inclusionProof: (index, size) => log.reader.inclusionProof(index, size),
    consistencyProof: (fromSize, toSize) => log.reader.consistencyProof(fromSize, toSize),
  };
}
