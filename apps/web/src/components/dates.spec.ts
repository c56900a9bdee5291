import { beijingYear } from '@app/domain/calendar/calendar-date';
import { beijingDay, beijingTime, beijingToday } from './dates';

describe('Beijing days', () => {
  it('counts the day in UTC+8, so a late UTC evening is already tomorrow', () => {
    expect(beijingToday(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(beijingToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(beijingYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('reads the day of a recorded time, and leaves what is not a time as it is', () => {
    expect(beijingDay('2026-01-05T01:00:08.433Z')).toBe('2026-01-05');
    expect(beijingDay('not a time')).toBe('not a time');
  });

  it('reads a time in Beijing to the minute (a lottery drawn at 21:15 Beijing time)', () => {
    expect(beijingTime('2026-05-01T13:15:00.000Z')).toBe('2026-05-01 21:15');
    expect(beijingTime('2026-05-01T16:30:00.000Z')).toBe('2026-05-02 00:30');
    expect(beijingTime('not a time')).toBe('not a time');
  });
});
