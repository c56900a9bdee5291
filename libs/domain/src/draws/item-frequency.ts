import { countedChecks, discardedIn, drawnIn } from './directory-entry';
import { compareUtf8 } from './utf8-order';

/** The task events the count reads, besides the draw records and cancellations. */
export const ITEM_FREQUENCY_EVENT_TYPES = ['InspectionTaskInitiated', 'ParticipantResponded'] as const;

/** A task event as read from the log, one stream after another, each in order. */
export interface TaskLogEvent {
  stream: string;
  type: string;
  data: Record<string, unknown>;
  metadata: { occurredAt: string };
}

/**
 * How often each entity was checked on each of some items in a year (an item's frequencyPerYear;
 * ADR 38), folded from the task log: an entity drawn in a task is checked on the task's items —
 * the lead's and those its participants accepted before the draw. Discarded draws count as the
 * yearly cap counts them (the deployment's policy). Pure: the api and an auditor fold the same log.
 */
export class ItemCheckCounter {
  private readonly itemsOf = new Map<string, string[]>();
  private readonly drawn = new Map<string, number>();
  private readonly discarded = new Map<string, number>();

  constructor(
    private readonly year: number,
    /** The items whose frequency is enforced, with it. */
    private readonly frequencies: Readonly<Record<string, number>>,
    private readonly discardedDrawsCount: boolean,
  ) {}

  add(event: TaskLogEvent): void {
    const tracked = (ids: unknown) =>
      Array.isArray(ids)
        ? ids.filter((id): id is string => typeof id === 'string' && id in this.frequencies)
        : [];
    if (event.type === 'InspectionTaskInitiated') {
      this.itemsOf.set(event.stream, tracked(event.data.itemIds));
      return;
    }
    if (event.type === 'ParticipantResponded') {
      if (event.data.accepted !== true) return;
      this.itemsOf.set(event.stream, [
        ...(this.itemsOf.get(event.stream) ?? []),
        ...tracked(event.data.itemIds),
      ]);
      return;
    }
    const items = this.itemsOf.get(event.stream) ?? [];
    if (items.length === 0) return;
    const dropped = discardedIn(event);
    if (dropped) {
      if (dropped.year === this.year) this.count(this.discarded, dropped.entityIds, items);
      return;
    }
    if (event.type === 'InspectionTaskCancelled') return;
    const { year, entityIds } = drawnIn(event);
    if (year === this.year) this.count(this.drawn, entityIds, items);
  }

  /** The entities checked on some item as often as its frequency allows, sorted (the draw's record). */
  atFrequency(): string[] {
    const out = new Set<string>();
    for (const [key, n] of this.drawn) {
      const [entityId, itemId] = key.split('\u0000');
      const checks = countedChecks(n, this.discarded.get(key) ?? 0, this.discardedDrawsCount);
      if (checks >= this.frequencies[itemId]) out.add(entityId);
    }
    return [...out].sort(compareUtf8);
  }

  private count(counts: Map<string, number>, entityIds: string[], items: string[]): void {
    for (const entityId of entityIds) {
      for (const itemId of new Set(items)) {
        const key = `${entityId}\u0000${itemId}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
}
