import { DomainError } from '../domain-error';
import { addDays, calendarDateFault, daysBetween, isCalendarDateInRange, momentFault } from './calendar-date';

const codeOf = (act: () => unknown): string | undefined => {
  try {
    act();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

describe('calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('refuses to leave the computable days instead of giving +010000-01-01 (which never moves again)', () => {
    expect(codeOf(() => addDays('9999-12-31', 1))).toBe('CALENDAR_DATE_OUT_OF_RANGE');
    expect(codeOf(() => addDays('2199-12-31', 1))).toBe('CALENDAR_DATE_OUT_OF_RANGE');
    expect(codeOf(() => addDays('1900-01-01', -1))).toBe('CALENDAR_DATE_OUT_OF_RANGE');
    expect(addDays('2199-12-30', 1)).toBe('2199-12-31');
  });

  it('refuses what is not a real day', () => {
    expect(codeOf(() => addDays('+010000-01-01', 1))).toBe('CALENDAR_DATE_INVALID');
    expect(codeOf(() => addDays('2026-02-30', 1))).toBe('CALENDAR_DATE_INVALID');
  });

  it('accepts entered days from 2000-01-01 to 2100-12-31, and says why not otherwise', () => {
    expect(isCalendarDateInRange('2000-01-01')).toBe(true);
    expect(isCalendarDateInRange('2100-12-31')).toBe(true);
    expect(isCalendarDateInRange('1999-12-31')).toBe(false);
    expect(isCalendarDateInRange('9999-12-31')).toBe(false);
    expect(calendarDateFault('9999-12-31')).toBe('must be from 2000-01-01 to 2100-12-31');
    expect(calendarDateFault('2026-02-30')).toBe('is not a real day');
    expect(calendarDateFault('2026-2-3')).toBe('must be a date YYYY-MM-DD');
    expect(calendarDateFault(20260203)).toBe('must be a date YYYY-MM-DD');
    expect(calendarDateFault('2026-02-03')).toBeUndefined();
  });

  it('judges a moment by its day in China', () => {
    expect(momentFault('1999-12-31T16:00:00Z')).toBeUndefined(); // 2000-01-01 00:00 in Beijing
    expect(momentFault('1999-12-31T15:59:59Z')).toBeDefined();
    expect(momentFault('2100-12-31T15:59:59Z')).toBeUndefined();
    expect(momentFault('2100-12-31T16:00:00Z')).toBeDefined();
    expect(momentFault('9999-12-31T00:00:00Z')).toBe('must be from 2000-01-01 to 2100-12-31');
    expect(momentFault('yesterday')).toBe('must be an ISO 8601 time');
  });
});
