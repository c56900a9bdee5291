/**
 * The uploaded file cannot be imported as a whole: unreadable, or its header row does not fit. The
 * message and details are written for the official; a parser's own error is kept only as `cause`
 * (for the log), never passed on.
 */
export class ImportFileError extends Error {
  readonly code = 'IMPORT_FILE_INVALID';

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = 'ImportFileError';
  }
}
