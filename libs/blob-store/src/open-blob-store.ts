import { join } from 'node:path';
import type { BlobStore } from './blob-store.port';
import { FilesystemBlobStore } from './filesystem/filesystem-blob-store';
import type { S3BlobStoreOptions } from './s3/s3-blob-store';

type S3Module = typeof import('./s3/s3-blob-store');
// Required when BLOB_STORE=s3 only: the AWS SDK is a tenth of the api's start-up (docs/operations.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const s3 = (): S3Module => require('./s3/s3-blob-store') as S3Module;

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
      return new (s3().S3BlobStore)(options);
    }
  }
}
