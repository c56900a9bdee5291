import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';
import { checkItemBody, creditCode } from './support/task-fixtures';

/*
 * The export for the national enterprise credit publicity system (docs/exchange.md): results published
 * in a period, one row each in the system's layout, as CSV and XLSX. The task up to its published
 * results is scripted into the log (the deciders refuse windows in the past); the directory, the
 * departments and the items are registered over HTTP.
 */
const at = (date: string) => `${date}T02:00:00.000Z`;
const HEADER = [
  '企业名称',
  '统一社会信用代码',
  '检查实施机关',
  '抽查事项',
  '检查日期',
  '检查结果',
  '公示日期',
];

describe('exchange: results for the national publicity system', () => {
  const api = new ApiHarness();
  const scjgOperator = staff('scjg', ['operator']);
  const xfOperator = staff('xf', ['operator']);
  const auditor = staff('audit', ['auditor']);
  const inspector = staff('scjg', ['inspector']);
  const taskId = randomUUID();
  const codes = [creditCode(701), creditCode(702), creditCode(703)];
  const items: Record<string, string> = {};

  const append = (type: string, data: Record<string, unknown>, day: string) =>
    api.stores.events.appendToStream(
      `inspectionTask-${taskId}`,
      [
        {
          type,
          data: { taskId, ...data },
          metadata: {
            actorId: 'script',
            actorRoles: ['operator'],
            departmentId: 'scjg',
            correlationId: randomUUID(),
            causationId: randomUUID(),
            occurredAt: at(day),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 'any' },
    );
  const published = (entityId: string, departmentId: string, category: string, publishedOn: string) =>
    append(
      'ResultPublished',
      {
        entityId,
        departmentId,
        result: {
          category,
          method: 'onsite',
          itemFindings: [{ itemId: items[departmentId], compliant: category === 'no_issue_found' }],
          inspectedOn: '2026-08-18',
        },
        publishedOn,
        due: { date: '2026-09-18', provisional: false, unknownYears: [] },
        late: false,
      },
      publishedOn,
    );
  const csvRows = async (query: string, as = admin) => {
    const answer = await api.download(`/api/exchange/results.csv?${query}`, as);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = answer.bytes.toString('utf8').slice(1);
    return text
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
  };
  const xlsxRows = async (query: string, as = admin) => {
    const answer = await api.download(`/api/exchange/results.xlsx?${query}`, as);
    expect(answer.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(answer.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('抽查检查结果')!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as string[]).slice(1)));
    return rows;
  };

  beforeAll(async () => {
    await api.start();
    const names: Record<string, string> = { scjg: '某县市场监督管理局', xf: '某县消防救援大队' };
    for (const d of ['scjg', 'xf']) {
      await api.call('POST', '/api/departments', {
        as: admin,
        body: { id: d, name: names[d], regionCode: '320100' },
      });
      const item = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: staff(d, ['operator']),
        body: checkItemBody(d, d === 'scjg' ? '食品经营许可检查' : '消防安全检查'),
      });
      items[d] = item.body.id;
    }
    for (const [n, code] of codes.entries()) {
      const answer = await api.call('POST', '/api/entities', {
        as: scjgOperator,
        body: {
          code,
          name: n === 2 ? '=HYPERLINK("x"),示例公司' : `示例餐饮有限公司${n + 1}`,
          kind: 'enterprise',
          address: '南京市玄武区中山路1号',
          regionCode: '320102',
          industryCode: 'H6210',
          tags: [],
          creditRisk: 'B',
        },
      });
      expect(answer.status).toBe(201);
    }
    const window = { from: '2026-08-17', to: '2026-08-21' };
    await append(
      'InspectionTaskInitiated',
      {
        adhocReason: '专项',
        name: '食品经营抽查',
        leadDepartmentId: 'scjg',
        participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
        itemIds: [items.scjg],
        criteria: {},
        sampling: { ratio: 0.1 },
        window,
        seedCommitment: '00'.repeat(32),
        responseDue: { date: window.from, provisional: false, unknownYears: [] },
      },
      '2026-08-10',
    );
    await append(
      'InspectionTaskLocked',
      {
        teams: Object.fromEntries(codes.map((c) => [c, { members: [] }])),
        window,
        leadDepartmentId: 'scjg',
        departmentIds: ['scjg', 'xf'],
        itemIds: [items.scjg, items.xf],
      },
      '2026-08-14',
    );
    await published(codes[0], 'scjg', 'no_issue_found', '2026-08-31');
    await published(codes[1], 'scjg', 'ordered_to_correct', '2026-09-02');
    await published(codes[0], 'xf', 'info_not_publicized', '2026-09-03');
    await published(codes[2], 'scjg', 'unreachable_at_registered_address', '2027-01-05');
    await api.stores.projections.waitFor(await api.head(), 5000, [
      'publicDisclosures',
      'entities',
      'departments',
      'checkItems',
    ]);
  });
  afterAll(() => api.stop());

  it('given results published, then the CSV has one row each in the national layout and wording, oldest first', async () => {
    expect(await csvRows('from=2026-08-01&to=2026-12-31')).toEqual([
      HEADER,
      [
        '示例餐饮有限公司1',
        codes[0],
        '某县市场监督管理局',
        '食品经营许可检查',
        '2026-08-18',
        '未发现问题',
        '2026-08-31',
      ],
      [
        '示例餐饮有限公司2',
        codes[1],
        '某县市场监督管理局',
        '食品经营许可检查',
        '2026-08-18',
        '发现问题，依法责令立即改正或者限期改正',
        '2026-09-02',
      ],
      [
        '示例餐饮有限公司1',
        codes[0],
        '某县消防救援大队',
        '消防安全检查',
        '2026-08-18',
        '未按规定公示应当公示的信息',
        '2026-09-03',
      ],
    ]);
  });

  it('the XLSX holds the same rows; a name that reads as a formula is kept as text', async () => {
    expect(await xlsxRows('from=2026-08-01&to=2026-12-31')).toEqual(
      await csvRows('from=2026-08-01&to=2026-12-31'),
    );
    const january = await xlsxRows('from=2027-01-01&to=2027-01-31');
    expect(january).toEqual([
      HEADER,
      [
        `'=HYPERLINK("x"),示例公司`,
        codes[2],
        '某县市场监督管理局',
        '食品经营许可检查',
        '2026-08-18',
        '通过登记的住所（经营场所）无法联系',
        '2027-01-05',
      ],
    ]);
  });

  it("a department's staff export their own department's results; an auditor any", async () => {
    expect((await csvRows('from=2026-08-01&to=2026-12-31', xfOperator)).map((r) => r[2])).toEqual([
      '检查实施机关',
      '某县消防救援大队',
    ]);
    expect(await csvRows('from=2026-08-01&to=2026-12-31&departmentId=xf', auditor)).toHaveLength(2);
    expect(await xlsxRows('from=2026-09-04&to=2026-09-30', scjgOperator)).toEqual([HEADER]);
  });

  it('refuses another department (403 OTHER_DEPARTMENT) and those without a publishing role (403)', async () => {
    const other = await api.call<ErrorAnswer>(
      'GET',
      '/api/exchange/results.csv?from=2026-08-01&to=2026-08-31&departmentId=xf',
      { as: scjgOperator },
    );
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('OTHER_DEPARTMENT');
    expect(
      (await api.call('GET', '/api/exchange/results.xlsx?from=2026-08-01&to=2026-08-31', { as: inspector }))
        .status,
    ).toBe(403);
    expect((await api.call('GET', '/api/exchange/results.csv?from=2026-08-01&to=2026-08-31')).status).toBe(
      401,
    );
  });

  it.each([
    ['', ['from', 'to']],
    ['from=2026-08-01', ['to']],
    ['from=2026-02-30&to=2026-03-01', ['from']],
    ['from=2026-09-01&to=2026-08-01', ['to']],
    ['from=2026-01-01&to=2027-01-02', ['to']],
  ])('refuses the period %s: 400 naming %j', async (query, fields) => {
    for (const format of ['csv', 'xlsx']) {
      const answer = await api.call<ErrorAnswer & { details: { field: string }[] }>(
        'GET',
        `/api/exchange/results.${format}?${query}`,
        { as: admin },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.details.map((d) => d.field)).toEqual(fields);
    }
  });

  it('a year (366 days) is the longest period', async () => {
    expect(await csvRows('from=2026-01-01&to=2027-01-01')).toHaveLength(4);
  });
});
