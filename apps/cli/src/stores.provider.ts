import { allProjections } from '@app/projections';
import { type Stores, loadConfig, openStores } from '@app/runtime';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';

export const STORES = Symbol('Stores');

/** The cli only reads; the process that runs the projections does the work it asks for. */
export const storesProvider = {
  provide: STORES,
  useFactory: async (): Promise<Stores> => {
    const stores = await openStores(loadConfig(process.env), {
      projections: allProjections,
      runProjections: false,
    });
    await stores.projections.start();
    return stores;
  },
};

@Injectable()
export class StoresLifecycle implements OnApplicationShutdown {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  async onApplicationShutdown(): Promise<void> {
    await this.stores.close();
  }
}
