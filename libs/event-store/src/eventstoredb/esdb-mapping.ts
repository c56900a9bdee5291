/**
 * The one place where this port's revisions and positions meet the client's (kept together so a
 * move to @kurrent/kurrentdb-client, where `expectedRevision` became `streamState`, is one file).
 *
 * Positions: the port's global position is the event's commit position in the transaction log
 * as a number (exact up to 2^53 bytes of log, about 9 PB). A checkpoint resumes with
 * { commit: p, prepare: p }, the convention of the client's own samples.
 */
import {
  type AllStreamSubscription,
  ANY,
  type AppendExpectedRevision,
  BACKWARDS,
  type CurrentRevision as EsdbCurrentRevision,
  END,
  FORWARDS,
  NO_STREAM,
  type Position,
  type ReadPosition,
  type ReadRevision,
  START,
  STREAM_EXISTS,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type Filter,
} from '@eventstore/db-client';
import type { CurrentRevision, Direction, EventFilter, ExpectedRevision } from '../event-store.port';

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

export function fromEsdbCurrentRevision(actual: EsdbCurrentRevision): CurrentRevision {
  return actual === NO_STREAM ? 'no_stream' : Number(actual);
}

export function fromEsdbPosition(position: Position | undefined): number {
  if (!position) throw new Error('EventStoreDB returned an event without a log position');
  const commit = Number(position.commit);
  if (!Number.isSafeInteger(commit)) throw new Error(`Log position ${position.commit} exceeds 2^53`);
  return commit;
}

export function toEsdbPosition(position: number): Position {
  return { commit: BigInt(position), prepare: BigInt(position) };
}

export function toEsdbReadPosition(
  from: number | 'start' | 'end' | undefined,
  direction?: Direction,
): ReadPosition {
  if (from === 'start') return START;
  if (from === 'end') return END;
  if (from === undefined) return direction === 'backwards' ? END : START;
  return toEsdbPosition(from);
}

export function toEsdbReadRevision(
  from: number | 'start' | 'end' | undefined,
  direction?: Direction,
): ReadRevision {
  if (from === 'start') return START;
  if (from === 'end') return END;
  if (from === undefined) return direction === 'backwards' ? END : START;
  return BigInt(from);
}

export function toEsdbDirection(direction: Direction | undefined): typeof FORWARDS | typeof BACKWARDS {
  return direction === 'backwards' ? BACKWARDS : FORWARDS;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A server-side filter for a subscription. System events ($-prefixed types) are always left out:
 * user stream names and event types never start with '$' (validateAppend refuses them).
 */
export function toEsdbFilter(
  filter: EventFilter | undefined,
  checkpointReached?: (subscription: AllStreamSubscription, position: Position) => void,
): Filter {
  const checkpoint = checkpointReached ? { checkpointReached, checkpointInterval: 32 } : {};
  if (!filter) return excludeSystemEvents(checkpoint);
  if ('streamPrefixes' in filter) {
    if (filter.streamPrefixes.length === 0) return streamNameFilter({ regex: '^$', ...checkpoint });
    return streamNameFilter({ prefixes: [...filter.streamPrefixes], ...checkpoint });
  }
  if (filter.eventTypes.length === 0) return eventTypeFilter({ regex: '^$', ...checkpoint });
  const exact = `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$`;
  return eventTypeFilter({ regex: exact, ...checkpoint });
}
