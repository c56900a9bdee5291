/** How the registers, audit and public pages write numbers and moments. */

/** A ratio (0–1) as a percentage: 0.05 → "5%", 0.125 → "12.5%". */
export function percent(ratio: number | undefined | null): string {
  if (ratio === undefined || ratio === null) return '';
  return `${Number((ratio * 100).toFixed(2))}%`;
}

const BEIJING_MS = 8 * 3600 * 1000;

/** The Beijing day of an ISO time ("YYYY-MM-DD"); a bare date stays as it is. */
export function beijingDay(iso: string | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms + BEIJING_MS).toISOString().slice(0, 10);
}

/** An ISO time as Beijing wall-clock time, "YYYY-MM-DD HH:mm:ss". */
export function beijingTime(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + BEIJING_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Today in Beijing ("YYYY-MM-DD"), from a clock reading. */
export function beijingToday(nowMs: number): string {
  return new Date(nowMs + BEIJING_MS).toISOString().slice(0, 10);
}
