import { allProjections } from '@app/projections';
import { type AppConfig, type Stores, openStores } from '@app/runtime';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

export const APP_CONFIG = Symbol('AppConfig');
export const STORES = Symbol('Stores');

export const storesProvider = {
  provide: STORES,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<Stores> => {
    const logger = new Logger('Stores');
    const stores = await openStores(config, {
      projections: allProjections,
      report: (message) => logger.error(message),
    });
    for (const line of stores.describe()) logger.log(line);
    return stores;
  },
};

/** Starts the projections once the application is up; closes every store when it shuts down. */
@Injectable()
export class StoresLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.stores.projections.start();
    await this.stores.transparency.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stores.close();
  }
}
