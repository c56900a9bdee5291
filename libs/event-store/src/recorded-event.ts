/** Who did what, on whose behalf and why: carried by every event (docs/event-store.md). */
export interface EventMetadata {
  /** Opaque id of the acting user (the JWT `sub`); never a name or other personal data. */
  actorId: string;
  /** Roles the actor used for this act. */
  actorRoles: readonly string[];
  /** Department the actor acted for. */
  departmentId: string;
  /** Present when the actor's token was minted with the deployment's secret, not given by a sign-in. */
  via?: 'service-token';
  /** Ties together every event caused by one request. */
  correlationId: string;
  /** The command (or event) that directly caused this event. */
  causationId: string;
  /** When the act happened, ISO 8601, from the clock port (not the store's recording time). */
  occurredAt: string;
  /** Version of this event type's `data` shape; upcasters lift old versions when reading. */
  schemaVersion: number;
  /** Hash of the previous event of the stream (GENESIS_HASH for the first); set by the store. */
  previousHash?: string;
  /** SHA-256 of this event's canonical JSON, previousHash included; set by the store. */
  hash?: string;
}

/** JSON values only: events must survive any store and any language. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

export type EventPayload = { [key: string]: JsonValue | undefined };

/** An event about to be appended. */
export interface EventData<Type extends string = string, Data extends EventPayload = EventPayload> {
  /** UUID. Give a deterministic one (from the command id) to make a retried append idempotent. */
  id?: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

/**
 * An event as the store recorded it. Treat it as read-only, and to copy one name its fields
 * (`{ ...event, metadata: event.metadata }`): a store may decode some fields on first read
 * (the embedded one decodes `metadata` so), which a bare spread would not copy. JSON
 * serialisation includes every field.
 */
export interface RecordedEvent<Type extends string = string, Data extends EventPayload = EventPayload> {
  id: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
  stream: string;
  /** 0-based number of the event in its stream. */
  revision: number;
  /** Position in the global log; increases with every append, never reorders. */
  position: number;
  /** When the store recorded it. */
  recordedAt: Date;
}
