import {
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
} from '@eventstore/db-client';
import { AppendTooLarge } from '../errors';

/**
 * Errors after which resubscribing can succeed: the server or the network went away, or the
 * server dropped a consumer too slow for the live feed (gRPC ABORTED, "Consumer too slow to
 * handle event while live. Client resubscription required."), which the client reports as a
 * TimeoutError (dist/utils/CommandError.js, convertToCommandError).
 */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof NotLeaderError ||
    error instanceof TimeoutError ||
    (error instanceof Error && /UNAVAILABLE|ECONNRESET|ECONNREFUSED|premature close/i.test(error.message))
  );
}

/** The port's error for a refused append the client reports in its own terms; others unchanged. */
export function toPortAppendError(error: unknown, stream: string): unknown {
  if (error instanceof MaxAppendSizeExceededError) return new AppendTooLarge(stream, error.maxAppendSize);
  return error;
}
