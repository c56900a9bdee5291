import { ApiError } from '../common/api-error';
import { IMPORT_LIMITS } from './import-limits';

export type ImportLimitCode = 'IMPORT_TOO_LARGE' | 'IMPORT_DECOMPRESSION_LIMIT';

/**
 * The upload, or what it inflates to, is past a limit of IMPORT_LIMITS (413). Nothing of the file
 * has been applied when this is thrown from an upload: the whole file is read first. A 413.
 */
export class ImportTooLargeError extends ApiError {
  override readonly name = 'ImportTooLargeError';
  declare readonly code: ImportLimitCode;
  declare readonly details: Record<string, unknown>;

  constructor(code: ImportLimitCode, message: string, details: Record<string, unknown>) {
    super(413, code, message, details);
  }

  static file(): ImportTooLargeError {
    const limit = IMPORT_LIMITS.fileBytes;
    return new ImportTooLargeError('IMPORT_TOO_LARGE', `The file is larger than ${mib(limit)} MiB`, {
      limitBytes: limit,
    });
  }

  static inflated(entry: string, reason: string, limit: number): ImportTooLargeError {
    return new ImportTooLargeError(
      'IMPORT_DECOMPRESSION_LIMIT',
      `The workbook's part ${entry} ${reason}: refused as a possible zip bomb`,
      { entry, limit },
    );
  }
}

function mib(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
