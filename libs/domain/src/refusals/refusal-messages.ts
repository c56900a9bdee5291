import { API_REFUSALS } from './api-refusals';
import { DOMAIN_REFUSALS } from './domain-refusals';
import { FIELD_RULES, isFieldRule } from './field-rules';
import { type Bilingual, type Namers, type RefusalLocale, fillTemplate } from './message-template';

export type { Namers };

/** Every code the api can answer with, and its words (the domain's rules and the api's own). */
export const REFUSALS: Readonly<Record<string, Bilingual>> = { ...DOMAIN_REFUSALS, ...API_REFUSALS };

/** The refusal in the reader's language, or undefined for a code the catalogue lacks. */
export function refusalMessage(
  locale: RefusalLocale,
  code: string,
  details: unknown,
  namers: Namers = {},
): string | undefined {
  const words = Object.prototype.hasOwnProperty.call(REFUSALS, code) ? REFUSALS[code] : undefined;
  if (!words) return undefined;
  const values = typeof details === 'object' && details !== null && !Array.isArray(details) ? details : {};
  return fillTemplate(words[locale], values as Record<string, unknown>, locale, namers);
}

/** Why a field was refused, in the reader's language, or undefined for a rule the catalogue lacks. */
export function fieldRuleMessage(
  locale: RefusalLocale,
  rule: string,
  params: Record<string, unknown> = {},
): string | undefined {
  return isFieldRule(rule) ? fillTemplate(FIELD_RULES[rule][locale], params, locale) : undefined;
}
