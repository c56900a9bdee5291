import { ApiError } from '../common/api-error';

/**
 * The uploaded file cannot be imported as a whole: unreadable, or its header row does not fit. The
 * message and details are written for the official; a parser's own error is kept only as `cause`
 * (for the log), never passed on. A 400 (docs/api.md).
 */
export class ImportFileError extends ApiError {
  override readonly name = 'ImportFileError';
  declare readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}, options: { cause?: unknown } = {}) {
    super(400, 'IMPORT_FILE_INVALID', message, details);
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
