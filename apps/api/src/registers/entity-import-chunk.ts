import { type EntityEvent, type EntityState, entityDecider, entityIdOf, registerStreams } from '@app/domain';
import { type EventData, type EventStore, WrongExpectedRevision, readManyStreams } from '@app/event-store';
import type { CommandContext } from '../commands/command-context';
import { toEventData } from '../commands/stream-writer';
import { assertFactsWithinJurisdiction } from '../org/entity-jurisdiction';
import { jurisdictionOf } from '../org/organisation-reads';
import { entityProfileOf } from './entity-profile';
import type { RegisterEntityDto } from './entity.dto';
import type { ChunkOutcome, ChunkResult, ValidRow } from './import-runner';
import { rowCommandId } from './sheet-import';

/** An entity's stream as read (or as the chunk's rows before leave it), and who registered it. */
interface StreamAt {
  state: EntityState;
  revision: number;
  hash?: string;
  registeredBy?: string;
}

/** One stream's rows of the chunk: what they append, and what becomes of each once appended. */
interface StreamPlan {
  read: StreamAt;
  at: StreamAt;
  events: EventData[];
  rows: [number, ChunkOutcome][];
}

/**
 * Applies a chunk of entity rows (issue 25): their streams read in one go and folded, each row's
 * ImportEntity decided in sheet order by the entity decider on the state the rows before it left
 * (the jurisdiction rule first, as the command path checks it), and each stream's new events
 * appended in one append at the revision read, with the chain link read: the appends of a chunk
 * are submitted together, so the store's group commit writes them in one transaction. A stream
 * that changed since the read (a command meanwhile) refuses its append, and its rows are answered
 * `retry`: they go through their commands, which fold it again. Nothing is lost or forked.
 */
export async function importEntityChunk(
  events: EventStore,
  context: CommandContext,
  rows: readonly ValidRow<RegisterEntityDto>[],
  beforeWrite: () => Promise<void> = () => Promise.resolve(),
): Promise<ChunkResult> {
  const outcomes = new Map<number, ChunkOutcome>();
  if (rows.length === 0) return { outcomes };
  const jurisdiction = await jurisdictionOf(events, context.actor);
  const wanted = rows.map(({ row, dto }) => {
    const profile = entityProfileOf(dto);
    const entityId = entityIdOf(profile.code, profile.kind);
    return { row, entityId, profile, stream: registerStreams.entity(entityId) };
  });
  const read = await foldStreams(
    events,
    wanted.map((w) => w.stream),
  );

  const plans = new Map<string, StreamPlan>();
  for (const { row, entityId, profile, stream } of wanted) {
    let plan = plans.get(stream);
    if (!plan) {
      const at = read.get(stream) ?? { state: entityDecider.initialState(), revision: -1 };
      plan = { read: at, at: { ...at }, events: [], rows: [] };
      plans.set(stream, plan);
    }
    const { at } = plan;
    try {
      if (jurisdiction) {
        const facts =
          at.state.status === 'absent' || at.registeredBy === undefined
            ? undefined
            : { regionCode: at.state.profile.regionCode, registeredBy: at.registeredBy };
        assertFactsWithinJurisdiction(jurisdiction, facts, entityId, profile.regionCode);
      }
      const decided = entityDecider.decide({ kind: 'ImportEntity', entityId, profile }, at.state);
      if (decided.length === 0) {
        plan.rows.push([row, 'unchanged']);
        continue;
      }
      plan.rows.push([row, at.revision === -1 ? 'created' : 'updated']);
      plan.events.push(
        ...toEventData(decided, { ...context, commandId: rowCommandId(context.commandId, row) }),
      );
      at.state = decided.reduce<EntityState>(entityDecider.evolve, at.state);
      at.revision += decided.length;
      at.registeredBy ??= context.actor.departmentId;
    } catch (error) {
      plan.rows.push([row, { refused: error }]);
    }
  }

  const streams = [...plans];
  // A file that turns out unreadable further on must apply no row: it is read whole first.
  if (streams.some(([, plan]) => plan.events.length > 0)) await beforeWrite();
  const appended = await Promise.allSettled(
    streams.map(([stream, plan]) =>
      plan.events.length > 0 ? append(events, stream, plan) : Promise.resolve(undefined),
    ),
  );
  let position: number | undefined;
  let failure: Error | undefined;
  streams.forEach(([, plan], i) => {
    const result = appended[i];
    if (result.status === 'rejected') {
      // Another writer moved the stream since the read: its rows go through their commands.
      if (!(result.reason instanceof WrongExpectedRevision)) failure ??= asError(result.reason);
      for (const [row] of plan.rows) outcomes.set(row, 'retry');
      return;
    }
    if (result.value !== undefined) position = Math.max(position ?? 0, result.value);
    for (const [row, outcome] of plan.rows) outcomes.set(row, outcome);
  });
  if (failure) throw failure;
  return { outcomes, ...(position === undefined ? {} : { position }) };
}

const asError = (reason: unknown): Error => (reason instanceof Error ? reason : new Error(String(reason)));

/** Appends a stream's new events at the revision read, chained onto the link read; its position. */
async function append(
  events: EventStore,
  stream: string,
  { read, events: data }: StreamPlan,
): Promise<number> {
  const result = await events.appendToStream(stream, data, {
    expectedRevision: read.revision === -1 ? 'no_stream' : read.revision,
    ...(read.revision >= 0 && read.hash ? { chainFrom: { revision: read.revision, hash: read.hash } } : {}),
  });
  return result.position;
}

/** The chunk's streams read in one go and folded by the entity decider. */
async function foldStreams(events: EventStore, streams: readonly string[]): Promise<Map<string, StreamAt>> {
  const folded = new Map<string, StreamAt>();
  for await (const recorded of readManyStreams(events, streams)) {
    let at = folded.get(recorded.stream);
    if (!at) {
      at = {
        state: entityDecider.initialState(),
        revision: -1,
        registeredBy: recorded.metadata.departmentId,
      };
      folded.set(recorded.stream, at);
    }
    at.state = entityDecider.evolve(at.state, { type: recorded.type, data: recorded.data } as EntityEvent);
    at.revision = recorded.revision;
    at.hash = recorded.metadata.hash;
  }
  return folded;
}
