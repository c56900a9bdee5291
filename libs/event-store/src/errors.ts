import type { CurrentRevision, ExpectedRevision } from './event-store.port';

/** Raised when a stream is not at the revision the writer expected: a concurrent change. */
export class WrongExpectedRevision extends Error {
  override readonly name = 'WrongExpectedRevision';

  constructor(
    readonly stream: string,
    readonly expectedRevision: ExpectedRevision,
    readonly actualRevision: CurrentRevision,
  ) {
    super(
      `Stream ${stream} is at revision ${String(actualRevision)}, ` +
        `but the append expected ${String(expectedRevision)}`,
    );
  }
}

/** Raised when event ids of an append were already used by a different append. */
export class DuplicateEventId extends Error {
  override readonly name = 'DuplicateEventId';

  constructor(
    readonly stream: string,
    readonly eventId: string,
  ) {
    super(`Event id ${eventId} was already appended, but not as this same append to ${stream}`);
  }
}

/** Raised for input the store cannot accept (bad stream name, event id, type or payload). */
export class InvalidAppend extends Error {
  override readonly name: string = 'InvalidAppend';
}

/**
 * Raised when one append is larger than the store takes at once (EventStoreDB's maxAppendSize,
 * 1 MiB by default). Nothing was written; large lists are split into parts (docs/draw.md §10).
 */
export class AppendTooLarge extends InvalidAppend {
  override readonly name: string = 'AppendTooLarge';

  constructor(
    readonly stream: string,
    readonly maxAppendSize: number,
  ) {
    super(`The append to ${stream} is larger than the store accepts at once (${maxAppendSize} bytes)`);
  }
}
