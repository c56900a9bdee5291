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
  override readonly name = 'InvalidAppend';
}
