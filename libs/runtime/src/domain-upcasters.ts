import type { AnyDomainEvent } from '@app/domain';
import { UpcasterRegistry } from '@app/event-store';

/**
 * The upcasters of the domain's events: what lifts a stored old shape to the current one, so that
 * projections see only the domain's current unions. None yet: every event is at its version 1.
 * To add one, see docs/event-store.md ("Upcasting").
 */
export function domainUpcasters(): UpcasterRegistry<AnyDomainEvent> {
  return new UpcasterRegistry<AnyDomainEvent>();
}
