import type { EventPayload, RecordedEvent } from '@app/event-store';
import type { CollectionDefinition, ReadDocument } from '../read-model';

/**
 * One change a projection makes to a read-model document for one event. Pure data, or a pure
 * function of the document's current version: no storage code in a projection. `Document` is
 * the shape the projection keeps in that collection; the projection that owns a collection is
 * the only writer of it, so its update reads back what it put.
 */
export type DocumentChange<Document extends ReadDocument = ReadDocument> =
  | { collection: string; id: string; put: Document }
  | {
      collection: string;
      id: string;
      // Method syntax on purpose: a change typed by its view is still a DocumentChange.
      update(current: Document | undefined): Document | null;
    }
  | { collection: string; id: string; remove: true };

/** The shape of an event in a union a projection handles: a type name and its data. */
export interface EventShape {
  type: string;
  data: object;
}

/**
 * An event of the union `Event` as the store recorded it: one member per type, so a switch on
 * `type` narrows `data`. The host delivers only current shapes (upcasters lift older ones).
 */
export type RecordedOf<Event extends EventShape> = Event extends EventShape
  ? Omit<RecordedEvent, 'type' | 'data'> & { type: Event['type']; data: Event['data'] }
  : never;

/** Any event, data untyped: for projections of every event ('all'). */
export type UntypedEvent = { type: string; data: EventPayload };

/**
 * A read model: which events it handles and the change each makes (files in projections/).
 * `Event` is the union of the domain's events it handles (`PlanEvent | InspectionTaskEvent`):
 * `eventTypes` may name only its types, and `apply` receives them narrowed on `type`.
 */
export interface Projection<Event extends EventShape = UntypedEvent> {
  /** Letters and digits; names the read model in routes and status. */
  name: string;
  collections: readonly CollectionDefinition[];
  /** Event types it handles; the subscription delivers only these ('all': every event). */
  eventTypes: readonly Event['type'][] | 'all';
  // Method syntax on purpose: the host holds projections of different unions as Projection<EventShape>.
  apply(event: RecordedOf<Event>): readonly DocumentChange[];
}

/** Any projection, as the host runs it. */
export type AnyProjection = Projection<EventShape>;
