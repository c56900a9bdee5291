/** Beijing days and times typed in forms, as the UTC instants the api compares (ISO 8601, `Z`). */

/** The first instant of a Beijing day ("YYYY-MM-DD"). */
export function beijingDayStart(day: string): string {
  return new Date(`${day}T00:00:00.000+08:00`).toISOString();
}

/** The last millisecond of a Beijing day. */
export function beijingDayEnd(day: string): string {
  return new Date(`${day}T23:59:59.999+08:00`).toISOString();
}

/** A `datetime-local` value ("YYYY-MM-DDTHH:mm[:ss]") read as Beijing time; undefined when it is not one. */
export function beijingLocalTime(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return undefined;
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  const ms = Date.parse(`${withSeconds}+08:00`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** An instant as a `datetime-local` value in Beijing time (seconds kept, so that no act is left out). */
export function toBeijingLocal(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 19);
}
