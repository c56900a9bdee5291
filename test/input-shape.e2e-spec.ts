import { randomUUID } from 'node:crypto';
import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import { ApiHarness, type ErrorAnswer, admin, matching, staff } from './support/api-harness';
import { initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';

/*
 * Bodies of the wrong shape and text the api does not keep: each is refused with 400 (or, for a
 * task already stored in the wrong shape, 409) and the error body; none is a 5xx.
 */
const operator = staff('scjg', ['operator']);

const nested = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('input shape: bodies, lists and text', () => {
  const api = new ApiHarness();
  let items: Record<string, string>;

  beforeAll(async () => {
    await api.start();
    items = await setUpDepartments(api);
  });
  afterAll(() => api.stop());

  const raw = (path: string, body: string | Uint8Array) =>
    api.call<ErrorAnswer>('POST', path, {
      as: operator,
      headers: { 'content-type': 'application/json' },
      rawBody: body,
    });

  const taskBody = (extra: Record<string, unknown> = {}) => ({
    adhocReason: '专项检查',
    name: '抽查',
    participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
    itemIds: [items.scjg],
    criteria: {},
    sampling: { ratio: 0.1 },
    window: { from: '2026-06-01', to: '2026-06-30' },
    ...extra,
  });

  const fieldsOf = (answer: { body: ErrorAnswer }): string[] =>
    ((answer.body.details ?? []) as { field: string }[]).map((p) => p.field);

  describe('deep bodies', () => {
    it('refuses 100,000 levels of nesting with 400 BODY_TOO_DEEP, before parsing', async () => {
      const answer = await raw('/api/tasks', nested(100_000));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statusCode: 400, code: 'BODY_TOO_DEEP' });
    });

    it('refuses deep arrays too, and takes brackets inside strings as text', async () => {
      expect((await raw('/api/tasks', '['.repeat(40) + ']'.repeat(40))).body.code).toBe('BODY_TOO_DEEP');
      const bracketsInText = await api.call<ErrorAnswer>('POST', '/api/tasks', {
        as: operator,
        body: taskBody({ name: '['.repeat(100) }),
      });
      expect(bracketsInText.status).not.toBe(400);
    });
  });

  describe('bytes and text', () => {
    it('refuses a body that is not UTF-8 with 400 BODY_NOT_UTF8 (no silent U+FFFD)', async () => {
      const bytes = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
      const answer = await raw('/api/departments', new Uint8Array(bytes));
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('BODY_NOT_UTF8');
    });

    it.each([
      ['a lone surrogate', '\ud800x', /surrogate/],
      ['NUL', 'a\u0000b', /U\+0000/],
      ['a right-to-left override', 'abc\u202Efdp.exe', /U\+202E/],
      ['a bidi isolate', '\u2066x', /U\+2066/],
      ['a carriage return', 'a\rb', /U\+000D/],
      ['a C1 control', 'a\u0085b', /U\+0085/],
    ])('refuses %s with 400 naming the field', async (_what, text, reason) => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/tasks', {
        as: operator,
        body: taskBody({ participants: [{ departmentId: 'xf', itemIds: [items.xf] }], adhocReason: text }),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.details).toEqual([
        {
          field: 'adhocReason',
          reason: matching(reason),
          rule: 'text',
          // The character at fault, for the message (a lone surrogate is no character to name).
          ...(_what !== 'a lone surrogate' ? { params: { character: matching(/^U\+[0-9A-F]{4}$/) } } : {}),
        },
      ]);
    });

    it('names the path of a refused text inside lists and objects', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/tasks', {
        as: operator,
        body: taskBody({ participants: [{ departmentId: 'xf', itemIds: ['\u0000'] }] }),
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['participants.0.itemIds.0']);
    });

    it('takes line breaks and tabs in free text, not in names', async () => {
      const tabbed = await api.call<ErrorAnswer>('POST', '/api/departments', {
        as: admin,
        body: { id: 'tab', name: '\t=HYPERLINK("x")', regionCode: '320102' },
      });
      expect(tabbed.status).toBe(400);
      expect(fieldsOf(tabbed)).toEqual(['name']);
      const id = await initiateTask(api, items, { adhocReason: '第一行\n第二行\t附注' });
      const task = await api.call<{ adhocReason: string }>('GET', `/api/tasks/${id}`, { as: operator });
      expect(task.body.adhocReason).toBe('第一行\n第二行\t附注');
    });

    it('keeps text in NFC: a decomposed name is stored composed', async () => {
      const answer = await api.call('POST', '/api/departments', {
        as: admin,
        body: { id: 'nfc', name: 'Cafe\u0301 部门', regionCode: '320102' },
      });
      expect(answer.status).toBe(201);
      const shown = await api.call<{ name: string }>('GET', '/api/departments/nfc', { as: operator });
      expect(shown.body.name).toBe('Caf\u00e9 部门');
    });

    it('applies the text rules to query strings', async () => {
      const answer = await api.call<ErrorAnswer>('GET', `/api/entities?q=${encodeURIComponent('a\u202Eb')}`, {
        as: operator,
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['q']);
    });

    it('refuses a query parameter given twice, in a query object and as a single parameter', async () => {
      for (const path of ['/api/entities?q=a&q=b&limit=5', '/api/visits?entityId=1&entityId=2']) {
        const answer = await api.call<ErrorAnswer>('GET', path, { as: operator });
        expect(answer.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(fieldsOf(answer)).toEqual([path.includes('visits') ? 'entityId' : 'q']);
      }
    });
  });

  describe('codes keep to their alphabet', () => {
    const product = (code: string) => ({
      code,
      name: '儿童玩具',
      kind: 'product',
      address: '南京',
      regionCode: '320102',
      industryCode: 'C2450',
      creditRisk: 'B',
    });

    it('refuses a Cyrillic А in a product code, so PRODUCT-А1 cannot stand beside PRODUCT-A1', async () => {
      expect(
        (await api.call('POST', '/api/entities', { as: operator, body: product('PRODUCT-A1') })).status,
      ).toBe(201);
      const lookalike = await api.call<ErrorAnswer>('POST', '/api/entities', {
        as: operator,
        body: product('PRODUCT-\u04101'),
      });
      expect(lookalike.status).toBe(400);
      expect(fieldsOf(lookalike)).toEqual(['code']);
    });

    it('refuses look-alike letters in ids, certificate numbers and tags', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/inspectors', {
        as: operator,
        body: {
          departmentId: 'scjg',
          name: '李四',
          idCardNumber: '11010519491231002X',
          category: 'certified',
          certificateNo: '32010200\u04301',
          regionCode: '320102',
          specialties: ['食品安全', 'fооd'],
        },
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(expect.arrayContaining(['certificateNo', 'specialties']));
    });
  });

  describe('lists', () => {
    it('refuses strings in place of the criteria lists with 400 naming each', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/tasks', {
        as: operator,
        body: taskBody({ criteria: { kinds: 'enterprise', regionCodes: '320102' } }),
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(expect.arrayContaining(['criteria.kinds', 'criteria.regionCodes']));
    });

    it('refuses a list where an object belongs', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/tasks', {
        as: operator,
        body: taskBody({ criteria: [], window: [] }),
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(expect.arrayContaining(['criteria', 'window']));
    });

    it('refuses a huge list with 400, not 5xx', async () => {
      const regionCodes = Array.from({ length: 100_000 }, (_, n) => String(100000 + n));
      const answer = await api.call<ErrorAnswer>('POST', '/api/tasks', {
        as: operator,
        body: taskBody({ criteria: { regionCodes } }),
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toContain('criteria.regionCodes');
    });

    it('refuses a result naming one item twice', async () => {
      const finding = { itemId: items.scjg, finding: '合格', compliant: true };
      const answer = await api.call<ErrorAnswer>('POST', `/api/tasks/${randomUUID()}/results`, {
        as: staff('scjg', ['inspector']),
        body: {
          entityId: sampleCreditCode(1),
          category: 'no_issue_found',
          method: 'onsite',
          itemFindings: [finding, { ...finding, finding: '不合格', compliant: false }],
          inspectedOn: '2026-06-02',
        },
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['itemFindings']);
    });

    it('answers 409 TASK_CRITERIA_MALFORMED, not 500, for a stored task whose criteria are strings', async () => {
      const valid = await initiateTask(api, items);
      const [initiated] = await api.streamEvents(`inspectionTask-${valid}`);
      const taskId = randomUUID();
      await api.stores.events.appendToStream(
        `inspectionTask-${taskId}`,
        [
          {
            type: initiated.type,
            data: {
              ...(initiated.data as Record<string, unknown>),
              taskId,
              criteria: { kinds: 'enterprise', regionCodes: '320102' },
            },
            metadata: initiated.metadata,
          },
        ],
        { expectedRevision: 'no_stream' },
      );
      const draw = await api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/draws/entities`, {
        as: leadOperator,
        body: {},
      });
      expect(draw.status).toBe(409);
      expect(draw.body).toMatchObject({
        code: 'TASK_CRITERIA_MALFORMED',
        details: { fields: ['kinds', 'regionCodes'] },
      });
      // It can still be cancelled, and initiated again with lists.
      const cancel = await api.call('POST', `/api/tasks/${taskId}/cancel`, {
        as: leadOperator,
        body: { reason: '条件有误' },
      });
      expect(cancel.status).toBe(200);
    });
  });

  describe('imports', () => {
    it('refuses a row whose cells hold controls, naming the row and column', async () => {
      const header = 'code,name,kind,address,regionCode,industryCode,creditRisk';
      const row = (code: string, name: string) => `${code},${name},企业,南京,320102,H6210,B`;
      const csv = [
        header,
        row(sampleCreditCode(7), '南京\u202E公司'),
        row(sampleCreditCode(8), '南京公司'),
      ].join('\r\n');
      const answer = await api.upload<{ created: number; rejected: number; errors: unknown[] }>(
        '/api/entities/import',
        operator,
        { name: 'entities.csv', content: csv, type: 'text/csv' },
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ created: 1, rejected: 1 });
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          row: 2,
          field: 'name',
          reason: expect.stringMatching(/U\+202E/) as string,
        }),
      ]);
    });
  });
});
