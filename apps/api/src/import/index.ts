export { detectImportFormat } from './detect-import-format';
export { ImportFileError } from './import-file.error';
export { importTemplate } from './import-template';
export type { ImportColumn, ImportFormat, ImportRow, OpenedImport } from './import.types';
export { openImport } from './open-import';
