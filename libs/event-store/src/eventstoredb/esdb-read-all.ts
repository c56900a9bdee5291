import {
  type AllStreamResolvedEvent,
  type ReadPosition,
  type StreamingRead,
  BACKWARDS,
  END,
} from '@eventstore/db-client';
import { matchesFilter } from '../event-filter';
import type { EventFilter, ReadAllOptions } from '../event-store.port';
import type { RecordedEvent } from '../recorded-event';
import type { EsdbClient } from './esdb-client';
import { readFiltered } from './esdb-filtered-read';
import { fromEsdbPosition, toEsdbDirection, toEsdbPosition, toEsdbReadPosition } from './esdb-mapping';
import { toRecorded } from './esdb-recorded-event';
import type { SkippedEvents } from './esdb-skipped-events';

/** The adapter's reads of $all: unfiltered and backwards on the client, filtered ones on the server. */
export class EsdbAllReads {
  constructor(
    private readonly client: EsdbClient,
    private readonly skipped: SkippedEvents,
  ) {}

  headPosition(): Promise<number> {
    return lastPosition(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    if (options.filter && options.direction !== 'backwards') {
      yield* this.readAllFiltered(options.filter, options.fromPosition, options.maxCount);
      return;
    }
    // Unfiltered, or backwards (the client reads $all backwards without a server-side filter).
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    const backwards = options.direction === 'backwards';
    const from =
      backwards && typeof options.fromPosition === 'number'
        ? await this.backwardsFrom(options.fromPosition)
        : toEsdbReadPosition(options.fromPosition, options.direction);
    const read = this.client.readAll({ fromPosition: from, direction: toEsdbDirection(options.direction) });
    try {
      for await (const resolved of read) {
        const event = toRecorded(resolved, this.skipped);
        if (!event || !matchesFilter(options.filter, event.stream, event.type)) continue;
        if (backwards && typeof options.fromPosition === 'number' && event.position > options.fromPosition)
          continue;
        yield event;
        remaining -= 1;
        if (remaining <= 0) return;
      }
    } finally {
      await read.cancel();
    }
  }

  /**
   * Forwards with a filter: the server filters (ADR 45). A subscription starts after a position,
   * so an inclusive start p is found first: the first record at or after p, handed out itself if
   * it passes, and the subscription starts after it.
   */
  private async *readAllFiltered(
    filter: EventFilter,
    fromPosition: number | 'start' | 'end' | undefined,
    maxCount: number | undefined,
  ): AsyncGenerator<RecordedEvent> {
    if (fromPosition === 'end' || (maxCount ?? 1) <= 0) return;
    const upTo = await this.headPosition();
    let after: number | 'start' = 'start';
    let remaining = maxCount;
    if (typeof fromPosition === 'number') {
      const first = await this.firstRecordFrom(fromPosition);
      if (!first || first.position > upTo) return;
      after = first.position;
      if (first.event && matchesFilter(filter, first.event.stream, first.event.type)) {
        yield first.event;
        if (remaining !== undefined && --remaining <= 0) return;
      }
    }
    yield* readFiltered(this.client, { filter, after, upTo, maxCount: remaining, skipped: this.skipped });
  }

  /** The first record at or after p (any record, system ones too): its position, and the event if ours. */
  private async firstRecordFrom(
    p: number,
  ): Promise<{ position: number; event: RecordedEvent | null } | null> {
    const probe = this.client.readAll({ fromPosition: toEsdbPosition(p), maxCount: 2 });
    try {
      for await (const resolved of probe) {
        const commit = resolved.event?.position?.commit;
        if (commit === undefined || commit < BigInt(p)) continue;
        return {
          position: fromEsdbPosition(resolved.event?.position),
          event: toRecorded(resolved, this.skipped),
        };
      }
    } finally {
      await probe.cancel();
    }
    return null;
  }

  /**
   * The server reads $all backwards from a point after each record, so the event at p itself
   * would be left out: start at the first event after p instead (or the end).
   */
  private async backwardsFrom(p: number): Promise<ReadPosition> {
    const probe = this.client.readAll({ fromPosition: toEsdbPosition(p), maxCount: 2 });
    try {
      for await (const resolved of probe) {
        const commit = resolved.event?.position?.commit;
        if (commit !== undefined && commit > BigInt(p)) return { commit, prepare: commit };
      }
    } finally {
      await probe.cancel();
    }
    return END;
  }
}

/** The position of the one event a backwards read of the head yields, or 0; the read is cancelled. */
export async function lastPosition(read: StreamingRead<AllStreamResolvedEvent>): Promise<number> {
  try {
    for await (const resolved of read) return fromEsdbPosition(resolved.event?.position);
    return 0;
  } finally {
    await read.cancel();
  }
}
