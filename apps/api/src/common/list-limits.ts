import { getMetadataStorage } from 'class-validator';

/** What class-validator keeps of one decorator, as far as the longest list is concerned. */
interface RuleMetadata {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
  groups?: string[];
}

/** Each DTO class's longest list by property (an unconditional ArrayMaxSize), read once a class. */
const longestByClass = new WeakMap<object, Map<string, number>>();

function longestLists(type: abstract new (...args: never[]) => unknown): Map<string, number> {
  let longest = longestByClass.get(type);
  if (longest) return longest;
  const rules = getMetadataStorage().getTargetValidationMetadatas(
    type,
    '',
    true,
    false,
  ) as unknown as RuleMetadata[];
  // A property whose rules apply only sometimes (ValidateIf, groups) is left whole.
  const conditional = new Set(
    rules
      .filter((r) => r.type === 'conditionalValidation' || (r.groups?.length ?? 0) > 0)
      .map((r) => r.propertyName),
  );
  longest = new Map();
  for (const rule of rules) {
    const max = rule.constraints?.[0];
    if (rule.name !== 'arrayMaxSize' || rule.each || typeof max !== 'number') continue;
    if (!conditional.has(rule.propertyName)) longest.set(rule.propertyName, max);
  }
  longestByClass.set(type, longest);
  return longest;
}

/**
 * The body with each list longer than its DTO takes (ArrayMaxSize) cut to one element past the
 * limit, or the body itself where none is. ArrayMaxSize refuses such a list whatever its length,
 * but class-validator converts and checks each of its elements first: 10,000 hostile elements in a
 * list of at most 200 cost a request about fifty times what the refusal needs. The cut body is
 * only ever refused (validation.ts checks a body whole should it pass); the elements past the cut
 * are not checked, and the refusal's `(more)` count does not include them.
 */
export function cutPastListLimits(body: unknown, type: unknown): unknown {
  if (typeof type !== 'function' || typeof body !== 'object' || body === null || Array.isArray(body))
    return body;
  let cut: Record<string, unknown> | undefined;
  for (const [property, max] of longestLists(type as abstract new (...args: never[]) => unknown)) {
    const list = (body as Record<string, unknown>)[property];
    if (!Array.isArray(list) || list.length <= max + 1) continue;
    cut ??= { ...(body as Record<string, unknown>) };
    cut[property] = list.slice(0, max + 1);
  }
  return cut ?? body;
}
