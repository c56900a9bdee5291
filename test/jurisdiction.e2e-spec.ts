import type { ImportReport } from '@app/contract';
import { usccCheckCharacter } from '@app/domain';
import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';

/** A valid unified social credit code, different for each n. */
function uscc(n: number, region: string): string {
  const first17 = `91${region}${String(n).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

const entity = (code: string, regionCode: string) => ({
  code,
  name: '南京示例餐饮有限公司',
  kind: 'enterprise',
  address: '南京市某区某路1号',
  regionCode,
  industryCode: 'H6210',
  tags: [],
  creditRisk: 'B',
});

// 南京市 (320100) and two of its districts: 玄武区 (320102), 秦淮区 (320104).
const UNITS = [
  { id: 'js-320000', name: '江苏省市场监督管理局', regionCode: '320000' },
  { id: 'nj-320100', name: '南京市市场监督管理局', regionCode: '320100', parentId: 'js-320000' },
  { id: 'xw-320102', name: '玄武区市场监督管理局', regionCode: '320102', parentId: 'nj-320100' },
  { id: 'qh-320104', name: '秦淮区市场监督管理局', regionCode: '320104', parentId: 'nj-320100' },
];

describe('jurisdiction (谁管辖、谁维护) over HTTP', () => {
  const api = new ApiHarness();
  const xuanwu = staff('xw-320102', ['operator']);
  const qinhuai = staff('qh-320104', ['operator']);
  const nanjing = staff('nj-320100', ['operator']);
  const inXuanwu = uscc(1, '320102');
  const inQinhuai = uscc(2, '320104');

  beforeAll(async () => {
    await api.start();
    for (const unit of UNITS) {
      expect((await api.call('POST', '/api/departments', { as: admin, body: unit })).status).toBe(201);
    }
    for (const [as, code, region] of [
      [xuanwu, inXuanwu, '320102'],
      [qinhuai, inQinhuai, '320104'],
    ] as const) {
      const answer = await api.call('POST', '/api/entities', { as, body: entity(code, region) });
      expect(answer.status).toBe(201);
    }
  });
  afterAll(() => api.stop());

  const expectOutside = (answer: { status: number; body: unknown }) => {
    expect(answer.status).toBe(403);
    expect((answer.body as ErrorAnswer).code).toBe('OUTSIDE_JURISDICTION');
  };

  describe('the organisation tree', () => {
    it('lists each unit with its parent', async () => {
      const answer = await api.call<{ items: { id: string; parentId?: string; kind: string }[] }>(
        'GET',
        '/api/departments',
        { as: admin },
      );
      const county = answer.body.items.find((d) => d.id === 'xw-320102');
      expect(county).toMatchObject({ parentId: 'nj-320100', kind: 'department' });
    });

    it('refuses a parent that does not exist, a region outside the parent, and a cycle', async () => {
      const call = (path: string, body: unknown, method: 'POST' | 'PUT' = 'POST') =>
        api.call<ErrorAnswer>(method, path, { as: admin, body });
      const missing = await call('/api/departments', {
        id: 'x1',
        name: 'x',
        regionCode: '320102',
        parentId: 'none',
      });
      expect([missing.status, missing.body.code]).toEqual([404, 'PARENT_DEPARTMENT_NOT_FOUND']);
      const outside = await call('/api/departments', {
        id: 'x2',
        name: 'x',
        regionCode: '320205',
        parentId: 'nj-320100',
      });
      expect([outside.status, outside.body.code]).toEqual([409, 'REGION_OUTSIDE_PARENT']);
      const cycle = await call('/api/departments/js-320000/parent', { parentId: 'xw-320102' }, 'PUT');
      expect([cycle.status, cycle.body.code]).toEqual([409, 'DEPARTMENT_HIERARCHY_CYCLE']);
    });

    it('registers a joint office, and an admin sets and clears a parent', async () => {
      const office = { id: 'lxb-320102', name: '玄武区联席办', regionCode: '320102', kind: 'joint-office' };
      expect((await api.call('POST', '/api/departments', { as: admin, body: office })).status).toBe(201);
      const set = await api.call('PUT', '/api/departments/lxb-320102/parent', {
        as: admin,
        body: { parentId: 'xw-320102' },
      });
      expect([set.status, set.body]).toEqual([
        200,
        expect.objectContaining({ kind: 'joint-office', parentId: 'xw-320102' }),
      ]);
      const cleared = await api.call<{ parentId?: string }>('PUT', '/api/departments/lxb-320102/parent', {
        as: admin,
        body: { parentId: null },
      });
      expect(cleared.body.parentId).toBeUndefined();
      const byOperator = await api.call('PUT', '/api/departments/lxb-320102/parent', {
        as: xuanwu,
        body: { parentId: 'xw-320102' },
      });
      expect(byOperator.status).toBe(403);
    });
  });

  describe('an operator of county A', () => {
    it('is refused on an entity of county B: update, re-rate, deregister', async () => {
      expectOutside(
        await api.call('PATCH', `/api/entities/${inQinhuai}`, { as: xuanwu, body: { name: '改名' } }),
      );
      expectOutside(
        await api.call('POST', `/api/entities/${inQinhuai}/credit-risk`, {
          as: xuanwu,
          body: { creditRisk: 'D', reason: '抽查发现问题' },
        }),
      );
      expectOutside(
        await api.call('POST', `/api/entities/${inQinhuai}/deregister`, {
          as: xuanwu,
          body: { reason: '注销' },
        }),
      );
    });

    it('is refused registering in county B and moving its own entry to county B', async () => {
      expectOutside(
        await api.call('POST', '/api/entities', { as: xuanwu, body: entity(uscc(3, '320104'), '320104') }),
      );
      expectOutside(
        await api.call('PATCH', `/api/entities/${inXuanwu}`, { as: xuanwu, body: { regionCode: '320104' } }),
      );
    });

    it('acts on its own county', async () => {
      const answer = await api.call('POST', `/api/entities/${inXuanwu}/credit-risk`, {
        as: xuanwu,
        body: { creditRisk: 'C', reason: '年度复核' },
      });
      expect(answer.status).toBe(200);
    });

    it('imports its own rows and has the rows of county B refused one by one', async () => {
      const header =
        'code,name,kind,address,legalRepresentative,regionCode,industryCode,scale,tags,creditRisk,abnormalList,seriousViolationList,complaintsThisYear';
      const row = (code: string, region: string) =>
        `${code},导入示例公司,企业,南京市某路2号,王五,${region},H6210,小型,,B,否,否,0`;
      const csv = [header, row(uscc(10, '320102'), '320102'), row(uscc(11, '320104'), '320104'), ''].join(
        '\r\n',
      );
      const answer = await api.upload<ImportReport>('/api/entities/import', xuanwu, {
        name: 'entities.csv',
        content: csv,
        type: 'text/csv',
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ rows: 2, created: 1, rejected: 1 });
      expect(answer.body.errors).toEqual([expect.objectContaining({ row: 3, code: 'OUTSIDE_JURISDICTION' })]);
    });
  });

  it('a city department acts in its counties', async () => {
    const answer = await api.call('PATCH', `/api/entities/${inQinhuai}`, {
      as: nanjing,
      body: { name: '秦淮示例' },
    });
    expect(answer.status).toBe(200);
    const registered = await api.call('POST', '/api/entities', {
      as: nanjing,
      body: entity(uscc(4, '320102'), '320102'),
    });
    expect(registered.status).toBe(201);
  });

  it('a department acts on an entry it registered, wherever it lies now', async () => {
    // 玄武 registered it; the city moved it to 秦淮: 玄武 still maintains it, 秦淮 too by its region.
    const code = uscc(5, '320102');
    expect(
      (await api.call('POST', '/api/entities', { as: xuanwu, body: entity(code, '320102') })).status,
    ).toBe(201);
    const moved = await api.call('PATCH', `/api/entities/${code}`, {
      as: nanjing,
      body: { regionCode: '320104' },
    });
    expect(moved.status).toBe(200);
    expect(
      (await api.call('PATCH', `/api/entities/${code}`, { as: xuanwu, body: { name: '玄武甲' } })).status,
    ).toBe(200);
    expect(
      (await api.call('PATCH', `/api/entities/${code}`, { as: qinhuai, body: { name: '秦淮乙' } })).status,
    ).toBe(200);
  });

  describe('a supervisor (谁审批、谁监管)', () => {
    const countySupervisor = staff('xw-320102', ['supervisor']);
    const citySupervisor = staff('nj-320100', ['supervisor']);
    type Rows = { items: { departmentId: string }[] };

    it('of a county reads only its own acts, and is refused another county named', async () => {
      const own = await api.call<Rows>('GET', '/api/accountability?limit=500', { as: countySupervisor });
      expect(own.status).toBe(200);
      expect(own.body.items.length).toBeGreaterThan(0);
      expect(new Set(own.body.items.map((r) => r.departmentId))).toEqual(new Set(['xw-320102']));
      for (const path of [
        '/api/accountability?departmentId=qh-320104',
        '/api/statistics?departmentId=qh-320104',
        '/api/overdue-disclosures?departmentId=qh-320104',
        '/api/overdue-responses?departmentId=qh-320104',
        '/api/overdue-objections?departmentId=qh-320104',
      ]) {
        expectOutside(await api.call('GET', path, { as: countySupervisor }));
      }
      for (const path of [
        '/api/statistics',
        '/api/overdue-disclosures',
        '/api/overdue-objections',
        '/api/statistics?departmentId=xw-320102',
      ]) {
        expect((await api.call('GET', path, { as: countySupervisor })).status).toBe(200);
      }
    });

    it('of a city reads its counties', async () => {
      const rows = await api.call<Rows>('GET', '/api/accountability?limit=500', { as: citySupervisor });
      const departments = new Set(rows.body.items.map((r) => r.departmentId));
      expect(departments).toEqual(new Set(['xw-320102', 'qh-320104', 'nj-320100']));
      const county = await api.call('GET', '/api/statistics?departmentId=qh-320104', { as: citySupervisor });
      expect(county.status).toBe(200);
    });

    it('an auditor still reads every department', async () => {
      const rows = await api.call<Rows>('GET', '/api/accountability?limit=500', {
        as: staff('xw-320102', ['auditor']),
      });
      expect(rows.body.items.some((r) => r.departmentId === 'system')).toBe(true);
    });
  });
});
