/** Evidence files by content address (issue 23, ADR 46): the port, its errors and adapters. */
export * from './blob-store.port';
export * from './errors';
export { isBlobHash } from './blob-hash';
export { FilesystemBlobStore } from './filesystem/filesystem-blob-store';
export { S3BlobStore, type S3BlobStoreOptions } from './s3/s3-blob-store';
