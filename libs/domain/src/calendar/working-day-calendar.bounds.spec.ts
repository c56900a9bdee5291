import fc from 'fast-check';
import { DomainError } from '../domain-error';
import { addDays, dayNumber } from './calendar-date';
import { type CalendarYear, WorkingDayCalendar } from './working-day-calendar';

const year2026: CalendarYear = {
  year: 2026,
  holidays: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-10-01', '2026-10-02', '2026-10-03'],
  workdays: ['2026-01-04', '2026-10-10'],
  source: 'dataset',
};
const calendar = new WorkingDayCalendar([year2026]);

const codeOf = (act: () => unknown): string | undefined => {
  try {
    act();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

/** The old day-by-day walk, as the reference for the counted answer. */
function walked(due: string, asOf: string): number {
  let days = 0;
  for (let date = addDays(due, 1); date <= asOf; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date).working) days += 1;
  }
  return days;
}

describe('working-day calendar: bounded', () => {
  it('throws instead of looping from a day past the computable ones (9999-12-31)', () => {
    expect(codeOf(() => calendar.addWorkingDays('9999-12-31', 1))).toBe('CALENDAR_DATE_OUT_OF_RANGE');
    expect(codeOf(() => calendar.addWorkingDays('9999-12-31', 0))).toBe('CALENDAR_DATE_OUT_OF_RANGE');
    expect(codeOf(() => calendar.workingDaysBetween('2026-12-31', '9999-12-31'))).toBe(
      'CALENDAR_DATE_OUT_OF_RANGE',
    );
    expect(codeOf(() => calendar.workingDaysBetween('9999-12-31', '2026-12-31'))).toBe(
      'CALENDAR_DATE_OUT_OF_RANGE',
    );
  });

  it('throws when a count would run past the last computable day (2199-12-31)', () => {
    expect(codeOf(() => calendar.addWorkingDays('2199-12-20', 20))).toBe('CALENDAR_DATE_OUT_OF_RANGE');
  });

  it('counts any span up to the range’s end from the last entered day, with the unknown years named', () => {
    const answer = calendar.workingDaysBetween('2000-01-01', '2100-12-31');
    expect(answer.days).toBe(walked('2000-01-01', '2100-12-31'));
    expect(answer.unknownYears).toHaveLength(100);
    expect(answer.unknownYears).not.toContain(2026);
  });

  it('counts as the day-by-day walk does, for any span', () => {
    const day = fc.integer({ min: dayNumber('2025-06-01'), max: dayNumber('2027-06-01') });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const due = addDays('1970-01-01', a);
        const asOf = addDays('1970-01-01', b);
        expect(calendar.workingDaysBetween(due, asOf).days).toBe(walked(due, asOf));
      }),
      { numRuns: 300 },
    );
  });
});
