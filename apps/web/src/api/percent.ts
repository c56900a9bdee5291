/**
 * Ratios in the console are percentages, as officials write them ("5" for 5%); the api keeps them
 * as fractions from 0 to 1. These two convert at the form's edge, so no page shows "0.05".
 */

/** A fraction as the percentage typed in a form: 0.05 → "5", 0.125 → "12.5"; blank when absent. */
export function percentText(fraction: number | undefined | null): string {
  if (fraction === undefined || fraction === null) return '';
  return String(Number((fraction * 100).toFixed(4)));
}

/**
 * A typed percentage as the api's fraction: "5" → 0.05; blank → undefined. What is not a number
 * is given back as typed, so the api refuses it with its reason beside the field.
 */
export function fractionOf(percent: string): number | string | undefined {
  const typed = percent.trim();
  if (typed === '') return undefined;
  const value = Number(typed);
  return Number.isFinite(value) ? Number((value / 100).toFixed(6)) : typed;
}
