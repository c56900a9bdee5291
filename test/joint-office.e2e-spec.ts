import type { LatePlanFilings } from '@app/contract';
import { ApiHarness, type Caller, admin, staff } from './support/api-harness';

/**
 * The joint office (联席办): each publication of a plan is filed with the joint office above the
 * lead department (备案; Yiyuan 十; Siyang 二(四); Yuanqu 二(三)), the first version by
 * PLAN_FILING_DEADLINE (Siyang's default, January's end); late and missing filings are reported.
 */
describe('the joint office: plans filed, late filings reported', () => {
  const api = new ApiHarness();
  const cityOffice = staff('lxb-320100', ['coordinator'], 'u-coordinator-city-41aa');
  const districtOffice = staff('lxb-320102', ['coordinator'], 'u-coordinator-xw-52bb');
  const plans: Record<string, string> = {};
  const items: Record<string, string> = {};

  const call = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as?: Caller,
    body?: unknown,
  ) => api.call<T>(method, path, { ...(as ? { as } : {}), body });
  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ): Promise<T> => {
    const answer = await call<T>(method, path, as, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const settled = async () => api.stores.projections.waitFor(await api.head(), 20_000);
  const at = (day: string) => ok('PUT', '/api/admin/clock', admin, { now: `${day}T02:00:00.000Z` });
  const draft = async (key: string, lead: string, cooperating: string[] = []) => {
    plans[key] = (
      await ok<{ id: string }>('POST', '/api/plans', staff(lead, ['operator']), {
        year: 2027,
        name: `2027年度${lead}抽查计划`,
        leadDepartmentId: lead,
        cooperatingDepartmentIds: cooperating,
        itemIds: [items[lead]],
        targetCriteria: {},
        ratiosByCreditRisk: { A: 0.03 },
        window: { from: '2027-04-01', to: '2027-11-30' },
      })
    ).id;
  };
  const publish = async (key: string, lead: string) => {
    await ok('POST', `/api/plans/${plans[key]}/publish`, staff(lead, ['head']));
    await settled();
  };
  const lateFilings = async (as: Caller) => {
    await settled();
    return ok<LatePlanFilings>('GET', '/api/joint-office/late-filings?year=2027', as);
  };

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await at('2027-01-10');
    const units = [
      { id: 'lxb-320100', name: '南京市联席办', regionCode: '320100', kind: 'joint-office' },
      { id: 'lxb-320102', name: '玄武区联席办', regionCode: '320102', kind: 'joint-office' },
      { id: 'scjg', name: '玄武区市场监管局', regionCode: '320102' },
      { id: 'xf', name: '玄武区消防救援大队', regionCode: '320102' },
      { id: 'gl', name: '鼓楼区市场监管局', regionCode: '320106' },
    ];
    for (const unit of units) await ok('POST', '/api/departments', admin, unit);
    for (const d of ['scjg', 'xf', 'gl']) {
      const item = await ok<{ id: string }>('POST', '/api/check-items', staff(d, ['operator']), {
        departmentId: d,
        name: `${d}检查事项`,
        basis: '依据',
        targetKinds: ['enterprise'],
        content: '内容',
        methods: ['onsite'],
        itemClass: 'A',
        ratio: 0.05,
      });
      items[d] = item.id;
    }
    await settled();
    await draft('joint', 'scjg', ['xf']);
    await draft('gulou', 'gl');
    await draft('unfiled', 'xf');
  }, 60_000);

  afterAll(() => api.stop());

  it('given a plan published by January’s end, then it is filed with its district joint office, on time', async () => {
    await at('2027-01-20');
    await publish('joint', 'scjg');
    const plan = await ok<Record<string, unknown>>('GET', `/api/plans/${plans.joint}`, admin);
    expect(plan.jointOfficeId).toBe('lxb-320102');
    expect(plan.filings).toEqual([
      { version: 1, jointOfficeId: 'lxb-320102', filedOn: '2027-01-20', deadline: '2027-01-31', late: false },
    ]);
  });

  it('given no district office for its region, when published after the deadline, then it is filed late with the city’s', async () => {
    await at('2027-02-05');
    await publish('gulou', 'gl');
    const plan = await ok<Record<string, unknown>>('GET', `/api/plans/${plans.gulou}`, admin);
    expect(plan.filings).toEqual([
      { version: 1, jointOfficeId: 'lxb-320100', filedOn: '2027-02-05', deadline: '2027-01-31', late: true },
    ]);
    const history = await ok<{ type: string }[]>('GET', `/api/plans/${plans.gulou}/history`, admin);
    expect(history.map((entry) => entry.type)).toEqual(['PlanDrafted', 'PlanPublished', 'PlanFiled']);
  });

  it('given the joint plans filed, when the district coordinator publishes the consolidated plan by early March, then the public sees it', async () => {
    await at('2027-03-05');
    const draftPlan = await ok<{ plans: { planId: string }[] }>(
      'GET',
      '/api/joint-office/consolidated-plan?year=2027',
      districtOffice,
    );
    expect(draftPlan.plans.map((plan) => plan.planId)).toEqual([plans.joint]);
    await ok('POST', '/api/joint-office/consolidated-plans', districtOffice, { year: 2027 });
    await settled();
    const answer = await call<Record<string, unknown>[]>('GET', '/api/public/consolidated-plans?year=2027');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      {
        jointOfficeId: 'lxb-320102',
        year: 2027,
        version: 1,
        publishedOn: '2027-03-05',
        deadline: '2027-03-10',
        late: false,
        versions: [{ version: 1, publishedOn: '2027-03-05' }],
        plans: [
          {
            planId: plans.joint,
            version: 1,
            name: '2027年度scjg抽查计划',
            leadDepartmentId: 'scjg',
            cooperatingDepartmentIds: ['xf'],
            itemIds: [items.scjg],
            window: { from: '2027-04-01', to: '2027-11-30' },
          },
        ],
      },
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/u-|actor/);
  });

  it('refuses publishing the same consolidated plan again (409 CONSOLIDATED_PLAN_UNCHANGED)', async () => {
    const answer = await call('POST', '/api/joint-office/consolidated-plans', districtOffice, { year: 2027 });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'CONSOLIDATED_PLAN_UNCHANGED' });
  });

  it('refuses a consolidated plan with no joint plan filed (409 CONSOLIDATED_PLAN_EMPTY)', async () => {
    const answer = await call('POST', '/api/joint-office/consolidated-plans', cityOffice, { year: 2027 });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'CONSOLIDATED_PLAN_EMPTY' });
  });

  it('refuses a coordinator of a unit that is not a joint office (403 NOT_A_JOINT_OFFICE), another office (403), an operator (403)', async () => {
    const notOffice = await call(
      'POST',
      '/api/joint-office/consolidated-plans',
      staff('scjg', ['coordinator']),
      {
        year: 2027,
      },
    );
    expect(notOffice.status).toBe(403);
    expect(notOffice.body).toMatchObject({ code: 'NOT_A_JOINT_OFFICE' });
    const other = await call('POST', '/api/joint-office/consolidated-plans', districtOffice, {
      year: 2027,
      jointOfficeId: 'lxb-320100',
    });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'OTHER_DEPARTMENT' });
    const operator = await call('POST', '/api/joint-office/consolidated-plans', staff('scjg', ['operator']), {
      year: 2027,
    });
    expect(operator.status).toBe(403);
    expect(operator.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
  });

  it('given a published plan adjusted, when re-published, then the adjustment is filed too, never late', async () => {
    await at('2027-06-10');
    await ok('POST', `/api/plans/${plans.joint}/adjustments`, staff('scjg', ['operator']), {
      changes: { name: '2027年度联合抽查计划（调整）' },
      reason: '增设联合任务',
    });
    await publish('joint', 'scjg');
    const plan = await ok<{ filings: unknown[] }>('GET', `/api/plans/${plans.joint}`, admin);
    expect(plan.filings[1]).toEqual({
      version: 2,
      jointOfficeId: 'lxb-320102',
      filedOn: '2027-06-10',
      late: false,
    });
  });

  it('given a joint plan re-published after an adjustment, when the office publishes again, then version 2 lists the new version', async () => {
    await ok('POST', '/api/joint-office/consolidated-plans', districtOffice, { year: 2027 });
    await settled();
    const [published] = (
      await call<{ version: number; late: boolean; plans: { version: number }[] }[]>(
        'GET',
        '/api/public/consolidated-plans?year=2027',
      )
    ).body;
    expect(published).toMatchObject({ version: 2, late: false, publishedOn: '2027-06-10' });
    expect(published.plans.map((plan) => plan.version)).toEqual([2]);
  });

  it('reports to the city office the late filing and the plan never filed, in its region', async () => {
    const report = await lateFilings(cityOffice);
    expect(report).toMatchObject({ year: 2027, deadline: '2027-01-31', asOf: '2027-06-10' });
    expect(report.plans).toEqual([
      expect.objectContaining({ planId: plans.unfiled, leadDepartmentId: 'xf', daysLate: 130 }),
      {
        planId: plans.gulou,
        name: '2027年度gl抽查计划',
        leadDepartmentId: 'gl',
        jointOfficeId: 'lxb-320100',
        deadline: '2027-01-31',
        filedOn: '2027-02-05',
        daysLate: 5,
      },
    ]);
    expect(report.plans[0]).not.toHaveProperty('filedOn');
  });

  it('reports to the district office only its own region’s departments', async () => {
    const report = await lateFilings(districtOffice);
    expect(report.plans.map((row) => row.planId)).toEqual([plans.unfiled]);
  });

  it('refuses a department outside the coordinator’s region (403 OUTSIDE_JURISDICTION)', async () => {
    const answer = await call(
      'GET',
      '/api/joint-office/late-filings?year=2027&departmentId=gl',
      districtOffice,
    );
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'OUTSIDE_JURISDICTION' });
  });

  it('refuses an operator (403 ROLE_NOT_ALLOWED) and a year out of range (400)', async () => {
    const operator = await call(
      'GET',
      '/api/joint-office/late-filings?year=2027',
      staff('scjg', ['operator']),
    );
    expect(operator.status).toBe(403);
    expect(operator.body).toMatchObject({ code: 'ROLE_NOT_ALLOWED' });
    const year = await call('GET', '/api/joint-office/late-filings?year=1999', admin);
    expect(year.status).toBe(400);
  });
});
