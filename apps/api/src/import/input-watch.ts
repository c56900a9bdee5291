import { type Readable, finished } from 'node:stream';

/**
 * Pulls from iterators fed by `input`, failing when the input fails. exceljs pipes the upload into
 * its unzipper with .pipe(), which does not pass errors on, so an aborted upload would otherwise
 * leave the pull waiting forever.
 */
export class InputWatch {
  private failure: { error: Error } | undefined;
  private rejectPending: ((error: Error) => void) | undefined;
  private readonly stopWatching: () => void;

  constructor(input: Readable) {
    this.stopWatching = finished(input, (error) => {
      if (error === undefined || error === null) return;
      this.failure = { error };
      this.rejectPending?.(error);
    });
  }

  /** The input's own error, if it failed. */
  isInputError(error: unknown): boolean {
    return this.failure !== undefined && this.failure.error === error;
  }

  pull<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
    if (this.failure !== undefined) return Promise.reject(this.failure.error);
    return new Promise<IteratorResult<T>>((resolve, reject) => {
      this.rejectPending = reject;
      iterator.next().then(resolve, reject);
    });
  }

  stop(): void {
    this.stopWatching();
    this.rejectPending = undefined;
  }
}
