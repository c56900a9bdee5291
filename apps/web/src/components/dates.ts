import { beijingDate } from '@app/domain/calendar/calendar-date';

// Days are counted as the rules count them: the domain's own Beijing calendar day.

/** Today in Beijing (UTC+8), as the api counts days: YYYY-MM-DD. */
export function beijingToday(now: Date = new Date()): string {
  return beijingDate(now);
}

/** The day of an ISO time in Beijing, e.g. when a plan was published. */
export function beijingDay(isoTime: string): string {
  return Number.isNaN(Date.parse(isoTime)) ? isoTime : beijingDate(isoTime);
}

/** An ISO time as Beijing reads it, to the minute: YYYY-MM-DD HH:MM (e.g. a beacon's publication). */
export function beijingTime(isoTime: string): string {
  const ms = Date.parse(isoTime);
  if (Number.isNaN(ms)) return isoTime;
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}
