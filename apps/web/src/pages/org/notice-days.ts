import { addDays, daysBetween, isCalendarDate } from '@app/domain/calendar/calendar-date';

/** The longest range one line may give: the longest holiday (春节) is 9 days, with slack. */
const MAX_RANGE_DAYS = 31;
const RANGE = /^(\d{4}-\d{2}-\d{2})\s*(?:至|到|~|～|—|–)\s*(\d{4}-\d{2}-\d{2})$/;

/** Days read from a notice's text, and the parts that are not days. */
export interface NoticeDays {
  days: string[];
  unreadable: string[];
}

/**
 * Reads the days a State Council notice lists, as an official types them: one day
 * (`2027-01-01`) or a range (`2027-02-06 至 2027-02-13`, both ends included) a line or between
 * commas; the days come back sorted, each once.
 */
export function noticeDays(text: string): NoticeDays {
  const days = new Set<string>();
  const unreadable: string[] = [];
  for (const raw of text.split(/[\n,，、;；]/)) {
    const part = raw.trim();
    if (!part) continue;
    const range = RANGE.exec(part);
    if (range && isCalendarDate(range[1]) && isCalendarDate(range[2])) {
      const length = daysBetween(range[1], range[2]);
      if (length < 0 || length >= MAX_RANGE_DAYS) {
        unreadable.push(part);
        continue;
      }
      for (let n = 0; n <= length; n += 1) days.add(addDays(range[1], n));
    } else if (isCalendarDate(part)) {
      days.add(part);
    } else {
      unreadable.push(part);
    }
  }
  return { days: [...days].sort(), unreadable };
}
