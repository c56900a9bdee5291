import { DomainError } from '../domain-error';
import { GUIAN_ITEM_CLASS_LIMITS, assertRatioFitsClass, boundText } from './item-class-limits';

function refusal(run: () => void): DomainError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('item class limits', () => {
  it('names the bound as people read it', () => {
    expect(boundText('max', { ratio: 0.1, inclusive: true })).toBe('≤ 10%');
    expect(boundText('max', { ratio: 0.1, inclusive: false })).toBe('< 10%');
    expect(boundText('min', { ratio: 0.125, inclusive: true })).toBe('≥ 12.5%');
    expect(boundText('min', { ratio: 0.1, inclusive: false })).toBe('> 10%');
  });

  it('refuses with the class, the ratio and the bound in its detail', () => {
    const error = refusal(() =>
      assertRatioFitsClass({ itemClass: 'A', ratio: 0.2 }, GUIAN_ITEM_CLASS_LIMITS),
    );
    expect(error?.code).toBe('ITEM_RATIO_ABOVE_CLASS_LIMIT');
    expect(error?.details).toEqual({ itemClass: 'A', ratio: 0.2, bound: '≤ 10%' });
  });

  it('keeps each bound inclusive or exclusive as set', () => {
    const strict = {
      A: { max: { ratio: 0.1, inclusive: false } },
      B: { min: { ratio: 0.1, inclusive: true } },
    };
    expect(refusal(() => assertRatioFitsClass({ itemClass: 'A', ratio: 0.1 }, strict))?.code).toBe(
      'ITEM_RATIO_ABOVE_CLASS_LIMIT',
    );
    expect(refusal(() => assertRatioFitsClass({ itemClass: 'B', ratio: 0.1 }, strict))).toBeUndefined();
    expect(refusal(() => assertRatioFitsClass({ itemClass: 'B', ratio: 0.0999 }, strict))?.code).toBe(
      'ITEM_RATIO_BELOW_CLASS_LIMIT',
    );
  });
});
