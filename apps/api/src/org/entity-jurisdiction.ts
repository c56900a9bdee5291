import {
  type EntityState,
  type Jurisdiction,
  entityDecider,
  entityWithinJurisdiction,
  registerStreams,
  regionWithinJurisdiction,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import type { Actor } from '@app/runtime';
import { ApiError } from '../common/api-error';
import { jurisdictionOf } from './organisation-reads';

/** The entry's region now and the department that registered it, from its stream. */
async function entityFacts(
  events: EventStore,
  entityId: string,
): Promise<{ regionCode: string; registeredBy: string } | undefined> {
  let state: EntityState = entityDecider.initialState();
  let registeredBy: string | undefined;
  for await (const recorded of events.readStream(registerStreams.entity(entityId))) {
    registeredBy ??= recorded.metadata.departmentId;
    state = entityDecider.evolve(state, { type: recorded.type, data: recorded.data } as never);
  }
  if (state.status === 'absent' || registeredBy === undefined) return undefined;
  return { regionCode: state.profile.regionCode, registeredBy };
}

function outside(jurisdiction: Jurisdiction, what: string, details: Record<string, unknown>): ApiError {
  return ApiError.forbidden(
    'OUTSIDE_JURISDICTION',
    `${what} lies outside the jurisdiction of ${jurisdiction.departmentId} (${jurisdiction.regionCode})`,
    { jurisdiction: jurisdiction.regionCode, ...details },
  );
}

/**
 * 谁管辖、谁维护: an operator registers and changes entries only in its department's region and below,
 * or entries its department registered; an entry moved (a new region) moves only within that region.
 * Read from the streams just before the decision; an administrator is not bound.
 */
export async function assertEntityWithinJurisdiction(
  events: EventStore,
  actor: Actor,
  entityId: string,
  newRegionCode?: string,
): Promise<void> {
  const jurisdiction = await jurisdictionOf(events, actor);
  if (!jurisdiction) return;
  assertFactsWithinJurisdiction(jurisdiction, await entityFacts(events, entityId), entityId, newRegionCode);
}

/** The same rule on facts already read (an import reads a chunk's entities at once). */
export function assertFactsWithinJurisdiction(
  jurisdiction: Jurisdiction,
  current: { regionCode: string; registeredBy: string } | undefined,
  entityId: string,
  newRegionCode?: string,
): void {
  if (current && !entityWithinJurisdiction(jurisdiction, current)) {
    throw outside(jurisdiction, `Entity ${entityId}`, { entityId, regionCode: current.regionCode });
  }
  if (
    newRegionCode !== undefined &&
    newRegionCode !== current?.regionCode &&
    !regionWithinJurisdiction(jurisdiction, newRegionCode)
  ) {
    throw outside(jurisdiction, `Region ${newRegionCode}`, { entityId, regionCode: newRegionCode });
  }
}
