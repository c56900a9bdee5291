/** Evidence files by content address (issue 23, ADR 46): the port, its errors and adapters. */
export * from './blob-store.port';
export * from './errors';
export { isBlobHash } from './blob-hash';
export { FilesystemBlobStore } from './filesystem/filesystem-blob-store';
// A type here: the AWS SDK loads only where openBlobStore opens S3 (docs/operations.md, "Start-up").
export type { S3BlobStore, S3BlobStoreOptions } from './s3/s3-blob-store';
export { openBlobStore, type BlobStoreConfig } from './open-blob-store';
export * from './content-type';
export * from './size-limits';
export { sniffSource } from './sniff-stream';
