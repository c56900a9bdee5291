import type { DrawLedgerEntryView, Page } from '@app/contract';
import { type DrawLedgerEntry, type DrawLedgerVoid, registerStreams } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { STORES } from '../stores/stores.providers';
import { TaskFacts } from '../tasks/task-facts';

/** The draw ledger as operators and auditors read it: entries newest first, each with its state. */
@Injectable()
export class DrawLedgerEntries {
  constructor(
    @Inject(STORES) private readonly stores: Pick<Stores, 'events'>,
    private readonly facts: TaskFacts,
  ) {}

  /** Up to `limit` entries from revision `from` (the newest when absent) down. */
  async page(from: number | undefined, limit: number): Promise<Page<DrawLedgerEntryView>> {
    const stream = registerStreams.drawLedger();
    // A void sits right after its entry: the page's first entry may have one just above it.
    let voidAbove: RecordedEvent | undefined;
    if (from !== undefined) {
      for await (const event of this.stores.events.readStream(stream, {
        fromRevision: from + 1,
        maxCount: 1,
      })) {
        if (event.type === 'DrawLedgerEntryVoided') voidAbove = event;
      }
    }
    let head = -1;
    for await (const event of this.stores.events.readStream(stream, {
      direction: 'backwards',
      maxCount: 1,
    })) {
      head = event.revision;
    }
    const items: DrawLedgerEntryView[] = [];
    // Every entry is followed by at most one void: this many events hold limit + 1 entries.
    for await (const event of this.stores.events.readStream(stream, {
      direction: 'backwards',
      fromRevision: from ?? 'end',
      maxCount: 2 * limit + 2,
    })) {
      if (event.type === 'DrawLedgerEntryVoided') {
        voidAbove = event;
        continue;
      }
      if (items.length === limit) return { items, nextCursor: String(items[limit - 1].sequence - 1) };
      const voided = voidAbove && (voidAbove.data as unknown as DrawLedgerVoid).sequence === event.revision;
      items.push(await this.view(event, voided ? voidAbove : undefined, event.revision === head));
      voidAbove = undefined;
    }
    return { items };
  }

  private async view(
    event: RecordedEvent,
    voidEvent: RecordedEvent | undefined,
    last: boolean,
  ): Promise<DrawLedgerEntryView> {
    const entry = event.data as unknown as DrawLedgerEntry;
    const view = {
      sequence: event.revision,
      taskId: entry.taskId,
      drawId: entry.drawId,
      position: entry.position,
      year: entry.year,
      selectedDigest: entry.selectedDigest,
      commandId: entry.commandId,
      actorId: event.metadata.actorId,
      occurredAt: event.metadata.occurredAt,
    };
    if (voidEvent) {
      const { reason, recomputedDigest } = voidEvent.data as unknown as DrawLedgerVoid;
      const { actorId, occurredAt } = voidEvent.metadata;
      return { ...view, state: 'void', voided: { reason, recomputedDigest, actorId, occurredAt } };
    }
    const task = await this.facts.task(entry.taskId);
    if (task?.draw?.record.selectedDigest === entry.selectedDigest) return { ...view, state: 'recorded' };
    // Only the last entry can still be recorded; an earlier one its task never took is void.
    return { ...view, state: last && task?.entityIds === null ? 'pending' : 'void' };
  }
}
