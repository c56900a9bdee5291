import { ProblemList } from './problem-list';

/**
 * Characters no text of the api may hold. Tab and line feed are the only controls allowed (free
 * text has lines; single-line fields refuse them by their own rules). Refused: the other C0
 * controls (NUL, CR …), DEL and the C1 controls; the bidirectional embeddings, overrides, isolates
 * and marks, which make text read otherwise than it is stored (U+061C, U+200E–200F,
 * U+202A–202E, U+2066–2069); invisible characters that hide inside codes and names (U+00AD soft
 * hyphen, U+034F, U+180E, U+200B, U+2060–2064, U+206A–206F, U+FEFF, the Hangul fillers U+115F,
 * U+1160, U+3164, U+FFA0, the tag characters U+E0000–E007F); the variation selectors U+FE00–FE0D and
 * U+E0100–E01EF, which give one name two spellings that look alike; the line and paragraph
 * separators U+2028–2029; the interlinear annotation marks U+FFF9–FFFB; and the noncharacters
 * (U+FDD0–FDEF, U+FFFE, U+FFFF and the last two of every plane). Zero-width joiners (U+200C–200D)
 * and the emoji presentation selectors U+FE0E–FE0F stay in free text: emoji and some scripts need
 * them (single-line fields refuse the selectors by their own rule, IsSingleLine).
 */
const FORBIDDEN_CHARACTER =
  // Controls are matched on purpose; the combining ones (U+034F, U+1160, the selectors) are listed
  // one by one, never meant to combine with the character before them in the class.
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0D\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}\p{Noncharacter_Code_Point}]/u;

/**
 * The longest array a body may hold: the largest ArrayMaxSize of any DTO (appointments of a draw,
 * 10,000; dto-shapes.spec.ts keeps them in step). A longer one is refused while the body is walked,
 * before class-validator, which would validate every element whatever ArrayMaxSize says.
 */
export const MAX_ARRAY_ITEMS = 10_000;

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
    return { reason: `must not hold the control, invisible or noncharacter ${character}`, character };
  }
  return undefined;
}

/** The text as the api keeps it: Unicode NFC, so one word has one form (composed). */
export function normaliseText(text: string): string {
  return text.normalize('NFC');
}

/**
 * Applies the text rules to every string of a parsed value, keys included: each string is
 * normalised to NFC in place and each refused one is reported by its path (`participants.0.name`);
 * an array longer than MAX_ARRAY_ITEMS is reported and not walked. Problems past
 * MAX_LISTED_PROBLEMS are counted, not listed. Iterative, so no nesting can overflow the stack.
 * The normalised value is returned (a string root cannot be changed in place).
 */
export function checkTexts(root: unknown, rootPath = ''): { value: unknown; problems: ProblemList } {
  const problems = new ProblemList();
  const check = (text: string, field: string): string => {
    const fault = textFault(text);
    if (fault !== undefined)
      problems.add({
        field: field || '(body)',
        reason: `${field || 'the text'} ${fault.reason}`,
        rule: 'text',
        ...(fault.character ? { params: { character: fault.character } } : {}),
      });
    return normaliseText(text);
  };
  if (typeof root === 'string') return { value: check(root, rootPath), problems };
  const stack: { node: object; path: string }[] = [];
  const walk = (node: object, field: string): void => {
    if (Array.isArray(node) && node.length > MAX_ARRAY_ITEMS) {
      problems.add({
        field: field || '(body)',
        reason: `${field || 'the body'} must hold at most ${MAX_ARRAY_ITEMS} elements`,
        rule: 'arrayTooLong',
        params: { max: MAX_ARRAY_ITEMS },
      });
    } else stack.push({ node, path: field });
  };
  if (typeof root === 'object' && root !== null) walk(root, rootPath);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, path } = next;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const field = path ? `${path}.${key}` : key;
      if (!Array.isArray(node)) check(key, field);
      const value = record[key];
      if (typeof value === 'string') record[key] = check(value, field);
      else if (typeof value === 'object' && value !== null) walk(value, field);
    }
  }
  return { value: root, problems };
}
