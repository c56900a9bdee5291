import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';
import { EARLIEST_YEAR, LATEST_YEAR, isCalendarDate, weekday, yearOf } from './calendar-date';

export type CalendarYearCommand = {
  kind: 'PublishCalendarYear';
  year: number;
  holidays: string[];
  workdays: string[];
  /** The notice it comes from, e.g. 国办发明电〔2026〕7号. */
  notice: string;
};

export type CalendarYearEvent = DomainEvent<
  'CalendarYearPublished',
  { year: number; holidays: string[]; workdays: string[]; notice: string }
>;

export type CalendarYearState =
  { published: false } | { published: true; holidays: string[]; workdays: string[] };

/**
 * A year of the official calendar entered by an operator from the State Council's notice, for
 * years the dataset does not know yet (or to correct it). Entering it again replaces it.
 */
export const calendarYearDecider: Decider<CalendarYearCommand, CalendarYearEvent, CalendarYearState> = {
  initialState: () => ({ published: false }),
  evolve: (_state, event) => ({
    published: true,
    holidays: event.data.holidays,
    workdays: event.data.workdays,
  }),
  decide(command, state) {
    const { year } = command;
    if (!Number.isInteger(year) || year < EARLIEST_YEAR || year > LATEST_YEAR) {
      throw new DomainError(
        'CALENDAR_YEAR_OUT_OF_RANGE',
        `A calendar year is ${EARLIEST_YEAR}–${LATEST_YEAR}, not ${year}`,
      );
    }
    const all = [...command.holidays, ...command.workdays];
    const foreign = all.filter((day) => !isCalendarDate(day) || yearOf(day) !== year);
    if (foreign.length > 0) {
      throw new DomainError(
        'CALENDAR_DATE_OUTSIDE_YEAR',
        `Dates must be real days of ${year}: ${foreign.join(', ')}`,
        { year, dates: foreign },
      );
    }
    const both = command.holidays.filter((day) => command.workdays.includes(day));
    if (both.length > 0) {
      throw new DomainError(
        'CALENDAR_DAY_BOTH_OFF_AND_WORKED',
        `A day cannot be both off and worked: ${both.join(', ')}`,
        { dates: both },
      );
    }
    const weekdays = command.workdays.filter((day) => weekday(day) !== 0 && weekday(day) !== 6);
    if (weekdays.length > 0) {
      throw new DomainError(
        'CALENDAR_WORKDAY_NOT_WEEKEND',
        `Make-up working days are weekend days; these are weekdays already: ${weekdays.join(', ')}`,
        { dates: weekdays },
      );
    }
    const holidays = [...new Set(command.holidays)].sort();
    const workdays = [...new Set(command.workdays)].sort();
    if (
      state.published &&
      JSON.stringify(state.holidays) === JSON.stringify(holidays) &&
      JSON.stringify(state.workdays) === JSON.stringify(workdays)
    ) {
      return [];
    }
    return [{ type: 'CalendarYearPublished', data: { year, holidays, workdays, notice: command.notice } }];
  },
};
