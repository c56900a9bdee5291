import {
  AccessDeniedError,
  MaxAppendSizeExceededError,
  TimeoutError,
  convertToCommandError,
} from '@eventstore/db-client';
import { AppendTooLarge, InvalidAppend } from '../errors';
import { isTransient, toPortAppendError } from './esdb-errors';

/** gRPC status codes (grpc/doc/statuscodes.md); @grpc/grpc-js is the client's dependency, not ours. */
const status = {
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  PERMISSION_DENIED: 7,
  ABORTED: 10,
  UNAVAILABLE: 14,
};

/** A gRPC failure as the server sends it, turned into the client's error by the client's own code. */
function fromServer(code: number, details: string, metadata: Record<string, string> = {}): Error {
  const failure = Object.assign(new Error(`${code} ${details}`), {
    code,
    details,
    metadata: { getMap: () => metadata },
  });
  return convertToCommandError(failure);
}

describe('EventStoreDB errors', () => {
  it('a live subscription the server drops as too slow (ABORTED) is transient: resubscribe', () => {
    const error = fromServer(
      status.ABORTED,
      'Consumer too slow to handle event while live. Client resubscription required.',
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isTransient(error)).toBe(true);
  });

  it('a server gone away is transient; a refusal is not', () => {
    expect(isTransient(fromServer(status.UNAVAILABLE, 'No connection established'))).toBe(true);
    expect(isTransient(fromServer(status.DEADLINE_EXCEEDED, 'Deadline exceeded'))).toBe(true);
    const denied = fromServer(status.PERMISSION_DENIED, 'Access denied', { exception: 'access-denied' });
    expect(denied).toBeInstanceOf(AccessDeniedError);
    expect(isTransient(denied)).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
  });

  it('an append over the server maximum becomes the port error AppendTooLarge (an InvalidAppend)', () => {
    // Both ways the client reports it: the append call's metadata and the batch append's details.
    const viaMetadata = fromServer(status.INVALID_ARGUMENT, 'Maximum Append Size of 1048576 Exceeded.', {
      exception: 'maximum-append-size-exceeded',
      'maximum-append-size': '1048576',
    });
    const viaDetails = MaxAppendSizeExceededError.fromMaxAppendSize(1048576);
    for (const error of [viaMetadata, viaDetails]) {
      expect(error).toBeInstanceOf(MaxAppendSizeExceededError);
      const mapped = toPortAppendError(error, 'inspectionTask-1');
      expect(mapped).toBeInstanceOf(AppendTooLarge);
      expect(mapped).toBeInstanceOf(InvalidAppend);
      expect(mapped).toMatchObject({ stream: 'inspectionTask-1', maxAppendSize: 1048576 });
    }
    const other = new Error('other');
    expect(toPortAppendError(other, 's')).toBe(other);
  });
});
