import type { Readable } from 'node:stream';

/** An uploaded file that can be read more than once and from any offset (a zip is read from its end). */
export interface ByteSource {
  readonly size: number;
  /** The bytes from `start` up to, not including, `end`. */
  read(start: number, end: number): Readable;
}
