/** The fields of `changes` whose values differ from `current` (arrays compared by content). */
export function changedFields<T extends object>(current: T, changes: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const next = changes[key];
    if (next === undefined) continue;
    if (JSON.stringify(next) !== JSON.stringify(current[key])) out[key] = next;
  }
  return out;
}

/** The current values of the fields a change touches: events carry them so history reads as from → to. */
export function previousValues<T extends object>(current: T, changes: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(changes) as (keyof T)[]) out[key] = current[key];
  return out;
}
