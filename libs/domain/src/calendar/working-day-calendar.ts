import { DomainError } from '../domain-error';
import { addDays, weekday, yearOf } from './calendar-date';

/**
 * One year of the official calendar (国务院办公厅 holiday notice): the days off that would
 * otherwise be working days, and the weekend days worked instead (调休).
 */
export interface CalendarYear {
  year: number;
  /** Public holidays and the days off around them (YYYY-MM-DD). */
  holidays: readonly string[];
  /** Weekend days that are working days (make-up days). */
  workdays: readonly string[];
  /** Where the year came from: the maintained dataset, or an operator who entered the notice. */
  source: 'dataset' | 'operator';
}

/** A date counted in working days; provisional when a year on the way is not yet known. */
export interface WorkingDayDate {
  date: string;
  provisional: boolean;
  /** The years that were not known and were counted as plain weekdays. */
  unknownYears: number[];
}

/**
 * Working days in China: Monday–Friday except public holidays, plus make-up weekends. A year the
 * calendar does not know is never guessed silently: answers over it are marked provisional.
 */
export class WorkingDayCalendar {
  private readonly holidays = new Set<string>();
  private readonly workdays = new Set<string>();
  private readonly years = new Map<number, CalendarYear>();

  /** Later years in the list replace earlier ones of the same year (operator over dataset). */
  constructor(years: readonly CalendarYear[]) {
    for (const year of years) this.years.set(year.year, year);
    for (const year of this.years.values()) {
      for (const day of year.holidays) this.holidays.add(day);
      for (const day of year.workdays) this.workdays.add(day);
    }
  }

  knows(year: number): boolean {
    return this.years.has(year);
  }

  knownYears(): CalendarYear[] {
    return [...this.years.values()].sort((a, b) => a.year - b.year);
  }

  /** Whether a day is a working day; `known` false when its year is not in the calendar. */
  isWorkingDay(date: string): { working: boolean; known: boolean } {
    const known = this.knows(yearOf(date));
    if (this.workdays.has(date)) return { working: true, known };
    if (this.holidays.has(date)) return { working: false, known };
    const day = weekday(date);
    return { working: day !== 0 && day !== 6, known };
  }

  /** The day `days` working days after `from` (from itself not counted). */
  addWorkingDays(from: string, days: number): WorkingDayDate {
    if (!Number.isInteger(days) || days < 0 || days > 3660) {
      throw new DomainError(
        'WORKING_DAYS_OUT_OF_RANGE',
        `Working days must be a whole number 0–3660, not ${days}`,
      );
    }
    const unknown = new Set<number>();
    let date = from;
    for (let counted = 0; counted < days;) {
      date = addDays(date, 1);
      const { working, known } = this.isWorkingDay(date);
      if (!known) unknown.add(yearOf(date));
      if (working) counted += 1;
    }
    const unknownYears = [...unknown].sort();
    return { date, provisional: unknownYears.length > 0, unknownYears };
  }

  /** Working days after `due` up to and including `asOf` (0 when not past due). */
  workingDaysBetween(due: string, asOf: string): WorkingDayDate & { days: number } {
    const unknown = new Set<number>();
    let days = 0;
    for (let date = addDays(due, 1); date <= asOf; date = addDays(date, 1)) {
      const { working, known } = this.isWorkingDay(date);
      if (!known) unknown.add(yearOf(date));
      if (working) days += 1;
    }
    const unknownYears = [...unknown].sort();
    return { date: asOf, days, provisional: unknownYears.length > 0, unknownYears };
  }
}
