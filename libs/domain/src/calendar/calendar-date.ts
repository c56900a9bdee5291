/** Dates are plain YYYY-MM-DD strings (China has one time zone; deadlines are whole days). */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The date in China (UTC+8, no daylight saving) of a moment: deadlines and yearly counts use it. */
export function beijingDate(moment: Date | string): string {
  const ms = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

export function beijingYear(moment: Date | string): number {
  return yearOf(beijingDate(moment));
}
