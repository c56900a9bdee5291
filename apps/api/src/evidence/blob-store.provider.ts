import type { BlobStore } from '@app/blob-store';
import { type AppConfig, openEvidenceStore } from '@app/runtime';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../stores/stores.providers';

export const BLOB_STORE = Symbol('BlobStore');

export const blobStoreProvider = {
  provide: BLOB_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): BlobStore => openEvidenceStore(config.evidence.blobStore),
};

@Injectable()
export class BlobStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(BLOB_STORE) private readonly store: BlobStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
