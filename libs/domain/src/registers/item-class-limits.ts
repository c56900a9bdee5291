import { DomainError } from '../domain-error';
import type { ItemClass } from './vocabulary';

/** One end of a class's range of yearly ratios; `inclusive` says whether the ratio itself is allowed. */
export interface RatioBound {
  ratio: number;
  inclusive: boolean;
}

/** The range a class's yearly sampling ratio must fall in; an end left out is no limit. */
export interface ClassRatioLimit {
  min?: RatioBound;
  max?: RatioBound;
}

/** Each class's range of yearly ratios: a deployment's setting (ITEM_CLASS_RATIO_LIMITS). */
export type ItemClassLimits = Partial<Record<ItemClass, ClassRatioLimit>>;

/**
 * Key items (重点检查事项) are class B: their ratio has no upper limit in any seed (Yiyuan 八;
 * Siyang 二(二); Gui'an 第十四条 "不设上限"), so a setting may not give them one.
 */
export const KEY_ITEM_CLASS: ItemClass = 'B';

/**
 * Gui'an 第十四条: A "年度抽查比例在10%以下", B "在10%以上且不设上限"; its 第四十九条: "以下"
 * includes the number, "以上" does not. So A ≤ 10% and B > 10%. Yiyuan 八 and Siyang 二(二) name
 * no number for general items, only that they are strictly limited.
 */
export const GUIAN_ITEM_CLASS_LIMITS: ItemClassLimits = {
  A: { max: { ratio: 0.1, inclusive: true } },
  B: { min: { ratio: 0.1, inclusive: false } },
};

/** `≤ 10%`, `> 10%`: a bound as people read it (the refusal's detail). */
export function boundText(side: 'min' | 'max', bound: RatioBound): string {
  const sign = side === 'max' ? (bound.inclusive ? '≤' : '<') : bound.inclusive ? '≥' : '>';
  return `${sign} ${Number((bound.ratio * 100).toFixed(4))}%`;
}

function exceeds(ratio: number, bound: RatioBound): boolean {
  return bound.inclusive ? ratio > bound.ratio : ratio >= bound.ratio;
}

function fallsShort(ratio: number, bound: RatioBound): boolean {
  return bound.inclusive ? ratio < bound.ratio : ratio <= bound.ratio;
}

/** An item's yearly ratio, when it has one, lies within its class's limits (the deployment's setting). */
export function assertRatioFitsClass(
  definition: { itemClass: ItemClass; ratio?: number },
  limits: ItemClassLimits,
): void {
  const { itemClass, ratio } = definition;
  const limit = limits[itemClass];
  if (ratio === undefined || !limit) return;
  if (limit.max && exceeds(ratio, limit.max)) {
    const bound = boundText('max', limit.max);
    throw new DomainError(
      'ITEM_RATIO_ABOVE_CLASS_LIMIT',
      `A class ${itemClass} item's ratio must be ${bound}, not ${ratio}`,
      { itemClass, ratio, bound },
    );
  }
  if (limit.min && fallsShort(ratio, limit.min)) {
    const bound = boundText('min', limit.min);
    throw new DomainError(
      'ITEM_RATIO_BELOW_CLASS_LIMIT',
      `A class ${itemClass} item's ratio must be ${bound}, not ${ratio}`,
      { itemClass, ratio, bound },
    );
  }
}
