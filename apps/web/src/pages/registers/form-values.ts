import type { Session } from '../../session/token';

/** A list typed as text: split on commas (either width), 、, semicolons and line breaks; blanks and repeats dropped. */
export function splitList(text: string): string[] {
  const words = text
    .split(/[,，、;；\n\r]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  return [...new Set(words)];
}

/**
 * An optional number typed as text: blank is left out; what is not a number is sent as typed, so
 * that the api refuses it with its reason next to the field (nothing is converted silently).
 */
export function optionalNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** Optional text: blank is left out. */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A body without its undefined fields (the api refuses nothing for them, but keeps diffs small). */
export function defined<T extends Record<string, unknown>>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The fields of `after` that differ from `before`: what a PATCH sends ("only what differs is recorded"). */
export function changedFields<T extends Record<string, unknown>>(
  before: Partial<T>,
  after: Partial<T>,
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out;
}

/** Administrators act for any department; operators for their own (docs/security.md). */
export function actsForDepartment(session: Session | undefined, departmentId: string): boolean {
  if (!session) return false;
  if (session.roles.includes('admin')) return true;
  return session.roles.includes('operator') && session.departmentId === departmentId;
}

/** Whether the session may register and change entities: administrators and every operator. */
export function managesEntities(session: Session | undefined): boolean {
  return !!session && (session.roles.includes('admin') || session.roles.includes('operator'));
}
