/** Evidence files by content address (issue 23, ADR 46): the port, its errors and adapters. */
export * from './blob-store.port';
export * from './errors';
export { isBlobHash } from './blob-hash';
export { FilesystemBlobStore } from './filesystem/filesystem-blob-store';
