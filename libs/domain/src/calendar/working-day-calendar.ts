import { DomainError } from '../domain-error';
import { addDays, dateOfDayNumber, dayNumber, weekday, yearOf } from './calendar-date';

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

/** The most working days a deadline may be counted in. */
export const MAX_WORKING_DAYS = 3660;

/**
 * Working days in China: Monday–Friday except public holidays, plus make-up weekends. A year the
 * calendar does not know is never guessed silently: answers over it are marked provisional.
 */
export class WorkingDayCalendar {
  private readonly holidays = new Set<string>();
  private readonly workdays = new Set<string>();
  private readonly years = new Map<number, CalendarYear>();
  /** Sorted: weekdays that are off, and weekend days that are worked (to count spans without a loop). */
  private readonly weekdaysOff: string[];
  private readonly weekendsWorked: string[];

  /** Later years in the list replace earlier ones of the same year (operator over dataset). */
  constructor(years: readonly CalendarYear[]) {
    for (const year of years) this.years.set(year.year, year);
    for (const year of this.years.values()) {
      for (const day of year.holidays) this.holidays.add(day);
      for (const day of year.workdays) this.workdays.add(day);
    }
    const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;
    this.weekdaysOff = [...this.holidays].filter((d) => !isWeekend(d) && !this.workdays.has(d)).sort();
    this.weekendsWorked = [...this.workdays].filter(isWeekend).sort();
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

  /**
   * The day `days` working days after `from` (from itself not counted). Bounded: at most 3660
   * working days, and `addDays` throws CALENDAR_DATE_OUT_OF_RANGE rather than pass the last computable day.
   */
  addWorkingDays(from: string, days: number): WorkingDayDate {
    if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS) {
      throw new DomainError(
        'WORKING_DAYS_OUT_OF_RANGE',
        `Working days must be a whole number 0–${MAX_WORKING_DAYS}, not ${days}`,
        { days, max: MAX_WORKING_DAYS },
      );
    }
    const unknown = new Set<number>();
    let date = addDays(from, 0);
    for (let counted = 0; counted < days;) {
      date = addDays(date, 1);
      const { working, known } = this.isWorkingDay(date);
      if (!known) unknown.add(yearOf(date));
      if (working) counted += 1;
    }
    const unknownYears = [...unknown].sort();
    return { date, provisional: unknownYears.length > 0, unknownYears };
  }

  /**
   * Working days after `due` up to and including `asOf` (0 when not past due). Counted, not
   * walked day by day, so any span of computable days answers at once.
   */
  workingDaysBetween(due: string, asOf: string): WorkingDayDate & { days: number } {
    const first = dayNumber(addDays(due, 0)) + 1;
    const last = dayNumber(addDays(asOf, 0));
    if (last < first) return { date: asOf, days: 0, provisional: false, unknownYears: [] };
    const after = dateOfDayNumber(first);
    const until = dateOfDayNumber(last);
    const days =
      weekdaysIn(first, last) -
      countWithin(this.weekdaysOff, after, until) +
      countWithin(this.weekendsWorked, after, until);
    const unknownYears: number[] = [];
    for (let year = yearOf(after); year <= yearOf(until); year += 1) {
      if (!this.knows(year)) unknownYears.push(year);
    }
    return { date: asOf, days, provisional: unknownYears.length > 0, unknownYears };
  }
}

/** Monday–Friday days from day number `first` to `last`, both included (1970-01-01 was a Thursday). */
function weekdaysIn(first: number, last: number): number {
  const total = last - first + 1;
  let count = Math.floor(total / 7) * 5;
  for (let day = first + total - (total % 7); day <= last; day += 1) {
    const dow = (((day + 4) % 7) + 7) % 7;
    if (dow !== 0 && dow !== 6) count += 1;
  }
  return count;
}

/** How many of the sorted days lie from `from` to `to`, both included. */
function countWithin(sorted: readonly string[], from: string, to: string): number {
  return lowerBound(sorted, to, true) - lowerBound(sorted, from, false);
}

/** The first index whose day is after `day` (`inclusive`) or at/after it (not). */
function lowerBound(sorted: readonly string[], day: string, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (inclusive ? sorted[middle] <= day : sorted[middle] < day) low = middle + 1;
    else high = middle;
  }
  return low;
}
