import fc from 'fast-check';
import { canonicalJson, changedFields, sameContent } from './changed-fields';

describe('changed fields', () => {
  it('compares as canonical JSON does, primitives directly', () => {
    const value = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.double(),
      fc.constantFrom(0, -0, NaN, Infinity, -Infinity, null, '0', 'null', 'true'),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 2 }), fc.integer(), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameContent(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameContent(a, a)).toBe(true);
      }),
    );
  });

  it('names the fields that differ, objects whatever their key order, arrays by content and order', () => {
    const current = { name: '甲', tags: ['a', 'b'], place: { x: 1, y: 2 }, count: 0 };
    expect(
      changedFields(current, { name: '甲', tags: ['a', 'b'], place: { y: 2, x: 1 }, count: -0 }),
    ).toEqual({});
    expect(changedFields(current, { name: '乙', tags: ['b', 'a'], count: 1 })).toEqual({
      name: '乙',
      tags: ['b', 'a'],
      count: 1,
    });
  });
});
