import type { HistoryEntry } from '@app/contract';
import type { Decider, DomainEvent } from '@app/domain';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { accountableFields } from '@app/projections';
import { ApiError } from '../common/api-error';
import { momentProblem } from '../common/calendar-date.validator';

/** Every event of a stream with who did it and why, and the state after each. */
export async function aggregateHistory<C, E extends DomainEvent, S>(
  events: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
): Promise<HistoryEntry<S>[]> {
  const entries: HistoryEntry<S>[] = [];
  let state = decider.initialState();
  for await (const event of events.readStream(stream)) {
    state = decider.evolve(state, { type: event.type, data: event.data } as unknown as E);
    entries.push({ ...describe(event), state });
  }
  return entries;
}

function describe(event: RecordedEvent): Omit<HistoryEntry<never>, 'state'> {
  return {
    revision: event.revision,
    position: event.position,
    type: event.type,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt.toISOString(),
    actor: {
      id: event.metadata.actorId,
      roles: event.metadata.actorRoles,
      departmentId: event.metadata.departmentId,
    },
    ...accountableFields(event.data),
    data: event.data,
  };
}

/**
 * `at`: a revision (a whole number) or an ISO 8601 time. The aggregate as it stood after that
 * revision, or after the last act that happened (occurredAt) at or before that time.
 */
export async function aggregateAt<C, E extends DomainEvent, S>(
  events: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
  at: string,
): Promise<{ at: string; revision: number; state: S }> {
  const { now: _now, ...then } = await foldThenAndNow(events, stream, decider, at, false);
  return then;
}

/**
 * The aggregate as it stood at `at` (aggregateAt) and as it is now, from one read of the stream;
 * `toTheEnd` false stops at `at` (and `now` is the state then).
 */
async function foldThenAndNow<C, E extends DomainEvent, S>(
  events: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
  at: string,
  toTheEnd: boolean,
): Promise<{ at: string; revision: number; state: S; now: S }> {
  const revisionLimit = /^\d+$/.test(at) ? Number(at) : undefined;
  const timeLimit = revisionLimit === undefined ? Date.parse(at) : undefined;
  if (revisionLimit === undefined && (timeLimit === undefined || Number.isNaN(timeLimit))) {
    throw ApiError.invalid([
      {
        field: 'at',
        reason: 'must be a whole number (a revision) or an ISO 8601 time',
        rule: 'revisionOrTime',
      },
    ]);
  }
  const outOfRange = timeLimit === undefined ? [] : momentProblem('at', at);
  if (outOfRange.length > 0) throw ApiError.invalid(outOfRange);
  let now = decider.initialState();
  let state = now;
  let revision = -1;
  let past = false;
  for await (const event of events.readStream(stream)) {
    past ||=
      (revisionLimit !== undefined && event.revision > revisionLimit) ||
      (timeLimit !== undefined && Date.parse(event.metadata.occurredAt) > timeLimit);
    if (past && !toTheEnd) break;
    now = decider.evolve(now, { type: event.type, data: event.data } as unknown as E);
    if (past) continue;
    state = now;
    revision = event.revision;
  }
  return { at, revision, state, now };
}

/** What a route calls an aggregate that does not exist: its 404 code and its name in the message. */
export interface Missing {
  code: string;
  name: string;
}

/** An aggregate's history, or 404 when the stream is empty. */
export async function historyOrNotFound<C, E extends DomainEvent, S>(
  events: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
  missing: Missing,
): Promise<HistoryEntry<S>[]> {
  const entries = await aggregateHistory(events, stream, decider);
  if (entries.length === 0) throw ApiError.notFound(missing.code, `No ${missing.name}`);
  return entries;
}

/** The aggregate as it stood at `at`, as `{ id, at, revision, …state }`, or 404 before it existed. */
export async function stateAtOrNotFound<C, E extends DomainEvent, S extends { status: string }>(
  events: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
  at: string,
  id: string,
  missing: Missing,
): Promise<{ id: string; at: string; revision: number } & S> {
  const then = await aggregateAt(events, stream, decider, at);
  if (then.state.status === 'absent') throw ApiError.notFound(missing.code, `No ${missing.name} at ${at}`);
  return { id, at: then.at, revision: then.revision, ...then.state };
}

/**
 * stateAtOrNotFound, with the aggregate as it is now too (who may read the state then is decided
 * by the aggregate now), from one read of the stream.
 */
export async function stateAtAndNowOrNotFound<C, E extends DomainEvent, S extends { status: string }>(
  events: EventStore,
  stream: string,
  decider: Decider<C, E, S>,
  at: string,
  id: string,
  missing: Missing,
): Promise<{ then: { id: string; at: string; revision: number } & S; now: S }> {
  const { now, ...then } = await foldThenAndNow(events, stream, decider, at, true);
  if (then.state.status === 'absent') throw ApiError.notFound(missing.code, `No ${missing.name} at ${at}`);
  return { then: { id, at: then.at, revision: then.revision, ...then.state }, now };
}
