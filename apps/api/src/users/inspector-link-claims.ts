import type { EventStore } from '@app/event-store';
import type { RecordStore } from '@app/record-store';
import { registerStreams } from '@app/domain';
import { ApiError } from '../common/api-error';

/** Record-store namespace: key an inspector's id, value the user linked to it (ADR 25). */
const NAMESPACE = 'inspectorLinks';
/** How long a claim taken before the link command stands if the process stops before confirming it. */
const PENDING_MS = 60_000;

/**
 * One user per inspector, atomically: a claim in the record store (putIfAbsent) is taken before
 * the LinkInspector command, released if the command fails, made lasting when it succeeds, and
 * released for the inspectors the user was linked to before. The directory's check in the command
 * stays for links made before these claims existed.
 */
export class InspectorLinkClaims {
  constructor(
    private readonly records: RecordStore,
    private readonly events: EventStore,
  ) {}

  /** Links through `link`, holding the inspector's claim for `userId`; 409 when another user holds it. */
  async linking(userId: string, inspectorId: string, link: () => Promise<unknown>): Promise<void> {
    const now = Date.now();
    const held = await this.records.putIfAbsent(
      NAMESPACE,
      inspectorId,
      { value: userId, expiresAt: now + PENDING_MS },
      now,
    );
    if (held && held.value !== userId) {
      throw new ApiError(
        409,
        'INSPECTOR_ALREADY_LINKED',
        `Inspector ${inspectorId} is linked to another user`,
      );
    }
    try {
      await link();
    } catch (error) {
      if (!held) await this.records.delete(NAMESPACE, inspectorId);
      throw error;
    }
    const { current, former } = await this.links(userId);
    if (current === inspectorId) await this.records.put(NAMESPACE, inspectorId, { value: userId });
    for (const previous of former.filter((id) => id !== current)) await this.release(previous, userId);
  }

  /** The inspector the user is linked to now, and every one they were linked to (from the log). */
  private async links(userId: string): Promise<{ current?: string; former: string[] }> {
    let current: string | undefined;
    const former = new Set<string>();
    for await (const event of this.events.readStream(registerStreams.user(userId))) {
      if (event.type !== 'UserInspectorLinked') continue;
      if (current) former.add(current);
      current = (event.data as { inspectorId: string }).inspectorId;
    }
    return { current, former: [...former] };
  }

  /** Releases the inspector's claim if this user holds it. */
  private async release(inspectorId: string, userId: string): Promise<void> {
    const held = await this.records.get(NAMESPACE, inspectorId, Date.now());
    if (held?.value === userId) await this.records.delete(NAMESPACE, inspectorId);
  }
}
