import { FeedDelivery } from '@app/projections';
import { type AppConfig, type Stores } from '@app/runtime';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, STORES } from '../stores/stores.providers';

/**
 * The feed's deliverers in the api: started only where the projections run (RUN_PROJECTIONS);
 * otherwise apps/projector runs them and this api only reads their records and writes resets.
 * Stopped before the stores close.
 */
@Injectable()
export class FeedDeliverers extends FeedDelivery implements OnApplicationBootstrap, OnModuleDestroy {
  readonly runsHere: boolean;

  constructor(@Inject(STORES) stores: Stores, @Inject(APP_CONFIG) config: AppConfig) {
    super(stores.events, stores.records, config.feed);
    this.runsHere = config.runProjections;
  }

  onApplicationBootstrap(): void {
    if (this.runsHere) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }
}
