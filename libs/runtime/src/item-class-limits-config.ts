import {
  GUIAN_ITEM_CLASS_LIMITS,
  ITEM_CLASSES,
  type ItemClass,
  type ItemClassLimits,
  KEY_ITEM_CLASS,
  type RatioBound,
} from '@app/domain';

/**
 * ITEM_CLASS_RATIO_LIMITS: each item class's yearly ratio limits, e.g. `A<=0.10,B>0.10` (the
 * default: Gui'an 第十四条 read with 第四十九条), or `none` (Yiyuan 八 and Siyang 二(二) name no
 * number). Each term is a class, `<=`, `<`, `>=` or `>`, and a ratio from 0 to 1; a class has at most
 * one upper and one lower bound; key items (class B) have no upper bound (docs/operations.md).
 */
export const ITEM_CLASS_LIMITS_VARIABLE = 'ITEM_CLASS_RATIO_LIMITS';

const TERM = /^([A-Z])(<=|<|>=|>)(0(?:\.\d{1,6})?|1(?:\.0{1,6})?)$/;
const MAX_TERMS = 2 * ITEM_CLASSES.length;

/** The limits, or the reasons the variable is wrong (each `NAME=value: reason`). */
export function readItemClassLimits(
  env: Record<string, string | undefined>,
): { limits: ItemClassLimits } | { problems: string[] } {
  const value = env[ITEM_CLASS_LIMITS_VARIABLE]?.trim();
  if (value === undefined || value === '') return { limits: GUIAN_ITEM_CLASS_LIMITS };
  if (value === 'none') return { limits: {} };
  const problem = (reason: string) => ({
    problems: [`${ITEM_CLASS_LIMITS_VARIABLE}=${JSON.stringify(value.slice(0, 80))}: ${reason}`],
  });
  const terms = value.split(',').map((term) => term.trim());
  if (terms.length > MAX_TERMS) return problem(`at most ${MAX_TERMS} terms`);
  const limits: Partial<Record<ItemClass, { min?: RatioBound; max?: RatioBound }>> = {};
  for (const term of terms) {
    const match = TERM.exec(term);
    if (!match) {
      return problem(`"${term.slice(0, 20)}" is not a class, <=, <, >= or >, and a ratio from 0 to 1`);
    }
    const [, itemClass, operator, ratio] = match;
    if (!(ITEM_CLASSES as readonly string[]).includes(itemClass)) {
      return problem(`${itemClass} is not an item class (${ITEM_CLASSES.join(', ')})`);
    }
    const side = operator.startsWith('<') ? 'max' : 'min';
    if (side === 'max' && itemClass === KEY_ITEM_CLASS) {
      return problem(`key items (class ${KEY_ITEM_CLASS}) have no upper limit (Yiyuan 八; Siyang 二(二))`);
    }
    const limit = (limits[itemClass as ItemClass] ??= {});
    if (limit[side])
      return problem(`class ${itemClass} has two ${side === 'max' ? 'upper' : 'lower'} bounds`);
    limit[side] = { ratio: Number(ratio), inclusive: operator.endsWith('=') };
  }
  for (const [itemClass, { min, max }] of Object.entries(limits)) {
    if (
      min &&
      max &&
      (min.ratio > max.ratio || (min.ratio === max.ratio && !(min.inclusive && max.inclusive)))
    ) {
      return problem(`class ${itemClass} allows no ratio`);
    }
  }
  return { limits };
}
