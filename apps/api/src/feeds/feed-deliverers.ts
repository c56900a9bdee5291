import { type AppConfig, type Stores } from '@app/runtime';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { FeedDeliverer } from './feed-deliverer';
import { FeedRecords } from './feed-records';

/**
 * One deliverer per configured subscriber, in the process that runs the projections (one such
 * process per deployment): started once the app is up, stopped before the stores close.
 */
@Injectable()
export class FeedDeliverers implements OnApplicationBootstrap, OnModuleDestroy {
  readonly records: FeedRecords;
  readonly runsHere: boolean;
  private readonly deliverers = new Map<string, FeedDeliverer>();

  constructor(@Inject(STORES) stores: Stores, @Inject(APP_CONFIG) config: AppConfig) {
    this.records = new FeedRecords(stores.records);
    this.runsHere = config.runProjections;
    const { subscribers, ...settings } = config.feed;
    for (const subscriber of subscribers) {
      this.deliverers.set(
        subscriber.id,
        new FeedDeliverer(stores.events, this.records, subscriber, settings),
      );
    }
  }

  onApplicationBootstrap(): void {
    if (!this.runsHere) return;
    for (const deliverer of this.deliverers.values()) deliverer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.deliverers.values()].map((d) => d.stop()));
  }

  get(id: string): FeedDeliverer | undefined {
    return this.deliverers.get(id);
  }

  all(): FeedDeliverer[] {
    return [...this.deliverers.values()];
  }
}
