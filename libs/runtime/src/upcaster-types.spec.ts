import type { AnyDomainEvent } from '@app/domain';
import { UpcasterRegistry } from '@app/event-store';

/*
 * Compile-time checks: tsc (`npm run lint`) runs over spec files too. The domain's upcasters may
 * name only the types of AnyDomainEvent, and the last step of a type must return its current
 * `data`. Each `@ts-expect-error` fails the build if the error it expects ever disappears.
 */

/** PlanClosed's data before it had a reason (a made-up old shape). */
type PlanClosedV1 = { planId: string };

const registries = [
  new UpcasterRegistry<AnyDomainEvent>().register(
    // @ts-expect-error: no domain event is named PlanDeleted
    'PlanDeleted',
    1,
    (data: PlanClosedV1) => ({ ...data, reason: 'unknown' }),
  ),
  new UpcasterRegistry<AnyDomainEvent>().register(
    'PlanClosed',
    1,
    // @ts-expect-error: PlanClosed has `reason`, not `closedReason`
    (data: PlanClosedV1) => ({ ...data, closedReason: 'unknown' }),
  ),
  new UpcasterRegistry<AnyDomainEvent>().register(
    'PlanClosed',
    1,
    // @ts-expect-error: the last step (below) returns the older shape, not PlanClosed's current
    // data; tsc reports it at the first step of the list.
    (data: PlanClosedV1): PlanClosedV1 & { closedReason: string } => ({ ...data, closedReason: 'unknown' }),
    (data: PlanClosedV1 & { closedReason: string }) => data,
  ),
  new UpcasterRegistry<AnyDomainEvent>().register(
    'PlanClosed',
    1,
    // An intermediate step may return its own shape; only the last must be the current one.
    (data: PlanClosedV1): PlanClosedV1 & { closedReason: string } => ({ ...data, closedReason: 'unknown' }),
    ({ planId, closedReason }: PlanClosedV1 & { closedReason: string }) => ({ planId, reason: closedReason }),
  ),
];

describe('UpcasterRegistry<AnyDomainEvent>', () => {
  it('is checked by tsc against the domain events (the @ts-expect-error lines above)', () => {
    expect(registries.map((registry) => registry.currentVersion('PlanClosed'))).toEqual([1, 2, 3, 3]);
  });
});
