import { type BlobStore, FilesystemBlobStore } from '@app/blob-store';
import type { AppConfig, BlobStoreSettings } from '@app/runtime';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../stores/stores.providers';

export const BLOB_STORE = Symbol('BlobStore');

/** The store BLOB_STORE names (docs/operations.md, "Evidence"). */
export async function openEvidenceStore(settings: BlobStoreSettings): Promise<BlobStore> {
  if (settings.kind === 'filesystem') return new FilesystemBlobStore(settings.dir);
  // The S3 adapter arrives with libs/blob-store's openBlobStore (feat/i23-blobs).
  throw new Error('BLOB_STORE=s3: the S3 adapter is not built into this version');
}

export const blobStoreProvider = {
  provide: BLOB_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Promise<BlobStore> => openEvidenceStore(config.evidence.blobStore),
};

@Injectable()
export class BlobStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(BLOB_STORE) private readonly store: BlobStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
