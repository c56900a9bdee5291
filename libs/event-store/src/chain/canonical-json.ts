import { canonicalize } from 'json-canonicalize';

/*
 * RFC 8785 canonical JSON, character for character what `json-canonicalize` writes (the reference
 * the hash chain was defined with, docs/adr/0016), at a fraction of its cost: no path strings, no
 * visited map, no closures per property, and strings that need no escaping copied as they are.
 * Anything but plain JSON values (a toJSON method, a function, a symbol, a bigint, a non-finite
 * number, a sparse array, nesting deeper than MAX_DEPTH, a cycle) is handed to `json-canonicalize`
 * whole, so even those come out (or fail) exactly as before. canonical-json.spec.ts holds the two
 * equal over random values.
 */

/** Deeper than any event; a cycle reaches it too, and the reference then refuses it as before. */
const MAX_DEPTH = 64;

/** A string JSON.stringify would copy between quotes unchanged: no quote, backslash, control or surrogate. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** Thrown inside to hand the whole value to the reference (made once: it never leaves this module). */
const UNUSUAL = new Error('not plain JSON');

export function canonicalJson(value: unknown): string {
  try {
    return serialize(value, 0);
  } catch (error) {
    if (error === UNUSUAL) return canonicalize(value);
    throw error;
  }
}

/** JSON.stringify of a string (as the reference writes strings and keys), without the call when it can. */
export function jsonString(text: string): string {
  return PLAIN_STRING.test(text) ? `"${text}"` : JSON.stringify(text);
}

function serialize(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'number':
      // What JSON.stringify (and so the reference) writes for a finite number.
      if (!Number.isFinite(value)) throw UNUSUAL;
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (depth >= MAX_DEPTH || (value as { toJSON?: unknown }).toJSON != null) throw UNUSUAL;
      return Array.isArray(value)
        ? array(value, depth + 1)
        : object(value as Record<string, unknown>, depth + 1);
    default:
      // undefined at the top, a function, a symbol, a bigint.
      throw UNUSUAL;
  }
}

function array(items: readonly unknown[], depth: number): string {
  let out = '[';
  for (let i = 0; i < items.length; i += 1) {
    if (i > 0) out += ',';
    const item = items[i];
    if (item === undefined) {
      // The reference writes null for undefined, and skips a hole.
      if (!(i in items)) throw UNUSUAL;
      out += 'null';
    } else {
      out += serialize(item, depth);
    }
  }
  return `${out}]`;
}

function object(members: Record<string, unknown>, depth: number): string {
  // Default sort: by UTF-16 code units, as RFC 8785 orders keys.
  const keys = Object.keys(members).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = members[key];
    if (member === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${jsonString(key)}:${serialize(member, depth)}`;
  }
  return `${out}}`;
}
