import {
  type EntityState,
  entityDecider,
  entityIdOf,
  entityWithinJurisdiction,
  registerStreams,
} from '@app/domain';
import { type EventStore, readManyStreams } from '@app/event-store';
import type { Actor } from '@app/runtime';
import { jurisdictionOf } from '../org/organisation-reads';
import { entityProfileOf } from './entity-profile';
import type { RegisterEntityDto } from './entity.dto';
import type { ValidRow } from './import-runner';

/** An entity's stream folded, and the department whose event registered it. */
interface Folded {
  state: EntityState;
  registeredBy: string | undefined;
}

/**
 * Of a chunk of entity rows, those the decider would answer with no event: their streams read in
 * one go and folded here, and each row's ImportEntity decided on its state (the decider's own
 * "unchanged", not a copy of it). A row for a new entity, a changed one, one the decider refuses or
 * one outside the actor's jurisdiction is not named: it goes through its command as before. Nothing
 * is appended here, so a command on the same entity meanwhile is neither lost nor forked: the row
 * was unchanged at the moment of the read.
 */
export async function unchangedEntityRows(
  events: EventStore,
  actor: Actor,
  rows: readonly ValidRow<RegisterEntityDto>[],
): Promise<Set<number>> {
  const unchanged = new Set<number>();
  if (rows.length === 0) return unchanged;
  const jurisdiction = await jurisdictionOf(events, actor);
  const wanted = rows.map(({ row, dto }) => {
    const profile = entityProfileOf(dto);
    const entityId = entityIdOf(profile.code, profile.kind);
    return { row, entityId, profile, stream: registerStreams.entity(entityId) };
  });
  const folded = new Map<string, Folded>();
  for await (const recorded of readManyStreams(
    events,
    wanted.map((w) => w.stream),
  )) {
    const at = folded.get(recorded.stream) ?? {
      state: entityDecider.initialState(),
      registeredBy: recorded.metadata.departmentId,
    };
    at.state = entityDecider.evolve(at.state, { type: recorded.type, data: recorded.data } as never);
    folded.set(recorded.stream, at);
  }
  for (const { row, entityId, profile, stream } of wanted) {
    const at = folded.get(stream);
    if (at === undefined || at.state.status === 'absent') continue;
    if (jurisdiction) {
      const { registeredBy } = at;
      const facts = { regionCode: at.state.profile.regionCode, registeredBy };
      if (registeredBy === undefined || !entityWithinJurisdiction(jurisdiction, facts)) continue;
    }
    try {
      const decided = entityDecider.decide({ kind: 'ImportEntity', entityId, profile }, at.state);
      if (decided.length === 0) unchanged.add(row);
    } catch {
      // Refused: the row's command refuses it again and the report names the row, as before.
    }
  }
  return unchanged;
}
