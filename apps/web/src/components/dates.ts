/** Today in Beijing (UTC+8), as the api counts days: YYYY-MM-DD. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function beijingYear(now: Date = new Date()): number {
  return Number(beijingToday(now).slice(0, 4));
}

/** The day of an ISO time in Beijing, e.g. when a plan was published. */
export function beijingDay(isoTime: string): string {
  const time = new Date(isoTime);
  return Number.isNaN(time.getTime()) ? isoTime : beijingToday(time);
}
