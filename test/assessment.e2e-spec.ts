import type { JointTaskMinimum, StatisticsBreakdown, YearlySummary } from '@app/contract';
import { idCardCheckCharacter } from '@app/domain';
import { Workbook } from 'exceljs';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import { creditCode, enforcementCertificate } from './support/task-fixtures';

/**
 * 考核 over HTTP (Yiyuan 七, 三十三; Siyang 二(四), 四(三); Yuanqu 三(三)): a small year of three
 * departments — a joint task of scjg with xf over two restaurants, a single task of scjg over two
 * shops, a task of ws that xf declines — and results of several categories; every figure of the
 * breakdown, the joint-task minimum and the yearly summary (JSON and XLSX) against what was done.
 */
describe('assessment (考核) over HTTP', () => {
  const api = new ApiHarness();
  const operator = (d: string) => staff(d, ['operator'], `u-operator-${d}`);
  const head = (d: string) => staff(d, ['head'], `u-head-${d}`);
  const items: Record<string, string> = {};
  const restaurants = [creditCode(81), creditCode(82)];
  const shops = [creditCode(83), creditCode(84)];
  /** Who entered what: inspector id → entities. */
  const entered = new Map<string, string[]>();
  const assigned = new Map<string, { tasks: Set<string>; entities: number; departmentId: string }>();

  const call = (method: string, path: string, as: Caller) =>
    api.call<ErrorAnswer & Record<string, unknown>>(method, path, { as });
  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const get = async <T>(path: string, as: Caller = admin): Promise<T> => {
    await api.stores.projections.waitFor(await api.head(), 20_000);
    return ok<T>('GET', path, as);
  };

  type Teams = Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
  const task = async (
    lead: string,
    name: string,
    participants: string[],
    industry: string,
    accept: boolean,
  ): Promise<string> => {
    const id = (
      await ok<{ id: string }>('POST', '/api/tasks', operator(lead), {
        adhocReason: '专项检查',
        name,
        participants: participants.map((d) => ({ departmentId: d, itemIds: [items[d]] })),
        itemIds: [items[lead]],
        criteria: { industryCodes: [industry] },
        sampling: { count: 2 },
        window: { from: '2026-04-01', to: '2026-04-30' },
      })
    ).id;
    for (const d of participants) {
      await ok(
        'POST',
        `/api/tasks/${id}/responses`,
        operator(d),
        accept ? { accepted: true, itemIds: [items[d]] } : { accepted: false, reason: '本年度任务已满' },
      );
    }
    return id;
  };
  const lock = async (id: string, departments: string[]): Promise<Teams> => {
    await ok('POST', `/api/tasks/${id}/draws/entities`, operator(departments[0]), {});
    for (const d of departments) await ok('POST', `/api/tasks/${id}/draws/inspectors`, operator(d), {});
    await ok('POST', `/api/tasks/${id}/lock`, operator(departments[0]));
    const { teams } = await ok<{ teams: Teams }>('GET', `/api/tasks/${id}`, operator(departments[0]));
    for (const team of Object.values(teams)) {
      for (const m of team.members) {
        const row = assigned.get(m.inspectorId) ?? {
          tasks: new Set(),
          entities: 0,
          departmentId: m.departmentId,
        };
        row.tasks.add(id);
        row.entities += 1;
        assigned.set(m.inspectorId, row);
      }
    }
    return teams;
  };
  const enter = async (id: string, teams: Teams, entityId: string, d: string, category: string) => {
    const member = teams[entityId].members.find((m) => m.departmentId === d)!;
    await ok(
      'POST',
      `/api/tasks/${id}/results`,
      { sub: member.inspectorId, department: d, roles: ['inspector'] },
      {
        entityId,
        category,
        method: 'onsite',
        itemFindings: [{ itemId: items[d], finding: '检查情况', compliant: category === 'compliant' }],
        inspectedOn: '2026-04-01',
      },
    );
    entered.set(member.inspectorId, [...(entered.get(member.inspectorId) ?? []), entityId]);
    await ok('POST', `/api/tasks/${id}/publications`, head(d), { entityId });
  };

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-04-01T02:00:00.000Z' });
    for (const [d, n, region] of [
      ['scjg', 1, '320102'],
      ['xf', 2, '320102'],
      ['ws', 3, '320102'],
      ['gl', 4, '320111'],
    ] as const) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: region });
      items[d] = (
        await ok<{ id: string }>('POST', '/api/check-items', operator(d), {
          departmentId: d,
          name: `${d}检查事项`,
          basis: '依据',
          targetKinds: ['enterprise'],
          content: '内容',
          methods: ['onsite'],
          itemClass: 'A',
          ratio: 0.05,
        })
      ).id;
      for (let i = 0; i < 2; i += 1) {
        const first17 = `3201021980030${n}${i}1`.padEnd(17, '5');
        await ok('POST', '/api/inspectors', operator(d), {
          departmentId: d,
          name: `${d}检查员${i}`,
          idCardNumber: first17 + idCardCheckCharacter(first17),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: region,
        });
      }
    }
    for (const [codes, industry] of [
      [restaurants, 'H6210'],
      [shops, 'F5211'],
    ] as const) {
      for (const code of codes) {
        await ok('POST', '/api/entities', operator('scjg'), {
          code,
          name: `考核测试${code.slice(-4)}`,
          kind: 'enterprise',
          address: '南京',
          regionCode: '320102',
          industryCode: industry,
          creditRisk: 'B',
        });
      }
    }
    const joint = await task('scjg', '餐饮联合抽查', ['xf'], 'H6210', true);
    const jointTeams = await lock(joint, ['scjg', 'xf']);
    await enter(joint, jointTeams, restaurants[0], 'scjg', 'no_issue_found');
    await enter(joint, jointTeams, restaurants[1], 'scjg', 'ordered_to_correct');
    await enter(joint, jointTeams, restaurants[0], 'xf', 'compliant');
    const single = await task('scjg', '商店抽查', [], 'F5211', true);
    const singleTeams = await lock(single, ['scjg']);
    await enter(single, singleTeams, shops[0], 'scjg', 'non_compliant');
    await task('ws', '卫生抽查', ['xf'], 'H6210', false);
  });
  afterAll(() => api.stop());

  it('counts published results by category, every category listed', async () => {
    const county = await get<StatisticsBreakdown>('/api/statistics/breakdown?year=2026');
    const counts = Object.fromEntries(county.byCategory.map((c) => [c.category, c.results]));
    expect(counts).toMatchObject({
      no_issue_found: 1,
      ordered_to_correct: 1,
      compliant: 1,
      non_compliant: 1,
    });
    expect(county.byCategory.reduce((n, c) => n + c.results, 0)).toBe(4);
    const xf = await get<StatisticsBreakdown>('/api/statistics/breakdown?year=2026&departmentId=xf');
    expect(xf.byCategory.filter((c) => c.results > 0)).toEqual([{ category: 'compliant', results: 1 }]);
  });

  it('counts by the entity industry in the directory: drawn, checked, results, problems', async () => {
    const county = await get<StatisticsBreakdown>('/api/statistics/breakdown?year=2026');
    expect(county.byIndustry).toEqual([
      { industryCode: 'F5211', entitiesDrawn: 2, entitiesChecked: 1, results: 1, problemsFound: 1 },
      { industryCode: 'H6210', entitiesDrawn: 2, entitiesChecked: 2, results: 3, problemsFound: 1 },
    ]);
    const xf = await get<StatisticsBreakdown>('/api/statistics/breakdown?year=2026&departmentId=xf');
    expect(xf.byIndustry).toEqual([
      { industryCode: 'H6210', entitiesDrawn: 2, entitiesChecked: 1, results: 1, problemsFound: 0 },
    ]);
  });

  it('counts by inspector: tasks drawn for, entities assigned, results entered; names as the directory shows them', async () => {
    const county = await get<StatisticsBreakdown>('/api/statistics/breakdown?year=2026');
    const expected = [...assigned]
      .map(([inspectorId, a]) => ({
        inspectorId,
        departmentId: a.departmentId,
        tasks: a.tasks.size,
        entitiesAssigned: a.entities,
        resultsEntered: entered.get(inspectorId)?.length ?? 0,
      }))
      .sort(
        (a, b) => a.departmentId.localeCompare(b.departmentId) || a.inspectorId.localeCompare(b.inspectorId),
      );
    expect(county.byInspector.map(({ name: _n, ...rest }) => rest)).toEqual(expected);
    expect(
      county.byInspector.every(
        (i) => i.name === `${i.departmentId}检查员0` || i.name === `${i.departmentId}检查员1`,
      ),
    ).toBe(true);
    expect(county.byInspector.reduce((n, i) => n + i.resultsEntered, 0)).toBe(4);
    const scjg = await get<StatisticsBreakdown>('/api/statistics/breakdown?year=2026&departmentId=scjg');
    expect(scjg.byInspector.map((i) => i.departmentId)).toEqual(['scjg', 'scjg']);
    expect(scjg.byInspector.map((i) => i.tasks)).toEqual([2, 2]);
  });

  it('holds each department to at least one joint task a year (Siyang 二(四)): led, joined, met or not', async () => {
    const county = await get<JointTaskMinimum>('/api/statistics/joint-tasks?year=2026');
    expect(county.minimumPerYear).toBe(1);
    expect(county.departments).toEqual([
      { departmentId: 'gl', led: 0, joined: 0, meetsYearlyJointTask: false },
      { departmentId: 'scjg', led: 1, joined: 0, meetsYearlyJointTask: true },
      // ws asked xf, which declined: not a joint inspection.
      { departmentId: 'ws', led: 0, joined: 0, meetsYearlyJointTask: false },
      { departmentId: 'xf', led: 0, joined: 1, meetsYearlyJointTask: false },
    ]);
    const other = await get<JointTaskMinimum>('/api/statistics/joint-tasks?year=2025&departmentId=scjg');
    expect(other.departments).toEqual([
      { departmentId: 'scjg', led: 0, joined: 0, meetsYearlyJointTask: false },
    ]);
  });

  it('gathers the yearly summary, and the XLSX holds the same figures, one sheet per section', async () => {
    // Three months on: what was not entered and published by its deadline is overdue.
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-07-01T02:00:00.000Z' });
    const summary = await get<YearlySummary>('/api/statistics/summary?year=2026');
    expect(summary).toMatchObject({ year: 2026, departmentId: null, asOf: '2026-07-01' });
    expect(summary.statistics.tasks).toMatchObject({ initiated: 3, locked: 2, cancelled: 0 });
    expect(summary.statistics.joint.tasks).toBe(1);
    // Owed: 2 restaurants × 2 departments + 2 shops × scjg; 4 entered and published on the day.
    expect(summary.statistics.results).toMatchObject({
      due: 6,
      enteredOnTime: 4,
      publishedOnTime: 4,
      published: 4,
    });
    expect(summary.overdue).toEqual({ enteredLate: 2, publishedLate: 2, notAnswering: 0 });
    expect(summary.jointTasks).toEqual(await get('/api/statistics/joint-tasks?year=2026'));
    expect(summary.breakdown).toEqual(await get('/api/statistics/breakdown?year=2026'));
    expect(summary.planExecution).toEqual({ year: 2026, plans: [] });

    const file = await api.download('/api/statistics/summary.xlsx?year=2026', admin);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="summary-2026-county.xlsx"');
    const workbook = new Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '概况',
      '计划执行',
      '联合抽查',
      '结果类别',
      '行业',
      '检查人员',
    ]);
    const rows = (name: string) =>
      (workbook.getWorksheet(name)!.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    const overview = Object.fromEntries(rows('概况').map(([k, v]) => [String(k), v]));
    expect(overview).toMatchObject({
      年度: 2026,
      部门: '全县',
      发起任务: 3,
      联合抽查任务: 1,
      应公示结果: 6,
      已公示结果: 4,
      逾期录入: 2,
      逾期公示: 2,
    });
    expect(rows('联合抽查')).toEqual(
      summary.jointTasks.departments.map((d) => [
        d.departmentId,
        d.led,
        d.joined,
        1,
        d.meetsYearlyJointTask ? '是' : '否',
      ]),
    );
    expect(rows('结果类别').map(([code, , n]) => [code, n])).toEqual(
      summary.breakdown.byCategory.map((c) => [c.category, c.results]),
    );
    expect(rows('行业')).toEqual(
      summary.breakdown.byIndustry.map((i) => [
        i.industryCode,
        i.entitiesDrawn,
        i.entitiesChecked,
        i.results,
        i.problemsFound,
      ]),
    );
    expect(rows('检查人员')).toEqual(
      summary.breakdown.byInspector.map((i) => [
        i.inspectorId,
        i.departmentId,
        i.name,
        i.tasks,
        i.entitiesAssigned,
        i.resultsEntered,
      ]),
    );
  });

  it('narrows to a department; a supervisor reads its own unnamed and is refused outside its jurisdiction', async () => {
    const own = await get<YearlySummary>('/api/statistics/summary?year=2026', staff('xf', ['supervisor']));
    expect(own.departmentId).toBe('xf');
    expect(own.jointTasks.departments).toEqual([
      { departmentId: 'xf', led: 0, joined: 1, meetsYearlyJointTask: false },
    ]);
    const file = await api.download('/api/statistics/summary.xlsx?year=2026&departmentId=xf', admin);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="summary-2026-xf.xlsx"');
    for (const path of ['breakdown', 'joint-tasks', 'summary', 'summary.xlsx']) {
      const refused = await call(
        'GET',
        `/api/statistics/${path}?departmentId=scjg`,
        staff('gl', ['supervisor']),
      );
      expect([path, refused.status, refused.body.code]).toEqual([path, 403, 'OUTSIDE_JURISDICTION']);
    }
  });

  it('refuses a year out of range or a malformed department (400), and no token (401)', async () => {
    for (const query of ['year=1999', 'year=abc', 'departmentId=a%20b']) {
      const refused = await call('GET', `/api/statistics/summary?${query}`, admin);
      expect([query, refused.status]).toEqual([query, 400]);
    }
    expect((await api.call('GET', '/api/statistics/summary.xlsx')).status).toBe(401);
  });
});
