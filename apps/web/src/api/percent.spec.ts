import { fractionOf, percentText } from './percent';

describe('ratios as percentages', () => {
  it('shows fractions as the percentages officials type', () => {
    expect(percentText(0.05)).toBe('5');
    expect(percentText(0.125)).toBe('12.5');
    expect(percentText(0.003)).toBe('0.3');
    expect(percentText(1)).toBe('100');
    expect(percentText(undefined)).toBe('');
  });

  it('reads typed percentages back as the fractions the api keeps', () => {
    expect(fractionOf('5')).toBe(0.05);
    expect(fractionOf(' 12.5 ')).toBe(0.125);
    expect(fractionOf('0.3')).toBe(0.003);
    expect(fractionOf('')).toBeUndefined();
    expect(fractionOf('五')).toBe('五');
  });

  it('gives back what it showed', () => {
    for (const f of [0.01, 0.05, 0.07, 0.1, 0.15, 0.3, 0.333333, 1])
      expect(fractionOf(percentText(f))).toBe(f);
  });
});
