/** JSON with object keys sorted: values equal in content serialise alike whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

/**
 * The fields of `changes` whose values differ from `current` (arrays compared by content and
 * order, objects by content whatever their key order).
 */
export function changedFields<T extends object>(current: T, changes: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const next = changes[key];
    if (next === undefined) continue;
    if (!sameContent(next, current[key])) out[key] = next;
  }
  return out;
}

/**
 * Equal in canonical JSON. A string, a boolean or a finite number serialises alike only with itself
 * (and 0 with -0, as === has it), so those are compared directly: a re-import compares every field.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  const primitive =
    typeof a === 'string' || typeof a === 'boolean' || (typeof a === 'number' && Number.isFinite(a));
  return primitive ? a === b : canonicalJson(a) === canonicalJson(b);
}

/** The current values of the fields a change touches: events carry them so history reads as from → to. */
export function previousValues<T extends object>(current: T, changes: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(changes) as (keyof T)[]) out[key] = current[key];
  return out;
}
