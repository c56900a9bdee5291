import { ApiError } from './api-error';
import { jsonDepth } from './json-body';
import { checkTexts, textProblem } from './text-rules';
import { apiValidationPipe, nullFields } from './validation';
import { DepartmentQueryShape } from './testing/department-query-shape';

/** An object nested `levels` deep, built without recursion. */
function deep(levels: number, leaf: unknown): Record<string, unknown> {
  let value: Record<string, unknown> = { a: leaf };
  for (let i = 1; i < levels; i += 1) value = { a: value };
  return value;
}

describe('jsonDepth', () => {
  it('counts nesting of objects and arrays, not brackets inside strings', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[{{{\\"[["}')).toBe(1);
    expect(jsonDepth('{"a":"\\\\"}')).toBe(1);
  });

  it('stops counting once past the limit', () => {
    expect(jsonDepth('['.repeat(1_000_000), 32)).toBe(33);
  });
});

describe('text rules', () => {
  it('takes ordinary text, tabs and line feeds', () => {
    for (const text of ['南京市玄武区', 'a\tb\nc', '👩‍👩‍👧', '𠀀']) expect(textProblem(text)).toBeUndefined();
  });

  it.each([
    ['\ud800x', /surrogate/],
    ['x\udfff', /surrogate/],
    ['a\u0000', /U\+0000/],
    ['a\r\n', /U\+000D/],
    ['\u007f', /U\+007F/],
    ['\u009b', /U\+009B/],
    ['\u202e', /U\+202E/],
    ['\u2067', /U\+2067/],
    ['\u200f', /U\+200F/],
    ['\u200b', /U\+200B/],
    ['\ufeff', /U\+FEFF/],
    ['\u2028', /U\+2028/],
  ])('refuses %j', (text, reason) => {
    expect(textProblem(text)).toMatch(reason);
  });

  it('normalises every string to NFC and names each refused one by its path, keys too', () => {
    const body = { name: 'Cafe\u0301', list: ['ok', { note: 'a\u0000' }], ['k\u202e']: 1 };
    const { value, problems } = checkTexts(body);
    expect((value as { name: string }).name).toBe('Caf\u00e9');
    expect(problems.map((p) => p.field).sort()).toEqual(['k\u202e', 'list.1.note']);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(checkTexts(deep(100_000, 'a\u0000')).problems).toHaveLength(1);
  });
});

describe('the validation pipe', () => {
  it('lists null fields 100,000 levels deep without overflowing the stack', () => {
    expect(nullFields(deep(100_000, null))).toEqual(['a'.repeat(100_000).split('').join('.')]);
    expect(nullFields({ a: null, b: { c: null, d: [null, { e: null }] }, f: null })).toEqual([
      'a',
      'b.c',
      'b.d.1.e',
      'f',
    ]);
  });

  it('refuses a null within the depth a body may have', async () => {
    const refusal: unknown = await apiValidationPipe()
      .transform({ a: null }, { type: 'body', metatype: DepartmentQueryShape })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).details).toEqual([
      { field: 'a', reason: expect.stringMatching(/null/) as string, rule: 'notNull' },
    ]);
  });

  it('applies the text rules to queries and paths, not to bodies (the parser did)', async () => {
    const pipe = apiValidationPipe();
    await expect(pipe.transform('a\u202eb', { type: 'param', data: 'id' })).rejects.toMatchObject({
      details: [{ field: 'id' }],
    });
    await expect(pipe.transform('Cafe\u0301', { type: 'query', data: 'format' })).resolves.toBe('Caf\u00e9');
  });
});
