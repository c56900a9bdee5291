import type { FieldProblem } from './api-error';

/**
 * Characters no text of the api may hold. Tab and line feed are the only controls allowed (free
 * text has lines; single-line fields refuse them by their own rules). Refused: the other C0
 * controls (NUL, CR …), DEL and the C1 controls; the bidirectional embeddings, overrides, isolates
 * and marks, which make text read otherwise than it is stored (U+061C, U+200E–200F,
 * U+202A–202E, U+2066–2069); invisible characters that hide inside codes and names (U+180E,
 * U+200B, U+2060–2064, U+206A–206F, U+FEFF); the line and paragraph separators U+2028–2029; and
 * the interlinear annotation marks U+FFF9–FFFB. Zero-width joiners (U+200C–200D) stay: emoji
 * and some scripts need them.
 */
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/u;

/** With the u flag a surrogate only matches when it has no partner: a lone one. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a text is refused, or undefined when it is acceptable. */
export function textProblem(text: string): string | undefined {
  return textFault(text)?.reason;
}

/** Why a text is refused and the character at fault (U+200B), or undefined when it is acceptable. */
export function textFault(text: string): { reason: string; character?: string } | undefined {
  if (LONE_SURROGATE.test(text))
    return { reason: 'must not hold a lone UTF-16 surrogate (not valid Unicode)' };
  const forbidden = FORBIDDEN_CHARACTER.exec(text);
  if (forbidden) {
    const character = `U+${forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return { reason: `must not hold the control or invisible format character ${character}`, character };
  }
  return undefined;
}

/** The text as the api keeps it: Unicode NFC, so one word has one form (composed). */
export function normaliseText(text: string): string {
  return text.normalize('NFC');
}

/**
 * Applies the text rules to every string of a parsed value, keys included: each string is
 * normalised to NFC in place and each refused one is reported by its path (`participants.0.name`).
 * Iterative, so no nesting can overflow the stack. The normalised value is returned (a string
 * root cannot be changed in place).
 */
export function checkTexts(root: unknown, rootPath = ''): { value: unknown; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const check = (text: string, field: string): string => {
    const fault = textFault(text);
    if (fault !== undefined)
      problems.push({
        field: field || '(body)',
        reason: `${field || 'the text'} ${fault.reason}`,
        rule: 'text',
        ...(fault.character ? { params: { character: fault.character } } : {}),
      });
    return normaliseText(text);
  };
  if (typeof root === 'string') return { value: check(root, rootPath), problems };
  const stack: { node: object; path: string }[] = [];
  if (typeof root === 'object' && root !== null) stack.push({ node: root, path: rootPath });
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, path } = next;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const field = path ? `${path}.${key}` : key;
      if (!Array.isArray(node)) check(key, field);
      const value = record[key];
      if (typeof value === 'string') record[key] = check(value, field);
      else if (typeof value === 'object' && value !== null) stack.push({ node: value, path: field });
    }
  }
  return { value: root, problems };
}
