import { type FieldRule, isFieldRule } from '@app/domain';
import { type ValidationError, getMetadataStorage } from 'class-validator';
import { PATTERN_RULES } from '../registers/field-rules';
import type { FieldProblem } from './api-error';

/** What class-validator keeps of one decorator: its constraint name and its arguments. */
interface RuleMetadata {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
}

/**
 * Each refused field by its path (`participants.0.departmentId`), with the English reason, the
 * rule it breaks and the rule's limits. The errors must keep their `target` (the object
 * validated): the limits are read from its class's rules, and an empty value is told apart.
 */
export function fieldProblems(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    out.push(...problemsOf(error, field));
    if (error.children?.length) out.push(...fieldProblems(error.children, field));
  }
  return out;
}

function problemsOf(error: ValidationError, field: string): FieldProblem[] {
  const reasons = Object.entries(error.constraints ?? {});
  if (reasons.length === 0) return [];
  const target = error.target as Record<string, unknown> | undefined;
  const value = target?.[error.property];
  const rules = rulesOf(target, error.property);
  // A missing or empty value breaks several rules at once (isString, length …): one problem says so.
  if (isEmpty(value) && !reasons.some(([key]) => key === 'whitelistValidation')) {
    return [{ field, reason: reasons.map(([, reason]) => reason).join('; '), rule: 'required' }];
  }
  const bounds = boundsOf(rules);
  const out: FieldProblem[] = [];
  for (const [key, reason] of reasons) {
    if ((key === 'min' || key === 'max') && bounds) {
      // A number with both bounds is told both, once (not "at most 1" beside "at least 0").
      if (!out.some((p) => p.rule === bounds.rule)) out.push({ field, reason, ...bounds });
      continue;
    }
    out.push({
      field,
      reason,
      ...ruleOf(
        key,
        rules.find((r) => (r.name ?? r.type) === key),
      ),
    });
  }
  return out;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function rulesOf(target: object | undefined, property: string): RuleMetadata[] {
  if (!target) return [];
  const all = getMetadataStorage().getTargetValidationMetadatas(
    target.constructor,
    '',
    true,
    false,
  ) as unknown as RuleMetadata[];
  return all.filter((r) => r.propertyName === property);
}

function boundsOf(rules: RuleMetadata[]): Pick<FieldProblem, 'rule' | 'params'> | undefined {
  const min = rules.find((r) => r.name === 'min')?.constraints?.[0];
  const max = rules.find((r) => r.name === 'max')?.constraints?.[0];
  if (typeof min !== 'number' || typeof max !== 'number') return undefined;
  return min === 0 && max === 1
    ? { rule: 'ratio', params: { min, max } }
    : { rule: 'range', params: { min, max } };
}

function ruleOf(key: string, metadata: RuleMetadata | undefined): Pick<FieldProblem, 'rule' | 'params'> {
  const c = metadata?.constraints ?? [];
  switch (key) {
    case 'isLength':
      return { rule: 'isLength', params: { min: c[0], max: c[1] } };
    case 'min':
    case 'minLength':
    case 'arrayMinSize':
      return { rule: key, params: { min: c[0] } };
    case 'max':
    case 'maxLength':
    case 'arrayMaxSize':
      return { rule: key, params: { max: c[0] } };
    case 'isIn':
      return { rule: 'isIn', params: { values: c[0] } };
    case 'matches': {
      const pattern = c[0] instanceof RegExp ? c[0].source : String(c[0]);
      return { rule: PATTERN_RULES.get(pattern) ?? 'matches' };
    }
    default:
      return { rule: isFieldRule(key) ? key : ('matches' satisfies FieldRule) };
  }
}
