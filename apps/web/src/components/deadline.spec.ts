import { beijingDate } from '@app/domain/calendar/calendar-date';
import { deadlineSpan, deadlineTone, horizonOf } from './deadline';

describe('deadlines', () => {
  it('counts days in Beijing time', () => {
    expect(beijingDate(Date.parse('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(beijingDate(Date.parse('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('counts the working days left before a deadline, or those it is overdue by', () => {
    expect(deadlineSpan('2026-03-02', '2026-03-05')).toEqual({
      kind: 'left',
      from: '2026-03-02',
      to: '2026-03-05',
    });
    expect(deadlineSpan('2026-03-09', '2026-03-05')).toEqual({
      kind: 'overdue',
      from: '2026-03-05',
      to: '2026-03-09',
    });
    expect(deadlineSpan('2026-03-05', '2026-03-05')).toEqual({ kind: 'today' });
  });

  it('warns two working days ahead', () => {
    expect(deadlineTone('left', 5)).toBe('ok');
    expect(deadlineTone('left', 2)).toBe('warn');
    expect(deadlineTone('today', 0)).toBe('warn');
    expect(deadlineTone('overdue', 1)).toBe('bad');
  });

  it('looks far enough ahead for every deadline owed now', () => {
    expect(horizonOf('2026-11-26')).toBe('2027-12-31');
    expect(horizonOf('2028-02-28', 1)).toBe('2028-02-29');
  });
});
