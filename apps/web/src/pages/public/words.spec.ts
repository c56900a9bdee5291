import { categoryKey, itemClassKey, kindKey, methodKey } from './words';

describe('public words', () => {
  it('names the words it knows and leaves others as they are', () => {
    expect(kindKey('enterprise')).toBe('registers.kind.enterprise');
    expect(methodKey('onsite')).toBe('registers.method.onsite');
    expect(itemClassKey('B')).toBe('registers.itemClass.B');
    expect(categoryKey('ordered_to_correct')).toBe('public.category.ordered_to_correct');
    expect(categoryKey('new_category')).toBeUndefined();
  });
});
