import { type CalendarYear, WorkingDayCalendar } from './working-day-calendar';

// 2026 as the State Council published it (excerpt): New Year 1–3 Jan, worked Sunday 4 Jan;
// Spring Festival 15–23 Feb, worked Saturdays 14 and 28 Feb.
const year2026: CalendarYear = {
  year: 2026,
  holidays: [
    '2026-01-01',
    '2026-01-02',
    '2026-01-03',
    ...[15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => `2026-02-${d}`),
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28'],
  source: 'dataset',
};

describe('working-day calendar', () => {
  const calendar = new WorkingDayCalendar([year2026]);

  it('skips weekends and holidays and counts make-up weekends', () => {
    expect(calendar.addWorkingDays('2025-12-31', 1)).toEqual({
      date: '2026-01-04',
      provisional: false,
      unknownYears: [],
    });
    expect(calendar.addWorkingDays('2026-02-12', 2)).toEqual({
      date: '2026-02-14',
      provisional: false,
      unknownYears: [],
    });
    expect(calendar.addWorkingDays('2026-02-13', 2)).toMatchObject({ date: '2026-02-24' });
  });

  it('marks a date provisional when a year on the way is unknown, and names the year', () => {
    expect(calendar.addWorkingDays('2026-12-30', 3)).toEqual({
      date: '2027-01-04',
      provisional: true,
      unknownYears: [2027],
    });
  });

  it('lets an operator-entered year replace the dataset (2027-01-01 is a holiday, not a working day)', () => {
    const withNotice = new WorkingDayCalendar([
      year2026,
      { year: 2027, holidays: ['2027-01-01'], workdays: [], source: 'operator' },
    ]);
    expect(withNotice.addWorkingDays('2026-12-31', 1)).toEqual({
      date: '2027-01-04',
      provisional: false,
      unknownYears: [],
    });
    expect(withNotice.isWorkingDay('2027-01-01')).toEqual({ working: false, known: true });
  });

  it('counts working days overdue', () => {
    expect(calendar.workingDaysBetween('2026-02-12', '2026-02-24')).toMatchObject({
      days: 3,
      provisional: false,
    });
    expect(calendar.workingDaysBetween('2026-02-24', '2026-02-24')).toMatchObject({ days: 0 });
  });

  it('refuses a negative or absurd number of days', () => {
    expect(() => calendar.addWorkingDays('2026-01-05', -1)).toThrow(/Working days must be/);
  });
});
