/** The chosen values after one box is ticked (added at the end) or cleared. */
export function toggled<V extends string>(chosen: readonly V[], value: V, on: boolean): V[] {
  return on ? (chosen.includes(value) ? [...chosen] : [...chosen, value]) : chosen.filter((x) => x !== value);
}
