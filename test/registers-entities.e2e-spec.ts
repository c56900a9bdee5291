import type { ImportReport } from '@app/contract';
import { usccCheckCharacter } from '@app/domain';
import { Workbook } from 'exceljs';
import { gbkBytes, xlsxFile } from '../apps/api/src/import/testing/import-fixtures';
import { ApiHarness, type ErrorAnswer, anyString, matching, staff } from './support/api-harness';

interface Entity {
  id: string;
  code: string;
  name: string;
  kind: string;
  address: string;
  regionCode: string;
  industryCode: string;
  creditRisk: string;
  tags: string[];
  status: 'registered' | 'deregistered';
  abnormalList: boolean;
  seriousViolationList: boolean;
  complaintsThisYear: number;
}
interface Page<T> {
  items: T[];
  nextCursor?: string;
}
/** A valid unified social credit code, different for each n. */
function uscc(n: number, region = '320102'): string {
  const first17 = `91${region}${String(n).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('registers over HTTP: the entity directory', () => {
  const api = new ApiHarness();
  const operator = staff('dept-a', ['operator']);
  const auditor = staff('dept-a', ['auditor']);

  const entity = (code: string, extra: Record<string, unknown> = {}) => ({
    code,
    name: '南京示例餐饮有限公司',
    kind: 'enterprise',
    address: '南京市玄武区中山路1号',
    legalRepresentative: '张三',
    regionCode: '320102',
    industryCode: 'H6210',
    scale: 'small',
    tags: ['餐饮'],
    creditRisk: 'B',
    ...extra,
  });

  const register = async (body: Record<string, unknown>) => {
    const answer = await api.call<{ id: string }>('POST', '/api/entities', { as: operator, body });
    expect(answer.status).toBe(201);
    return answer.body.id;
  };

  const importFile = (name: string, content: Buffer | string, type: string, as = operator) =>
    api.upload<ImportReport>('/api/entities/import', as, { name, content, type });

  beforeAll(() => api.start());
  afterAll(() => api.stop());

  describe('registering', () => {
    it('registers an enterprise under its credit code and shows it', async () => {
      const code = uscc(1);
      const answer = await api.call('POST', '/api/entities', {
        as: operator,
        body: entity(code, { abnormalList: true, complaintsThisYear: 3 }),
      });
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({ id: code });
      const shown = await api.call<Entity>('GET', `/api/entities/${code}`, { as: auditor });
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({
        id: code,
        code,
        kind: 'enterprise',
        creditRisk: 'B',
        tags: ['餐饮'],
        status: 'registered',
        abnormalList: true,
        seriousViolationList: false,
        complaintsThisYear: 3,
      });
    });

    it('accepts a credit code in small letters as the same entity, kept in capitals', async () => {
      expect(await register(entity('91110000600037341L'))).toBe('91110000600037341L');
      const head = await api.head();
      const lower = await api.call('POST', '/api/entities', {
        as: operator,
        body: entity('91110000600037341l'),
      });
      expect(lower.status).toBe(201);
      expect(lower.body).toEqual({ id: '91110000600037341L' });
      expect(await api.head()).toBe(head);
    });

    it.each([
      ['a wrong check character', { code: '91350100M000100Y44' }, 'code'],
      ['a code of the wrong length', { code: '9135010' }, 'code'],
      ['an individual business without a credit code', { kind: 'individual_business', code: 'P-1' }, 'code'],
      ['a region code of five digits', { regionCode: '32010' }, 'regionCode'],
      ['an industry code of the wrong form', { industryCode: 'h62100' }, 'industryCode'],
      ['an unknown kind', { kind: 'spaceship' }, 'kind'],
      ['an unknown credit class', { creditRisk: 'E' }, 'creditRisk'],
      ['an unknown scale', { scale: 'huge' }, 'scale'],
      ['a tag twice', { tags: ['餐饮', '餐饮'] }, 'tags'],
      ['negative complaints', { complaintsThisYear: -1 }, 'complaintsThisYear'],
      ['a flag as text', { abnormalList: 'yes' }, 'abnormalList'],
      ['no address', { address: undefined }, 'address'],
      ['an unknown field', { owner: '张三' }, 'owner'],
    ])('refuses %s with 400 naming the field', async (_what, extra, field) => {
      const head = await api.head();
      const answer = await api.call<ErrorAnswer>('POST', '/api/entities', {
        as: operator,
        body: entity(uscc(2), extra),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(new Set((answer.body.details as { field: string }[]).map((d) => d.field))).toEqual(
        new Set([field]),
      );
      expect(await api.head()).toBe(head);
    });

    it('registers a product under a free code', async () => {
      const id = await register(
        entity('P-2024-001', { kind: 'product', name: '儿童玩具', tags: [], scale: undefined }),
      );
      expect(id).toBe('P-2024-001');
      const shown = await api.call<Entity>('GET', '/api/entities/P-2024-001', { as: auditor });
      expect(shown.body).toMatchObject({ kind: 'product', code: 'P-2024-001' });
    });

    it('answers the same registration again with 201 and appends nothing', async () => {
      const code = uscc(3);
      await register(entity(code));
      const head = await api.head();
      const again = await api.call('POST', '/api/entities', { as: operator, body: entity(code) });
      expect(again.status).toBe(201);
      expect(again.body).toEqual({ id: code });
      expect(await api.head()).toBe(head);
      expect(await api.streamEvents(`entity-${code}`)).toHaveLength(1);
    });

    it('refuses the same code with other details', async () => {
      const code = uscc(4);
      await register(entity(code));
      const answer = await api.call<ErrorAnswer>('POST', '/api/entities', {
        as: operator,
        body: entity(code, { name: '另一家公司' }),
      });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('ENTITY_ALREADY_REGISTERED');
      const otherKind = await api.call<ErrorAnswer>('POST', '/api/entities', {
        as: operator,
        body: entity(code, { kind: 'individual_business' }),
      });
      expect(otherKind.status).toBe(409);
      expect(otherKind.body.code).toBe('ENTITY_KIND_MISMATCH');
    });

    it('refuses roles that do not keep the directory', async () => {
      for (const as of [auditor, staff('dept-a', ['inspector', 'head'])]) {
        const answer = await api.call<ErrorAnswer>('POST', '/api/entities', { as, body: entity(uscc(5)) });
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('ROLE_NOT_ALLOWED');
      }
    });
  });

  describe('changing', () => {
    const code = uscc(10);

    beforeAll(() => register(entity(code, { tags: ['餐饮', '学校周边'] })));

    it('updates and records only the changes', async () => {
      const answer = await api.call<Entity>('PATCH', `/api/entities/${code}`, {
        as: operator,
        body: { address: '南京市玄武区中山路2号', tags: ['餐饮'], regionCode: '320102' },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ address: '南京市玄武区中山路2号', tags: ['餐饮'] });
      const events = await api.streamEvents(`entity-${code}`);
      expect(events.map((e) => e.type)).toEqual(['EntityRegistered', 'EntityUpdated']);
      expect(events[1].data).toEqual({
        entityId: code,
        changes: { address: '南京市玄武区中山路2号', tags: ['餐饮'] },
        previous: { address: '南京市玄武区中山路1号', tags: ['餐饮', '学校周边'] },
      });
      const byOldTag = await api.call<Page<Entity>>('GET', '/api/entities?tag=学校周边', { as: auditor });
      expect(byOldTag.body.items.map((e) => e.id)).not.toContain(code);
    });

    it.each([
      [{ code: uscc(11) }, 'code'],
      [{ kind: 'product' }, 'kind'],
      [{ creditRisk: 'A' }, 'creditRisk'],
      [{ regionCode: 'abc' }, 'regionCode'],
      [{ name: null }, 'name'],
      [{ tags: null }, 'tags'],
      [{ complaintsThisYear: null }, 'complaintsThisYear'],
    ])('refuses the update %j with 400', async (body, field) => {
      const answer = await api.call<ErrorAnswer>('PATCH', `/api/entities/${code}`, { as: operator, body });
      expect(answer.status).toBe(400);
      expect((answer.body.details as { field: string }[]).map((d) => d.field)).toEqual([field]);
    });

    it('re-rates the credit class with a reason', async () => {
      const answer = await api.call<Entity>('POST', `/api/entities/${code}/credit-risk`, {
        as: operator,
        body: { creditRisk: 'D', reason: '年度信用风险分类结果' },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.creditRisk).toBe('D');
      const events = await api.streamEvents(`entity-${code}`);
      expect(events[events.length - 1]).toMatchObject({
        type: 'EntityCreditRiskRerated',
        data: { entityId: code, from: 'B', to: 'D', reason: '年度信用风险分类结果' },
      });
      const head = await api.head();
      const same = await api.call('POST', `/api/entities/${code}/credit-risk`, {
        as: operator,
        body: { creditRisk: 'D', reason: '再次' },
      });
      expect(same.status).toBe(200);
      expect(await api.head()).toBe(head);
      const noReason = await api.call<ErrorAnswer>('POST', `/api/entities/${code}/credit-risk`, {
        as: operator,
        body: { creditRisk: 'E' },
      });
      expect(noReason.status).toBe(400);
      expect(new Set((noReason.body.details as { field: string }[]).map((d) => d.field))).toEqual(
        new Set(['creditRisk', 'reason']),
      );
    });

    it('deregisters, after which the entry cannot change', async () => {
      const answer = await api.call<Entity>('POST', `/api/entities/${code}/deregister`, {
        as: operator,
        body: { reason: '注销登记' },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'deregistered', deregisteredReason: '注销登记' });
      for (const [method, path, body] of [
        ['PATCH', `/api/entities/${code}`, { address: '别处' }],
        ['POST', `/api/entities/${code}/credit-risk`, { creditRisk: 'A', reason: '复核' }],
        ['POST', `/api/entities/${code}/deregister`, { reason: '再次' }],
      ] as const) {
        const refused = await api.call<ErrorAnswer>(method, path, { as: operator, body });
        expect(refused.status).toBe(409);
        expect(refused.body.code).toBe('ENTITY_DEREGISTERED');
      }
    });

    it('answers 404 for an entity that is not in the directory', async () => {
      for (const [method, path, body] of [
        ['GET', '/api/entities/NOPE', undefined],
        ['PATCH', '/api/entities/NOPE', { address: '别处' }],
        ['POST', '/api/entities/NOPE/credit-risk', { creditRisk: 'A', reason: '复核' }],
        ['POST', '/api/entities/NOPE/deregister', { reason: '注销' }],
      ] as const) {
        const answer = await api.call<ErrorAnswer>(method, path, { as: operator, body });
        expect(answer.status).toBe(404);
        expect(answer.body.code).toBe('ENTITY_NOT_FOUND');
      }
    });
  });

  describe('searching', () => {
    // Their own region keeps these apart from the other tests' entities.
    const R1 = '110101';
    const R2 = '110102';
    const codes = [uscc(20, R1), uscc(21, R1), uscc(22, R1), uscc(23, R2), uscc(24, R2)];

    beforeAll(async () => {
      await register(entity(codes[0], { name: '北京甲餐饮有限公司', regionCode: R1, tags: ['学校周边'] }));
      await register(entity(codes[1], { name: '北京乙商贸有限公司', regionCode: R1, industryCode: 'F5211' }));
      await register(
        entity(codes[2], {
          name: '北京甲食品厂',
          regionCode: R1,
          creditRisk: 'D',
          tags: ['学校周边', '食品'],
        }),
      );
      await register(
        entity(codes[3], {
          name: '丙个体餐馆',
          regionCode: R2,
          kind: 'individual_business',
          creditRisk: 'A',
        }),
      );
      await register(entity(codes[4], { name: '北京丁公司', regionCode: R2, tags: ['食品'] }));
      await api.call('POST', `/api/entities/${codes[4]}/deregister`, {
        as: operator,
        body: { reason: '注销' },
      });
    });

    const search = async (query: string) => {
      const answer = await api.call<Page<Entity>>('GET', `/api/entities?${query}`, { as: auditor });
      expect(answer.status).toBe(200);
      return answer.body;
    };
    const ids = (page: Page<Entity>) => page.items.map((e) => e.id).sort();

    it('filters by region, industry, credit class, kind and status', async () => {
      expect(ids(await search(`regionCode=${R1}`))).toEqual(codes.slice(0, 3).sort());
      expect(ids(await search(`regionCode=${R1}&industryCode=F5211`))).toEqual([codes[1]]);
      expect(ids(await search(`regionCode=${R1}&creditRisk=D`))).toEqual([codes[2]]);
      expect(ids(await search(`regionCode=${R2}&kind=individual_business`))).toEqual([codes[3]]);
      expect(ids(await search(`regionCode=${R2}&status=deregistered`))).toEqual([codes[4]]);
      const industry = await search('industryCode=F5211');
      expect(industry.items.every((e) => e.industryCode === 'F5211')).toBe(true);
    });

    it('finds by tag, with the other filters applied', async () => {
      expect(ids(await search(`tag=${encodeURIComponent('学校周边')}&regionCode=${R1}`))).toEqual(
        [codes[0], codes[2]].sort(),
      );
      expect(ids(await search(`tag=${encodeURIComponent('食品')}&regionCode=${R2}`))).toEqual([codes[4]]);
      expect(ids(await search(`tag=${encodeURIComponent('食品')}&creditRisk=D`))).toEqual([codes[2]]);
      expect((await search(`tag=${encodeURIComponent('无此标签')}`)).items).toEqual([]);
    });

    it('finds by exact code or the beginning of the name', async () => {
      expect(ids(await search(`q=${codes[3]}`))).toEqual([codes[3]]);
      const byName = await search(`q=${encodeURIComponent('北京甲')}`);
      expect(byName.items.map((e) => e.name)).toEqual(['北京甲食品厂', '北京甲餐饮有限公司'].sort());
      expect(ids(await search(`q=${encodeURIComponent('北京')}&regionCode=${R2}`))).toEqual([codes[4]]);
      expect((await search(`q=${encodeURIComponent('不存在')}`)).items).toEqual([]);
    });

    it('pages with limit and cursor', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await search(
          `regionCode=${R1}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(2);
      expect(seen.sort()).toEqual(codes.slice(0, 3).sort());
    });

    it.each([
      ['regionCode=1101', 'regionCode'],
      ['creditRisk=Z', 'creditRisk'],
      ['kind=spaceship', 'kind'],
      ['status=gone', 'status'],
      ['limit=0', 'limit'],
      ['industryCode=!!', 'industryCode'],
    ])('refuses the query %s', async (query, field) => {
      const answer = await api.call<ErrorAnswer>('GET', `/api/entities?${query}`, { as: auditor });
      expect(answer.status).toBe(400);
      expect((answer.body.details as { field: string }[]).map((d) => d.field)).toContain(field);
    });
  });

  describe('bulk import', () => {
    const ZH_HEADER =
      '统一社会信用代码,名称,类型,地址,法定代表人,行政区划代码,行业代码,规模,标签,信用风险分类,列入经营异常名录,列入严重违法失信名单,本年投诉举报次数';
    const EN_HEADERS = [
      'code',
      'name',
      'kind',
      'address',
      'legalRepresentative',
      'regionCode',
      'industryCode',
      'scale',
      'tags',
      'creditRisk',
      'abnormalList',
      'seriousViolationList',
      'complaintsThisYear',
    ];
    const row = (code: string, name: string, extra: Partial<Record<string, string>> = {}) => {
      const values: Record<string, string> = {
        code,
        name,
        kind: '企业',
        address: '上海市黄浦区南京东路1号',
        legalRepresentative: '李四',
        regionCode: '310101',
        industryCode: 'F5211',
        scale: '小型',
        tags: '商场；食品',
        creditRisk: 'B',
        abnormalList: '否',
        seriousViolationList: '否',
        complaintsThisYear: '0',
        ...extra,
      };
      return EN_HEADERS.map((h) => values[h]);
    };
    const csv = (header: string, rows: string[][]) =>
      [header, ...rows.map((cells) => cells.join(','))].join('\r\n') + '\r\n';

    const good = [uscc(101, '310101'), uscc(102, '310101'), uscc(103, '310101'), uscc(104, '310101')];
    let csvFile: string;

    it('imports a CSV with Chinese headers: good rows applied, bad rows reported, the rest continues', async () => {
      csvFile = csv(ZH_HEADER, [
        row(good[0], '上海甲商贸有限公司'), // row 2
        row('91310101000000000X', '坏代码公司'), // row 3: bad check character
        row(good[1], '上海乙商贸有限公司', { creditRisk: '高' }), // row 4: bad credit class
        row(good[2], '上海丙商贸有限公司', { abnormalList: '也许', regionCode: '3101' }), // row 5: two bad cells
        row(good[1], '上海乙商贸有限公司'), // row 6: good after the bad ones
        row(good[3], '上海丁个体户', { kind: '个体工商户', scale: '', tags: '' }), // row 7
        row(good[0], '上海甲商贸有限公司'), // row 8: the same as row 2
      ]);
      const answer = await importFile('entities.csv', csvFile, CSV);
      expect(answer.status).toBe(200);
      const report = answer.body;
      expect(report).toMatchObject({
        rows: 7,
        created: 3,
        updated: 0,
        unchanged: 1,
        rejected: 3,
        unknownColumns: [],
        errorsTruncated: false,
      });
      expect(report.errors).toEqual([
        {
          row: 3,
          column: '统一社会信用代码',
          field: 'code',
          reason: anyString(),
          rule: 'isCodeValidForKind',
        },
        {
          row: 4,
          column: '信用风险分类',
          field: 'creditRisk',
          reason: anyString(),
          rule: 'isIn',
          params: expect.anything() as unknown,
        },
        ...[
          { row: 5, column: '行政区划代码', field: 'regionCode', reason: anyString(), rule: 'regionCode' },
          {
            row: 5,
            column: '列入经营异常名录',
            field: 'abnormalList',
            reason: anyString(),
            rule: 'isBoolean',
          },
        ],
      ]);
      const imported = await api.call<Entity>('GET', `/api/entities/${good[3]}`, { as: auditor });
      expect(imported.body).toMatchObject({ kind: 'individual_business', tags: [], name: '上海丁个体户' });
      const first = await api.call<Entity>('GET', `/api/entities/${good[0]}`, { as: auditor });
      expect(first.body).toMatchObject({
        kind: 'enterprise',
        scale: 'small',
        tags: ['商场', '食品'],
        abnormalList: false,
        complaintsThisYear: 0,
      });
      expect((await api.call('GET', `/api/entities/${good[2]}`, { as: auditor })).status).toBe(404);
      const tagged = await api.call<Page<Entity>>('GET', `/api/entities?tag=${encodeURIComponent('商场')}`, {
        as: auditor,
      });
      expect(tagged.body.items.map((e) => e.id).sort()).toEqual([good[0], good[1]].sort());
    });

    it('changes nothing when the same file is imported again', async () => {
      const head = await api.head();
      const answer = await importFile('entities.csv', csvFile, CSV);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ rows: 7, created: 0, updated: 0, unchanged: 4, rejected: 3 });
      expect(await api.head()).toBe(head);
      expect(await api.streamEvents(`entity-${good[0]}`)).toHaveLength(1);
    });

    const xlsxRows = (rows: string[][]) =>
      xlsxFile((sheet) => {
        sheet.addRow(EN_HEADERS);
        for (const cells of rows) sheet.addRow(cells);
      });
    const x = [uscc(201, '310104'), uscc(202, '310104'), uscc(203, '310104')];
    const xRows = () => [
      row(x[0], '徐汇甲公司', { regionCode: '310104', kind: 'enterprise', creditRisk: 'c' }),
      row(x[1], '徐汇乙公司', { regionCode: '310104', complaintsThisYear: 'many' }),
      row(x[2], '徐汇丙公司', { regionCode: '310104', scale: 'medium', seriousViolationList: '是' }),
    ];

    it('imports an XLSX with English headers', async () => {
      const answer = await importFile('entities.xlsx', await xlsxRows(xRows()), XLSX);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ rows: 3, created: 2, rejected: 1 });
      expect(answer.body.errors.length).toBeGreaterThan(0);
      for (const error of answer.body.errors) {
        expect(error).toEqual({
          row: 3,
          column: '本年投诉举报次数',
          field: 'complaintsThisYear',
          reason: anyString(),
          rule: anyString(),
          ...(error.rule === 'range' ? { params: { min: 0, max: 100000 } } : {}),
        });
      }
      const c = await api.call<Entity>('GET', `/api/entities/${x[2]}`, { as: auditor });
      expect(c.body).toMatchObject({ scale: 'medium', seriousViolationList: true });
      const a = await api.call<Entity>('GET', `/api/entities/${x[0]}`, { as: auditor });
      expect(a.body.creditRisk).toBe('C');
    });

    it('re-imports the XLSX: nothing changes, and one changed row is one update', async () => {
      const head = await api.head();
      const same = await importFile('entities.xlsx', await xlsxRows(xRows()), XLSX);
      expect(same.body).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 2, rejected: 1 });
      expect(await api.head()).toBe(head);

      const changed = xRows();
      changed[2] = row(x[2], '徐汇丙公司', {
        regionCode: '310104',
        scale: 'medium',
        seriousViolationList: '是',
        address: '上海市徐汇区漕溪北路1号',
        creditRisk: 'D',
      });
      const answer = await importFile('entities.xlsx', await xlsxRows(changed), XLSX);
      expect(answer.body).toMatchObject({ rows: 3, created: 0, updated: 1, unchanged: 1, rejected: 1 });
      const events = await api.streamEvents(`entity-${x[2]}`);
      expect(events.map((e) => e.type)).toEqual([
        'EntityRegistered',
        'EntityUpdated',
        'EntityCreditRiskRerated',
      ]);
      expect(events[1].data).toMatchObject({ changes: { address: '上海市徐汇区漕溪北路1号' } });
      const shown = await api.call<Entity>('GET', `/api/entities/${x[2]}`, { as: auditor });
      expect(shown.body).toMatchObject({ address: '上海市徐汇区漕溪北路1号', creditRisk: 'D' });
    });

    it('applies rows about the same entity in sheet order: the last one wins', async () => {
      const code = uscc(250, '310104');
      const rows = [1, 2, 3, 4].map((n) => row(code, `顺序公司${n}`, { regionCode: '310104' }));
      const answer = await importFile('entities.csv', csv(ZH_HEADER, rows), CSV);
      expect(answer.body).toMatchObject({ rows: 4, created: 1, updated: 3, rejected: 0 });
      const events = await api.streamEvents(`entity-${code}`);
      expect(
        events.map((e) => (e.data.changes as { name?: string } | undefined)?.name ?? e.data.name),
      ).toEqual(['顺序公司1', '顺序公司2', '顺序公司3', '顺序公司4']);
      const shown = await api.call<Entity>('GET', `/api/entities/${code}`, { as: auditor });
      expect(shown.body.name).toBe('顺序公司4');
    });

    it('reports a row a domain rule refuses, with the rule', async () => {
      const code = uscc(301, '310104');
      await register(entity(code, { regionCode: '310104' }));
      await api.call('POST', `/api/entities/${code}/deregister`, { as: operator, body: { reason: '注销' } });
      const answer = await importFile(
        'entities.csv',
        csv(ZH_HEADER, [row(code, '已注销公司'), row(uscc(302, '310104'), '新公司')]),
        CSV,
      );
      expect(answer.body).toMatchObject({ rows: 2, created: 1, rejected: 1 });
      expect(answer.body.errors).toEqual([
        { row: 2, reason: matching(/^ENTITY_DEREGISTERED/), code: 'ENTITY_DEREGISTERED', details: {} },
      ]);

      const kind = await importFile(
        'entities.csv',
        csv(ZH_HEADER, [row(uscc(302, '310104'), '新公司', { kind: '个体工商户' })]),
        CSV,
      );
      expect(kind.body).toMatchObject({ rows: 1, rejected: 1 });
      expect(kind.body.errors).toEqual([
        { row: 2, reason: matching(/^ENTITY_KIND_MISMATCH/), code: 'ENTITY_KIND_MISMATCH', details: {} },
      ]);
    });

    it('replays the first report for a retried upload with the same Idempotency-Key', async () => {
      const code = uscc(601, '310104');
      const upload = () => {
        const form = new FormData();
        form.append(
          'file',
          new Blob([csv(ZH_HEADER, [row(code, '幂等导入公司')])], { type: CSV }),
          'entities.csv',
        );
        return api.call<{ created: number; unchanged: number }>('POST', '/api/entities/import', {
          as: operator,
          rawBody: form,
          headers: { 'idempotency-key': 'import-key-1' },
        });
      };
      const first = await upload();
      const head = await api.head();
      const again = await upload();
      expect(first.body).toMatchObject({ created: 1, unchanged: 0 });
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotency-replayed')).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await api.head()).toBe(head);
    });

    it('refuses the same Idempotency-Key with another file of the same length, and imports nothing of it', async () => {
      const upload = (name: string) => {
        const form = new FormData();
        form.append(
          'file',
          new Blob([csv(ZH_HEADER, [row(uscc(611, '310104'), name)])], { type: CSV }),
          'entities.csv',
        );
        return api.call<ErrorAnswer & { created: number }>('POST', '/api/entities/import', {
          as: operator,
          rawBody: form,
          headers: { 'idempotency-key': 'import-key-2' },
        });
      };
      const first = await upload('甲公司');
      expect(first.body).toMatchObject({ created: 1 });
      const head = await api.head();
      const other = await upload('乙公司');
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await api.head()).toBe(head);
      const again = await upload('甲公司');
      expect(again.headers.get('idempotency-replayed')).toBe('true');
      expect(again.body).toEqual(first.body);
    });

    it('reports headers it does not know and imports the rest', async () => {
      const code = uscc(401, '310104');
      const answer = await importFile(
        'entities.csv',
        csv(`${ZH_HEADER},备注`, [[...row(code, '有备注公司'), '随便写写']]),
        CSV,
      );
      expect(answer.body).toMatchObject({ rows: 1, created: 1, unknownColumns: ['备注'] });
    });

    it('reads a CSV saved as GB18030 by Chinese Excel', async () => {
      const code = uscc(501, '320102');
      const bytes = Buffer.concat([
        gbkBytes('code,', '名称', ',kind,', '地址', ',regionCode,industryCode,creditRisk\r\n'),
        gbkBytes(`${code},`, '南京', '公司', ',enterprise,', '南京', ',320102,H6210,A\r\n'),
      ]);
      const answer = await importFile('entities-gbk.csv', bytes, CSV);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ rows: 1, created: 1, rejected: 0 });
      const shown = await api.call<Entity>('GET', `/api/entities/${code}`, { as: auditor });
      expect(shown.body).toMatchObject({ name: '南京公司', address: '南京', creditRisk: 'A' });
    });

    it('serves templates whose example row imports', async () => {
      const csvTemplate = await api.download('/api/entities/import-template?format=csv', auditor);
      expect(csvTemplate.status).toBe(200);
      expect(csvTemplate.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csvTemplate.headers.get('content-disposition')).toContain('entities-template.csv');
      expect(csvTemplate.bytes.toString('utf8')).toContain('统一社会信用代码（code）');
      const fromCsv = await importFile('template.csv', csvTemplate.bytes, CSV);
      expect(fromCsv.status).toBe(200);
      expect(fromCsv.body).toMatchObject({ rows: 1, created: 1, rejected: 0, unknownColumns: [] });
      const example = await api.call<Entity>('GET', '/api/entities/91350100M000100Y43', { as: auditor });
      expect(example.body).toMatchObject({
        name: '福州某某餐饮有限公司',
        kind: 'enterprise',
        scale: 'small',
        tags: ['餐饮', '学校周边'],
        creditRisk: 'B',
      });

      const xlsxTemplate = await api.download('/api/entities/import-template?format=xlsx', auditor);
      expect(xlsxTemplate.status).toBe(200);
      expect(xlsxTemplate.headers.get('content-type')).toBe(XLSX);
      const workbook = new Workbook();
      await workbook.xlsx.load(xlsxTemplate.bytes as unknown as ArrayBuffer);
      expect(workbook.worksheets.length).toBe(2);
      const fromXlsx = await importFile('template.xlsx', xlsxTemplate.bytes, XLSX);
      expect(fromXlsx.body).toMatchObject({ rows: 1, created: 0, unchanged: 1, rejected: 0 });

      const byDefault = await api.download('/api/entities/import-template', auditor);
      expect(byDefault.headers.get('content-type')).toBe(XLSX);
      const wrong = await api.call<ErrorAnswer>('GET', '/api/entities/import-template?format=pdf', {
        as: auditor,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.details).toEqual([
        { field: 'format', reason: anyString(), rule: 'isIn', params: { values: ['csv', 'xlsx'] } },
      ]);
    });

    it('answers 415 when the sheet is not sent as multipart', async () => {
      const answer = await api.call<ErrorAnswer>('POST', '/api/entities/import', {
        as: operator,
        body: { file: 'entities.csv' },
      });
      expect(answer.status).toBe(415);
      expect(answer.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it.each([
      ['entities.xls', 'application/vnd.ms-excel'],
      ['entities.txt', 'text/plain'],
    ])('refuses %s with 400 naming the file', async (name, type) => {
      const answer = await importFile(name, 'whatever', type);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'file', reason: anyString(), rule: 'fileFormat' }],
      });
    });

    it('refuses with 400 a sheet whose header row lacks required columns', async () => {
      const answer = await importFile('entities.csv', 'code,name\r\n91350100M000100Y43,x\r\n', CSV);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        statusCode: 400,
        code: 'IMPORT_FILE_INVALID',
        details: {
          missingColumns: expect.arrayContaining([expect.objectContaining({ field: 'address' })]) as unknown,
        },
      });
    });

    it('refuses with 400 a workbook that is not one, and an empty file', async () => {
      const notXlsx = await importFile('entities.xlsx', 'code,name\r\n', XLSX);
      expect(notXlsx.status).toBe(400);
      expect(notXlsx.body).toMatchObject({ code: 'IMPORT_FILE_INVALID' });
      const workbookAsCsv = await importFile('entities.csv', await xlsxRows([]), CSV);
      expect(workbookAsCsv.status).toBe(400);
      expect(workbookAsCsv.body).toMatchObject({ code: 'IMPORT_FILE_INVALID' });
      const empty = await importFile('entities.csv', '', CSV);
      expect(empty.status).toBe(400);
      expect(empty.body).toMatchObject({ code: 'IMPORT_FILE_INVALID' });
    });

    it('refuses roles that do not keep the directory', async () => {
      const answer = await importFile('entities.csv', csvFile, CSV, auditor);
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    });
  });
});
