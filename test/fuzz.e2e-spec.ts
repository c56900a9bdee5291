import { ROLES } from '@app/domain';
import fc from 'fast-check';
import { ApiHarness, type ErrorAnswer, staff } from './support/api-harness';

/*
 * Random bodies and ids against every route of the OpenAPI document, as a caller the route lets
 * through: unknown fields, wrong types, nulls, unicode, injection-looking strings, huge and odd
 * numbers, dates out of range. The api never fails (no 5xx), never hangs, and answers every
 * refusal with the stable error body and an UPPER_SNAKE code. Then, over every route that takes a
 * body: bodies nested 100,000 deep, bytes that are not UTF-8, lone surrogates and controls, strings
 * in place of every list, and lists of 100,000 items.
 */
const nasty = fc.oneof(
  fc.constantFrom(
    "'; DROP TABLE events; --",
    '{"$gt": ""}',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '\u0000',
    '\ud800x',
    'abc\u202Efdp.exe',
    '\t=cmd',
    'PRODUCT-\u04101',
    '𠀀'.repeat(300),
    '2026-02-30',
    '9999-99-99',
    '-1',
    'NaN',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1e308, 1e308, 0.1),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(nasty, fc.constantFrom('id', 'entityId', 'taskId', 'window', 'itemIds', '__proto__')),
      tie('any'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).any;

describe('fuzzing every route with random bodies and ids', () => {
  const api = new ApiHarness();
  let routes: { method: string; path: string }[] = [];

  beforeAll(async () => {
    await api.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000' });
    const doc = (await (await fetch(`${api.base}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => api.stop());

  it('never answers 5xx, and refuses with a stable code', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(routes.length - 1),
        fc.constantFrom(...ROLES),
        fc.oneof(nasty, fc.uuid()),
        value,
        async (index, role, id, body) => {
          const { method, path } = routes[index];
          // A lone surrogate cannot be put in a URL: it goes as U+FFFD.
          const segment = encodeURIComponent(String(id).replace(/\p{Cs}/gu, '\uFFFD'));
          const url = path.replace(/\{[^}]+\}/g, segment || 'x');
          const answer = await api.call<ErrorAnswer>(method, url, {
            as: staff('scjg', [role]),
            ...(method === 'GET' ? {} : { body }),
          });
          if (answer.status >= 500)
            failures.push(`${method} ${url} ${JSON.stringify(body)}: ${answer.status}`);
          if (answer.status >= 400 && !/^[A-Z][A-Z0-9_]*$/.test(answer.body?.code ?? '')) {
            failures.push(`${method} ${url}: ${answer.status} without a code`);
          }
        },
      ),
      { numRuns: 1500 },
    );
    expect(failures).toEqual([]);
  }, 120_000);
});

/** Every list field of the api's bodies, to give as a string or as a huge list. */
