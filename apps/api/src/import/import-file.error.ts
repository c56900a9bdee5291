/** The uploaded file cannot be imported as a whole: unreadable, or its header row does not fit. */
export class ImportFileError extends Error {
  readonly code = 'IMPORT_FILE_INVALID';

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
