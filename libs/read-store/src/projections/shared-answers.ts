import { deepFreeze } from '@app/event-store';

/** Answers the read cache hands to many callers, and their JSON once someone asked for it. */
const shared = new WeakMap<object, { json?: Buffer }>();

/**
 * Freezes an answer to its depth and marks it as shared: it can no longer change, so its JSON
 * is the same every time and is made at most once (serialisedAnswer).
 */
export function shareAnswer<T>(answer: T): T {
  deepFreeze(answer);
  if (answer !== null && typeof answer === 'object' && !shared.has(answer)) shared.set(answer, {});
  return answer;
}

/**
 * The UTF-8 JSON of a shared answer (JSON.stringify's text, made on the first call and kept as
 * long as the answer is); undefined for any other value, which the caller serialises itself.
 */
export function serialisedAnswer(value: unknown): Buffer | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const entry = shared.get(value);
  if (!entry) return undefined;
  entry.json ??= Buffer.from(JSON.stringify(value));
  return entry.json;
}
