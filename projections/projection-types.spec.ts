import type { PlanEvent } from '@app/domain';
import type { Projection } from '@app/read-store';

/*
 * Compile-time checks: tsc (`npm run lint`) runs over spec files too. A projection may name and
 * handle only the event types of its domain union, and reads their fields as the domain defines
 * them. Each `@ts-expect-error` fails the build if the error it expects ever disappears.
 */

const namesAMissingType: Projection<PlanEvent> = {
  name: 'namesAMissingType',
  collections: [],
  // @ts-expect-error: no PlanEvent is named PlanDeleted
  eventTypes: ['PlanDrafted', 'PlanDeleted'],
  apply: () => [],
};

const handlesAMissingType: Projection<PlanEvent> = {
  name: 'handlesAMissingType',
  collections: [],
  eventTypes: ['PlanDrafted', 'PlanClosed'],
  apply(event) {
    switch (event.type) {
      // @ts-expect-error: no PlanEvent is named PlanDeleted
      case 'PlanDeleted':
        return [];
      default:
        return [];
    }
  },
};

const readsAMissingField: Projection<PlanEvent> = {
  name: 'readsAMissingField',
  collections: [],
  eventTypes: ['PlanClosed'],
  apply(event) {
    if (event.type !== 'PlanClosed') return [];
    const closedView = (data: { planId: string; closedReason: string }) => ({ id: data.planId, ...data });
    // @ts-expect-error: PlanClosed has `reason`, not `closedReason`
    return [{ collection: 'plans', id: event.data.planId, put: closedView(event.data) }];
  },
};

describe('Projection<Event>', () => {
  it('is checked by tsc against the domain events (the @ts-expect-error lines above)', () => {
    expect([namesAMissingType, handlesAMissingType, readsAMissingField].map((p) => p.name)).toHaveLength(3);
  });
});
