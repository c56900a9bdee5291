import type { FieldProblem } from '@app/contract';
import { type FieldRule, isFieldRule } from '@app/domain';
import { type ValidationError, getMetadataStorage } from 'class-validator';
import { PATTERN_RULES } from './field-rules';
import { ProblemList } from './problem-list';

/** What class-validator keeps of one decorator: its constraint name and its arguments. */
interface RuleMetadata {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
}

/**
 * Each refused field by its path (`participants.0.departmentId`), with the English reason, the
 * rule it breaks and the rule's limits, depth first as class-validator nests them; the first
 * MAX_LISTED_PROBLEMS are listed and the rest only counted. Iterative, and no work is spent on a
 * problem that will not be listed: 10,000 bad elements neither overflow the stack nor hold the loop.
 * The errors must keep their `target` (the object validated): the limits are read from its class's
 * rules, and an empty value is told apart.
 */
export function fieldProblems(errors: readonly ValidationError[], into = new ProblemList()): ProblemList {
  type Pending = { error: ValidationError; prefix: string };
  const stack: Pending[] = errors.map((error) => ({ error, prefix: '' })).reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { error, prefix } = next;
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (into.full) into.unlisted += Object.keys(error.constraints ?? {}).length;
    else for (const problem of problemsOf(error, field)) into.add(problem);
    const children = error.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ error: children[i], prefix: field });
  }
  return into;
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

/** Each DTO class's rules by property, read from class-validator's storage once per class. */
const rulesByClass = new WeakMap<object, Map<string, RuleMetadata[]>>();

function rulesOf(target: object | undefined, property: string): RuleMetadata[] {
  if (!target) return [];
  let byProperty = rulesByClass.get(target.constructor);
  if (!byProperty) {
    byProperty = new Map();
    const all = getMetadataStorage().getTargetValidationMetadatas(
      target.constructor,
      '',
      true,
      false,
    ) as unknown as RuleMetadata[];
    for (const rule of all)
      byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
    rulesByClass.set(target.constructor, byProperty);
  }
  return byProperty.get(property) ?? [];
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
