import { DomainError } from '../domain-error';

/** Dates are plain YYYY-MM-DD strings (China has one time zone; deadlines are whole days). */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The days a person may enter anywhere: task and plan windows, inspection dates, `asOf`, calendar
 * queries and years, the simulated clock. Every year in it can be entered in the calendar.
 */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;

/**
 * Day arithmetic stays within these days: wider than the range above, so that a deadline counted
 * from its last day (at most 3660 working days, about 15 years) is still a day; beyond them
 * `addDays` throws instead of leaving the YYYY-MM-DD form (`+010000-01-01`).
 */
const COMPUTABLE_FROM = '1900-01-01';
const COMPUTABLE_TO = '2199-12-31';

/** A task's window spans at most this many days, both ends included. */
export const MAX_WINDOW_DAYS = 366;

export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A real day from EARLIEST_DATE to LATEST_DATE. */
export function isCalendarDateInRange(value: string): boolean {
  return isCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** Why a value is not a day that may be entered, or undefined when it is one. */
export function calendarDateFault(value: unknown): string | undefined {
  if (typeof value !== 'string' || !DATE.test(value)) return 'must be a date YYYY-MM-DD';
  if (!isCalendarDate(value)) return 'is not a real day';
  if (!isCalendarDateInRange(value)) return `must be from ${EARLIEST_DATE} to ${LATEST_DATE}`;
  return undefined;
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const FIRST_MOMENT = Date.parse(`${EARLIEST_DATE}T00:00:00Z`) - BEIJING_OFFSET_MS;
const LAST_MOMENT = Date.parse(`${LATEST_DATE}T00:00:00Z`) + DAY_MS - BEIJING_OFFSET_MS - 1;

/** Why a moment (ISO 8601 text) may not be entered, or undefined: its day in China must be in range. */
export function momentFault(value: string): string | undefined {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return 'must be an ISO 8601 time';
  if (ms < FIRST_MOMENT || ms > LAST_MOMENT) return `must be from ${EARLIEST_DATE} to ${LATEST_DATE}`;
  return undefined;
}

/** Days since 1970-01-01 of a real day; throws CALENDAR_DATE_INVALID otherwise. */
export function dayNumber(date: string): number {
  if (!isCalendarDate(date)) {
    throw new DomainError('CALENDAR_DATE_INVALID', `${date} is not a real day YYYY-MM-DD`, { date });
  }
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

const FIRST_COMPUTABLE = Date.parse(`${COMPUTABLE_FROM}T00:00:00Z`) / DAY_MS;
const LAST_COMPUTABLE = Date.parse(`${COMPUTABLE_TO}T00:00:00Z`) / DAY_MS;

/** The day of a day number; throws CALENDAR_DATE_OUT_OF_RANGE beyond the days arithmetic covers. */
export function dateOfDayNumber(day: number): string {
  if (!Number.isInteger(day) || day < FIRST_COMPUTABLE || day > LAST_COMPUTABLE) {
    throw new DomainError(
      'CALENDAR_DATE_OUT_OF_RANGE',
      `Day arithmetic covers ${COMPUTABLE_FROM} to ${COMPUTABLE_TO} only`,
    );
  }
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day `days` after `date`; throws (never loops or leaves YYYY-MM-DD) outside the computable days. */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The date in China (UTC+8, no daylight saving) of a moment (a Date, an ISO time or epoch ms): deadlines and yearly counts use it. */
export function beijingDate(moment: Date | string | number): string {
  const ms =
    typeof moment === 'string' ? Date.parse(moment) : typeof moment === 'number' ? moment : moment.getTime();
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

export function beijingYear(moment: Date | string): number {
  return yearOf(beijingDate(moment));
}
