import { GUIAN_ITEM_CLASS_LIMITS } from '@app/domain';
import { loadConfig } from './app-config';
import { readItemClassLimits } from './item-class-limits-config';

const read = (value: string) => readItemClassLimits({ ITEM_CLASS_RATIO_LIMITS: value });

describe('ITEM_CLASS_RATIO_LIMITS', () => {
  it("defaults to Gui'an 第十四、四十九条: A ≤ 10%, B > 10% with no upper limit", () => {
    expect(readItemClassLimits({})).toEqual({ limits: GUIAN_ITEM_CLASS_LIMITS });
    expect(GUIAN_ITEM_CLASS_LIMITS).toEqual({
      A: { max: { ratio: 0.1, inclusive: true } },
      B: { min: { ratio: 0.1, inclusive: false } },
    });
    expect(loadConfig({}).itemClassLimits).toEqual(GUIAN_ITEM_CLASS_LIMITS);
  });

  it('takes none (Yiyuan 八 and Siyang 二(二) name no number) and bounds of each kind', () => {
    expect(read('none')).toEqual({ limits: {} });
    expect(read('A<0.05, B>=0.2,C>=0.01,C<=0.5')).toEqual({
      limits: {
        A: { max: { ratio: 0.05, inclusive: false } },
        B: { min: { ratio: 0.2, inclusive: true } },
        C: { min: { ratio: 0.01, inclusive: true }, max: { ratio: 0.5, inclusive: true } },
      },
    });
  });

  it.each([
    ['B<=0.5', /key items \(class B\) have no upper limit/],
    ['D<=0.1', /D is not an item class/],
    ['A<=1.5', /not a class/],
    ['A=0.1', /not a class/],
    ['A<=0.1,A<0.2', /two upper bounds/],
    ['C>0.3,C<0.3', /allows no ratio/],
    ['A<=0.1,'.repeat(7) + 'A<=0.1', /at most 6 terms/],
  ])('refuses %s, naming the variable and why', (value, reason) => {
    const answer = read(value);
    expect(answer).toEqual({ problems: [expect.stringMatching(reason)] });
    expect(() => loadConfig({ ITEM_CLASS_RATIO_LIMITS: value })).toThrow(/ITEM_CLASS_RATIO_LIMITS=/);
  });
});
