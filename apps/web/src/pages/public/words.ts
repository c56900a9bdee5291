import type { MessageKey } from '../../i18n/catalogue';
import {
  ENTITY_KINDS,
  INSPECTION_METHODS,
  ITEM_CLASSES,
  RESULT_CATEGORIES,
  UNRECORDED_METHOD,
  isOneOf,
} from '../../api/vocabulary';

/** Catalogue keys for the vocabulary the public sees; a word this console does not know shows as it is. */
export function kindKey(kind: string): MessageKey | undefined {
  return isOneOf(ENTITY_KINDS, kind) ? `registers.kind.${kind}` : undefined;
}

export function methodKey(method: string): MessageKey | undefined {
  if (method === UNRECORDED_METHOD) return 'registers.method.unrecorded';
  return isOneOf(INSPECTION_METHODS, method) ? `registers.method.${method}` : undefined;
}

export function itemClassKey(itemClass: string): MessageKey | undefined {
  return isOneOf(ITEM_CLASSES, itemClass) ? `registers.itemClass.${itemClass}` : undefined;
}

export function categoryKey(category: string): MessageKey | undefined {
  return isOneOf(RESULT_CATEGORIES, category) ? `public.category.${category}` : undefined;
}
