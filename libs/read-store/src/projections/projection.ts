import type { RecordedEvent } from '@app/event-store';
import type { CollectionDefinition, ReadDocument } from '../read-model';

/**
 * One change a projection makes to a read-model document for one event. Pure data, or a pure
 * function of the document's current version: no storage code in a projection.
 */
export type DocumentChange =
  | { collection: string; id: string; put: ReadDocument }
  | { collection: string; id: string; update: (current: ReadDocument | undefined) => ReadDocument | null }
  | { collection: string; id: string; remove: true };

/** A read model: which events it handles and the change each makes (files in projections/). */
export interface Projection {
  /** Letters and digits; names the read model in routes and status. */
  name: string;
  collections: readonly CollectionDefinition[];
  /** Event types it handles; the subscription delivers only these ('all': every event). */
  eventTypes: readonly string[] | 'all';
  apply(event: RecordedEvent): readonly DocumentChange[];
}
