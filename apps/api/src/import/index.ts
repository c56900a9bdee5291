export type { ByteSource } from './byte-source';
export { detectImportFormat } from './detect-import-format';
export { ImportFileError } from './import-file.error';
export { IMPORT_LIMITS } from './import-limits';
export { importTemplate } from './import-template';
export { ImportTooLargeError } from './import-too-large.error';
export type { ImportColumn, ImportFormat, ImportRow, OpenedImport } from './import.types';
export { openImport } from './open-import';
export { SpooledFile, UploadSpool } from './upload-spool';
