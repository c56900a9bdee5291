import type { Readable } from 'node:stream';
import { ApiError } from '../common/api-error';
import { ImportSlots } from '../import/import-slots';

/** Seconds a refused download is told to wait: a bundle of a large directory takes about that long. */
const BUSY_RETRY_AFTER_SECONDS = 10;

/**
 * Public bundles built at once by this process. Each reads the directory from the log up to P
 * (seconds for a million entities) and anyone may ask without signing in, so one past the limit is
 * refused at once (503 PUBLIC_DRAW_BUSY, Retry-After) instead of piling up work.
 */
export class BundleBuilds {
  private readonly slots: ImportSlots;

  constructor(size = 2) {
    this.slots = new ImportSlots(size);
  }

  /** Streams `build()`'s output holding a slot until the stream closes; refuses when none is free. */
  stream(build: () => Readable): Readable {
    const slot = this.slots.tryTake();
    if (slot === undefined) {
      throw new ApiError(
        503,
        'PUBLIC_DRAW_BUSY',
        `${this.slots.size} public draw bundles are being built already; try again shortly`,
        { concurrentBuilds: this.slots.size, retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
        BUSY_RETRY_AFTER_SECONDS,
      );
    }
    try {
      const stream = build();
      stream.once('close', () => slot.release());
      return stream;
    } catch (error) {
      slot.release();
      throw error;
    }
  }
}
