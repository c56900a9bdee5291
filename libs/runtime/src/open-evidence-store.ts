import { type BlobStore, FilesystemBlobStore } from '@app/blob-store';
import type { BlobStoreSettings } from './evidence-config';

/** The evidence files' store BLOB_STORE names (docs/operations.md, "Evidence"). */
export async function openEvidenceStore(settings: BlobStoreSettings): Promise<BlobStore> {
  if (settings.kind === 'filesystem') return new FilesystemBlobStore(settings.dir);
  // The S3 adapter comes with libs/blob-store's openBlobStore (feat/i23-blobs).
  throw new Error('BLOB_STORE=s3: the S3 adapter is not in this build yet');
}
