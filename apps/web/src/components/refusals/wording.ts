import { type Namers, fieldRuleMessage, refusalMessage } from '@app/domain/refusals/refusal-messages';
import { fieldProblems } from '../../api/client';
import { type Locale, catalogue } from '../../i18n/catalogue';

/** What a refusal is, as the api answered it (ApiFailure's fields). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

/**
 * A refusal in the reader's words, from the catalogue beside the codes (libs/domain/src/refusals):
 * departments named by their names, roles by their titles. A 400 listing field problems is said
 * as "correct the entries shown"; each problem is worded by problemWords. The api's own English
 * message stays the fallback for a code the catalogue lacks (the catalogue test keeps that empty).
 */
export function refusalWords(locale: Locale, refusal: Refusal, namers: Namers = {}): string {
  const code =
    refusal.status === 400 && fieldProblems(refusal.details).length > 0 ? 'VALIDATION_FAILED' : refusal.code;
  return refusalMessage(locale, code, refusal.details, namers) ?? refusal.message;
}

/**
 * What a refusal of one field or cell is worded from: a field rule and its limits, or a refused
 * act's code and details; `reason` (the api's English) is the fallback. A ProblemAtField
 * (api/client.ts) and an import's RowProblem are such.
 */
export interface ProblemReason {
  reason: string;
  rule?: string;
  params?: Record<string, unknown>;
  code?: string;
  details?: unknown;
}

/** Why a field was refused, in the reader's words (without the field's name). */
export function problemWords(locale: Locale, problem: ProblemReason, namers: Namers = {}): string {
  if (problem.rule) {
    const words = fieldRuleMessage(locale, problem.rule, problem.params);
    if (words) return words;
  }
  if (problem.code) return refusalMessage(locale, problem.code, problem.details, namers) ?? problem.reason;
  return problem.reason;
}

/**
 * The field as the form names it: the form's own label for the path (or for the path without its
 * list positions), else the shared table (i18n/messages/fields.ts) by that path or by its last name.
 */
export function fieldLabel(
  locale: Locale,
  path: string,
  labels: Readonly<Record<string, string>> = {},
): string {
  const general = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  const last = general.split('.').pop() ?? general;
  const table = catalogue[locale];
  return labels[path] ?? labels[general] ?? table[`fields.${general}`] ?? table[`fields.${last}`] ?? path;
}

/** A problem listed away from its control: "名称：请填写此项。" */
export function listedProblem(
  locale: Locale,
  problem: ProblemReason & { field: string },
  labels: Readonly<Record<string, string>> = {},
  namers: Namers = {},
): string {
  const separator = locale === 'zh' ? '：' : ': ';
  return `${fieldLabel(locale, problem.field, labels)}${separator}${problemWords(locale, problem, namers)}`;
}
