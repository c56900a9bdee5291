import type { RecordedEvent } from '@app/event-store';
import type { ReadDocument } from '../read-model';
import type { Projection } from '../projections/projection';

export interface Tally extends ReadDocument {
  key: string;
  count: number;
  total: number;
  lastPosition: number;
}

/**
 * A small projection for tests and benchmarks: `Tallied { key, amount }` adds to the tally of
 * its key, `TallyReset { key }` deletes it. A tally's count is exactly the number of Tallied
 * events since its last reset, so any lost or doubled event shows.
 */
export function tallyProjection(options: { failOn?: (event: RecordedEvent) => boolean } = {}): Projection {
  return {
    name: 'tallies',
    collections: [{ name: 'tallies', indexes: [['count'], ['key']] }],
    eventTypes: ['Tallied', 'TallyReset'],
    apply(event) {
      if (options.failOn?.(event)) throw new Error(`cannot tally event ${event.position}`);
      const key = event.data.key as string;
      if (event.type === 'TallyReset') return [{ collection: 'tallies', id: key, remove: true }];
      const amount = Number(event.data.amount ?? 1);
      return [
        {
          collection: 'tallies',
          id: key,
          update: (current) => {
            const tally = current as Tally | undefined;
            return {
              id: key,
              key,
              count: (tally?.count ?? 0) + 1,
              total: (tally?.total ?? 0) + amount,
              lastPosition: event.position,
            };
          },
        },
      ];
    },
  };
}
