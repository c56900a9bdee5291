import type { CheckpointKey } from '@app/audit';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { randomUUID } from 'node:crypto';

/** The stream recording the log's signing keys, and its one event type (docs/events.md). */
export const TRANSPARENCY_KEY_STREAM = 'transparencyLog-keys';
export const TRANSPARENCY_KEY_INTRODUCED = 'TransparencyKeyIntroduced';

/** A key as the log lists it: valid from its introduction until the next key's. */
export interface ListedKey extends CheckpointKey {
  algorithm: 'Ed25519';
  previousKeyId: string | null;
  validFrom: string;
  validFromPosition: number;
  validUntil?: string;
}

/** Every key the log has introduced, oldest first (a short stream: one event per rotation). */
export async function listedKeys(log: EventStore): Promise<ListedKey[]> {
  const events: RecordedEvent[] = [];
  for await (const event of log.readStream(TRANSPARENCY_KEY_STREAM)) events.push(event);
  return events.map((event, i) => {
    const next = events[i + 1];
    const data = event.data as unknown as CheckpointKey & { previousKeyId: string | null };
    return {
      keyId: data.keyId,
      name: data.name,
      publicKey: data.publicKey,
      verifierKey: data.verifierKey,
      algorithm: 'Ed25519',
      previousKeyId: data.previousKeyId,
      validFrom: event.metadata.occurredAt,
      validFromPosition: event.position,
      ...(next ? { validUntil: next.metadata.occurredAt } : {}),
    };
  });
}

/** Records the key in the log unless it is already the current one (introduction or rotation). */
export async function recordKey(log: EventStore, key: CheckpointKey, now: Date): Promise<void> {
  const keys = await listedKeys(log);
  const current = keys[keys.length - 1];
  if (current?.keyId === key.keyId) return;
  const id = randomUUID();
  await log.appendToStream(
    TRANSPARENCY_KEY_STREAM,
    [
      {
        id,
        type: TRANSPARENCY_KEY_INTRODUCED,
        data: { ...key, algorithm: 'Ed25519', previousKeyId: current?.keyId ?? null },
        metadata: {
          actorId: 'transparency-log',
          actorRoles: ['system'],
          departmentId: 'system',
          correlationId: id,
          causationId: id,
          occurredAt: now.toISOString(),
          schemaVersion: 1,
        },
      },
    ],
    { expectedRevision: keys.length === 0 ? 'no_stream' : keys.length - 1 },
  );
}
