import type { CurrentRevision, ExpectedRevision } from './event-store.port';

/** Whether a stream at `current` satisfies an append's expected revision. */
export function revisionMatches(expected: ExpectedRevision, current: CurrentRevision): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 'no_stream';
    case 'stream_exists':
      return current !== 'no_stream';
    default:
      return current === expected;
  }
}
