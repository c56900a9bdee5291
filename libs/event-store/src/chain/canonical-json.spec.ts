import fc from 'fast-check';
import { canonicalize } from 'json-canonicalize';
import { canonicalJson } from './canonical-json';
import { contentJson } from './content-json';

/** Keys an event might hold: ordinary, integer-like, unicode, escapes, look-alikes of prototype names. */
const key = fc.oneof(
  fc.string(),
  fc.constantFrom('1', '10', '9', '__proto__', 'constructor', 'toString', '检查', 'a\u0000b', '\ud800', 'é'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(key, tie('value'), { maxKeys: 6 }),
  ),
})).value;

/** The reference, or its refusal. */
function reference(value: unknown): string {
  try {
    return canonicalize(value);
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}
function fast<T>(write: (value: T) => string, value: T): string {
  try {
    return write(value);
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

describe('canonical JSON, exactly as json-canonicalize writes it', () => {
  it('agrees with the reference on any value, unicode, numbers and undefined included', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(fast(canonicalJson, value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes every string as the reference does, as a value and as a key', () => {
    const texts = [
      ...Array.from({ length: 0x20 }, (_, c) => `a${String.fromCharCode(c)}b`),
      'quote " and backslash \\',
      '\u007f \u2028 \u2029 é 检查 😀',
      'lone \ud800 high',
      'lone \udfff low',
      '',
    ];
    for (const text of texts) {
      expect(canonicalJson(text)).toBe(canonicalize(text));
      expect(canonicalJson({ [text]: text, z: [text] })).toBe(canonicalize({ [text]: text, z: [text] }));
    }
  });

  it('agrees on what is not plain JSON, handing it to the reference', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200; i += 1) deep = { [`k${i % 3}`]: [deep] };
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    const parsed: unknown = JSON.parse('{"__proto__":{"x":1},"b":[1,{"z":0,"a":-0}]}');
    class Named {
      z = 1;
      a = 'x';
    }
    for (const value of [
      { at: new Date(0), n: 1 },
      { f: () => 1, s: Symbol('s'), n: NaN },
      { inf: Infinity },
      [undefined, 1e21, 1e-7, -0, 0.1 + 0.2, 2 ** 53],
      sparse,
      parsed,
      new Named(),
      deep,
      cyclic,
      'lone \udc00 surrogate',
      undefined,
    ]) {
      expect(fast(canonicalJson, value)).toBe(reference(value));
    }
  });
});

describe('the content an event hash covers, written member by member', () => {
  const hex64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
  const usual = {
    actorId: fc.string({ unit: 'binary' }),
    actorRoles: fc.array(fc.string(), { maxLength: 3 }),
    departmentId: fc.string(),
    correlationId: fc.uuid(),
    causationId: fc.uuid(),
    occurredAt: fc.string(),
    schemaVersion: fc.oneof(fc.integer(), fc.double()),
    previousHash: hex64,
  };
  const metadata = fc.oneof(
    fc.record(usual),
    // `hash` present but still undefined, as seal() hashes it.
    fc.record({ ...usual, hash: fc.constant(undefined) }),
    fc.record(
      { ...usual, hash: fc.oneof(fc.constant(undefined), hex64), via: fc.constant('service-token'), x: json },
      { requiredKeys: ['actorId'] },
    ),
  );
  const content = fc.record({
    id: fc.oneof(fc.uuid(), fc.string()),
    stream: fc.string(),
    revision: fc.oneof(fc.nat(), fc.double()),
    type: fc.string(),
    data: fc.oneof(fc.dictionary(key, json, { maxKeys: 5 }), json),
    metadata: fc.oneof(metadata, json),
  });

  it('agrees with the reference on usual and unusual events alike', () => {
    fc.assert(
      fc.property(content, (members) => {
        expect(fast(contentJson, members)).toBe(reference(members));
      }),
      { numRuns: 2000 },
    );
  });
});
