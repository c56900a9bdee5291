import { type BlobStore, FilesystemBlobStore, openBlobStore } from '@app/blob-store';
import type { BlobStoreSettings } from './evidence-config';

/** The evidence files' store BLOB_STORE names (docs/operations.md, "Evidence"). */
export function openEvidenceStore(settings: BlobStoreSettings): BlobStore {
  if (settings.kind === 'filesystem') return new FilesystemBlobStore(settings.dir);
  const { kind: _kind, ...s3 } = settings;
  return openBlobStore({ kind: 's3', ...s3 });
}
