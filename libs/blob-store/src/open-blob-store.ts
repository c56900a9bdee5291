import { join } from 'node:path';
import type { BlobStore } from './blob-store.port';
import { FilesystemBlobStore } from './filesystem/filesystem-blob-store';
import { S3BlobStore, type S3BlobStoreOptions } from './s3/s3-blob-store';

/**
 * Where evidence files are kept (docs/operations.md, "Blob store"): BLOB_STORE=filesystem (the
 * embedded default, DATA_DIR/blobs) or BLOB_STORE=s3 with the S3_* settings.
 */
export type BlobStoreConfig = { kind: 'filesystem'; dataDir: string } | ({ kind: 's3' } & S3BlobStoreOptions);

export function openBlobStore(config: BlobStoreConfig): BlobStore {
  switch (config.kind) {
    case 'filesystem':
      return new FilesystemBlobStore(join(config.dataDir, 'blobs'));
    case 's3': {
      const { kind: _kind, ...options } = config;
      return new S3BlobStore(options);
    }
  }
}
