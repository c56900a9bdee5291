import type { ValidationError } from 'class-validator';
import { ApiError } from './api-error';
import { jsonDepth } from './json-body';
import { MAX_LISTED_PROBLEMS } from './problem-list';
import { MAX_ARRAY_ITEMS, checkTexts, textProblem } from './text-rules';
import { apiValidationPipe, fieldProblems, nullFields } from './validation';
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
    for (const text of ['南京市玄武区', 'a\tb\nc', '👩‍👩‍👧', '𠀀', '❤\ufe0f', '☎\ufe0e', '\ufffd'])
      expect(textProblem(text)).toBeUndefined();
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
    ['soft\u00adhyphen', /U\+00AD/],
    ['a\u034f', /U\+034F/],
    ['\u115f', /U\+115F/],
    ['\u1160', /U\+1160/],
    ['\u3164', /U\+3164/],
    ['\uffa0', /U\+FFA0/],
    ['A\ufe00', /U\+FE00/],
    ['葛\u{E0100}', /U\+E0100/],
    ['\u{E01EF}', /U\+E01EF/],
    ['\u{E0001}', /U\+E0001/],
    ['🏴\u{E0067}\u{E0062}\u{E007F}', /U\+E0067/],
    ['\ufdd0', /U\+FDD0/],
    ['\ufdef', /U\+FDEF/],
    ['\ufffe', /U\+FFFE/],
    ['\uffff', /U\+FFFF/],
    ['\u{10FFFF}', /U\+10FFFF/],
  ])('refuses %j', (text, reason) => {
    expect(textProblem(text)).toMatch(reason);
  });

  it('normalises every string to NFC and names each refused one by its path, keys too', () => {
    const body = { name: 'Cafe\u0301', list: ['ok', { note: 'a\u0000' }], ['k\u202e']: 1 };
    const { value, problems } = checkTexts(body);
    expect((value as { name: string }).name).toBe('Caf\u00e9');
    expect(problems.listed.map((p) => p.field).sort()).toEqual(['k\u202e', 'list.1.note']);
  });

  it('lists the first 100 refused strings and counts the rest', () => {
    const { problems } = checkTexts({ list: Array.from({ length: 10_000 }, () => 'a\u0000') });
    expect(problems.listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(problems.unlisted).toBe(10_000 - MAX_LISTED_PROBLEMS);
  });

  it('refuses an array longer than any DTO takes, by its field, without walking it', () => {
    const long = Array.from({ length: MAX_ARRAY_ITEMS + 1 }, () => 'a\u0000');
    const { problems } = checkTexts({
      participants: [{ itemIds: long }],
      ok: Array(MAX_ARRAY_ITEMS).fill('x'),
    });
    expect(problems.listed).toEqual([
      {
        field: 'participants.0.itemIds',
        reason: expect.stringMatching(/at most 10000 elements/) as string,
        rule: 'arrayTooLong',
        params: { max: MAX_ARRAY_ITEMS },
      },
    ]);
    expect(checkTexts(long).problems.listed).toEqual([
      {
        field: '(body)',
        reason: expect.any(String) as string,
        rule: 'arrayTooLong',
        params: { max: MAX_ARRAY_ITEMS },
      },
    ]);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(checkTexts(deep(100_000, 'a\u0000')).problems.listed).toHaveLength(1);
  });
});

describe('a 400 of many problems', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      field: `list.${i}.name`,
      reason: 'bad',
      rule: 'isString' as const,
    }));

  it('lists at most 100 in details, ending with one entry that counts the others', () => {
    const error = ApiError.invalid(many(20_000));
    const details = error.details as { field: string; reason: string }[];
    expect(details).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(details.at(-1)).toEqual({
      field: '(more)',
      reason: '19900 more problems are not listed',
      rule: 'moreProblems',
      params: { count: 19900 },
    });
    expect(error.message).toMatch(
      /^Invalid input: list\.0\.name: bad; .*list\.9\.name: bad \(and 19990 more\)$/,
    );
    expect(error.message.length).toBeLessThan(300);
  });

  it('counts problems the gatherer left out, and lists a few problems whole', () => {
    expect((ApiError.invalid(many(2), 5).details as unknown[]).at(-1)).toEqual({
      field: '(more)',
      reason: '5 more problems are not listed',
      rule: 'moreProblems',
      params: { count: 5 },
    });
    expect(ApiError.invalid(many(2))).toMatchObject({
      message: 'Invalid input: list.0.name: bad; list.1.name: bad',
      details: many(2),
    });
  });

  it('gathers the problems of 20,000 nested elements without recursion or spreading them', () => {
    const refused = (property: string, reasons: string): ValidationError => ({
      property,
      target: { [property]: 'x' },
      constraints: Object.fromEntries([...reasons].map((r) => [r, r])),
      children: [],
    });
    const errors: ValidationError[] = [
      {
        property: 'participants',
        children: Array.from({ length: 20_000 }, (_, i) => ({
          property: String(i),
          children: [refused('departmentId', 'abcd'), refused('itemIds', 'efgh')],
        })),
      },
    ];
    const problems = fieldProblems(errors);
    expect(problems.listed[0]).toMatchObject({ field: 'participants.0.departmentId', reason: 'a' });
    expect(problems.listed[4]).toMatchObject({ field: 'participants.0.itemIds', reason: 'e' });
    expect(problems.listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(problems.unlisted).toBe(160_000 - MAX_LISTED_PROBLEMS);
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
