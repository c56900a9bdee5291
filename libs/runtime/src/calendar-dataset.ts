import type { CalendarYear } from '@app/domain';
import dataset from 'chinese-days/dist/chinese-days.json';

/**
 * The years the maintained `chinese-days` dataset knows (its holidays and make-up working days).
 * A year appears only when the dataset lists at least one holiday in it: a year it has not been
 * told about yet is unknown, not "weekends only".
 */
export function datasetCalendarYears(): CalendarYear[] {
  const years = new Map<number, { holidays: string[]; workdays: string[] }>();
  const of = (day: string) => {
    const year = Number(day.slice(0, 4));
    let entry = years.get(year);
    if (!entry) years.set(year, (entry = { holidays: [], workdays: [] }));
    return entry;
  };
  for (const day of Object.keys(dataset.holidays)) of(day).holidays.push(day);
  for (const day of Object.keys(dataset.workdays)) {
    const year = Number(day.slice(0, 4));
    if (years.has(year)) of(day).workdays.push(day);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, days]) => ({
      year,
      holidays: days.holidays.sort(),
      workdays: days.workdays.sort(),
      source: 'dataset' as const,
    }));
}
