import { WorkingDayCalendar } from '@app/domain';
import type { CalendarYearView } from '@app/projections';
import { type Stores, datasetCalendarYears } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { STORES } from '../stores/stores.providers';

/** The working-day calendar: the dataset's years, overridden by years operators entered. */
@Injectable()
export class CalendarService {
  private readonly dataset = datasetCalendarYears();

  constructor(@Inject(STORES) private readonly stores: Stores) {}

  async calendar(): Promise<WorkingDayCalendar> {
    const entered = await this.stores.projections
      .collection<CalendarYearView>('calendar', 'years')
      .find({ limit: 1000 });
    return new WorkingDayCalendar([
      ...this.dataset,
      ...entered.items.map((y) => ({
        year: y.year,
        holidays: y.holidays,
        workdays: y.workdays,
        source: 'operator' as const,
      })),
    ]);
  }
}
