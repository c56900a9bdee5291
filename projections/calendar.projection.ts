import type { CalendarYearEvent } from '@app/domain';
import type { Projection, ReadDocument } from '@app/read-store';

export interface CalendarYearView extends ReadDocument {
  year: number;
  holidays: string[];
  workdays: string[];
  notice: string;
  publishedAt: string;
}

/** Calendar years entered by operators (they take precedence over the dataset's). */
export const calendarProjection: Projection<CalendarYearEvent> = {
  name: 'calendar',
  collections: [{ name: 'years', indexes: [['year']] }],
  eventTypes: ['CalendarYearPublished'],
  apply(event) {
    const { data } = event;
    const view: CalendarYearView = { id: String(data.year), ...data, publishedAt: event.metadata.occurredAt };
    return [{ collection: 'years', id: view.id, put: view }];
  },
};
