/** A fraction as a percentage with one decimal ("74.6%"); "—" when there is nothing to divide by. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** part / whole, or null when the whole is 0 (as the api's rates). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
