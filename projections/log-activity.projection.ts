import type { Projection, ReadDocument } from '@app/read-store';

/** How many events of each type were recorded on each day (UTC): what happened when. */
export interface LogActivity extends ReadDocument {
  /** YYYY-MM-DD, the day the store recorded the events. */
  date: string;
  type: string;
  count: number;
  firstPosition: number;
  lastPosition: number;
}

export const logActivity: Projection = {
  name: 'logActivity',
  collections: [{ name: 'activity', indexes: [['date'], ['type', 'date']] }],
  eventTypes: 'all',
  apply(event) {
    const date = event.recordedAt.toISOString().slice(0, 10);
    const id = `${date}:${event.type}`;
    return [
      {
        collection: 'activity',
        id,
        update: (activity: LogActivity | undefined): LogActivity => {
          return {
            id,
            date,
            type: event.type,
            count: (activity?.count ?? 0) + 1,
            firstPosition: activity?.firstPosition ?? event.position,
            lastPosition: event.position,
          };
        },
      },
    ];
  },
};
