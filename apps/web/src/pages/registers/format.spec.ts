import { beijingDay, beijingTime, beijingToday, percent } from './format';

describe('format', () => {
  it('writes ratios as percentages', () => {
    expect(percent(0.05)).toBe('5%');
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(1 / 3)).toBe('33.33%');
    expect(percent(undefined)).toBe('');
  });

  it('writes moments in Beijing time', () => {
    expect(beijingDay('2026-03-02T17:00:00.000Z')).toBe('2026-03-03');
    expect(beijingDay('2026-03-02')).toBe('2026-03-02');
    expect(beijingTime('2026-03-03T01:00:00.001Z')).toBe('2026-03-03 09:00:00');
    expect(beijingToday(Date.parse('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(beijingTime('not a time')).toBe('not a time');
  });
});
