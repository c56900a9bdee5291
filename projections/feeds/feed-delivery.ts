import type { EventStore } from '@app/event-store';
import type { RecordStore } from '@app/record-store';
import type { FeedSettings } from '@app/runtime';
import { FeedDeliverer } from './feed-deliverer';
import { FeedRecords } from './feed-records';

/**
 * One deliverer per configured subscriber (docs/exchange.md), for the process that runs the
 * projections: the api with RUN_PROJECTIONS=true, or apps/projector. One such process per deployment.
 */
export class FeedDelivery {
  readonly records: FeedRecords;
  private readonly deliverers = new Map<string, FeedDeliverer>();

  constructor(events: EventStore, records: RecordStore, feed: FeedSettings) {
    this.records = new FeedRecords(records);
    const { subscribers, ...settings } = feed;
    for (const subscriber of subscribers)
      this.deliverers.set(subscriber.id, new FeedDeliverer(events, this.records, subscriber, settings));
  }

  start(): void {
    for (const deliverer of this.deliverers.values()) deliverer.start();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.deliverers.values()].map((d) => d.stop()));
  }

  get(id: string): FeedDeliverer | undefined {
    return this.deliverers.get(id);
  }

  all(): FeedDeliverer[] {
    return [...this.deliverers.values()];
  }
}
