import type { Page } from 'playwright-core';
import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { FOOD_LICENCE_CHECK, checkItemBody } from './support/task-fixtures';

/**
 * The plan and new-task forms in Debian's Chromium (issue 16, items 1, 5 and 12): a 一业一单 fills
 * the plan form's departments and items, ratios are typed as percentages, and a joint task is
 * started under a published plan of three departments — the lead given only its own items, the
 * others proposed as participants with theirs — and counts in the plan's execution.
 * SCREENSHOTS=<dir> saves each page shown there.
 */
const LEAD = { id: 'scjg', name: '市场监管局' };
const FIRE = { id: 'xf', name: '消防救援大队' };
const HEALTH = { id: 'wj', name: '卫生健康委员会' };
const DAY = '2026-06-01';
const PLAN_WINDOW = { from: '2026-03-01', to: '2026-11-30' };

describeInBrowser('the plan and task forms in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' }, fullPage: true });
  const { api, signIn, accessible, shot } = web;
  let page: Page;
  const operator: Caller = { ...staff(LEAD.id, ['operator'], 'op-scjg'), name: '王明' };
  const supervisor: Caller = { ...staff('jw', ['supervisor'], 'supervisor-1'), name: '赵敏' };
  const items: Record<string, string> = {};
  let planId = '';

  const group = (name: string) => page.getByRole('group', { name, exact: true });

  beforeAll(async () => {
    page = web.page;
    await api.call('PUT', '/api/admin/clock', { as: admin, body: { now: `${DAY}T01:00:00.000Z` } });
    for (const d of [LEAD, FIRE, HEALTH, { id: 'jw', name: '纪检监察组' }]) {
      await api.call('POST', '/api/departments', { as: admin, body: { ...d, regionCode: '320102' } });
    }
    for (const [department, name] of [
      [LEAD.id, '食品经营许可情况检查'],
      [LEAD.id, '广告发布情况检查'],
      [FIRE.id, '消防安全检查'],
      [HEALTH.id, '公共场所卫生检查'],
    ]) {
      const item = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: staff(department, ['operator']),
        body: checkItemBody(department, name, FOOD_LICENCE_CHECK),
      });
      expect(item.status).toBe(201);
      items[name] = item.body.id;
    }
    for (let n = 0; n < 6; n += 1) {
      const entity = await api.call('POST', '/api/entities', {
        as: operator,
        body: {
          code: sampleCreditCode(700 + n),
          name: `南京示例餐饮有限公司${n + 1}`,
          kind: 'enterprise',
          address: '江苏省南京市玄武区示例路1号',
          regionCode: '320102',
          industryCode: 'H6210',
          creditRisk: 'ABCD'[n % 4],
        },
      });
      expect(entity.status).toBe(201);
    }
    const list = await api.call('POST', '/api/joint-item-lists', {
      as: operator,
      body: {
        industry: '餐饮',
        leadDepartmentId: LEAD.id,
        itemIds: [items['食品经营许可情况检查'], items['消防安全检查']],
      },
    });
    expect(list.status).toBe(201);
    const plan = await api.call<{ id: string }>('POST', '/api/plans', {
      as: operator,
      body: {
        year: 2026,
        name: '2026年度市场监管领域部门联合抽查计划',
        leadDepartmentId: LEAD.id,
        cooperatingDepartmentIds: [FIRE.id, HEALTH.id],
        itemIds: Object.values(items),
        targetCriteria: { kinds: ['enterprise'], regionCodes: ['320102'] },
        ratiosByCreditRisk: { A: 0.05, D: 0.2 },
        window: PLAN_WINDOW,
      },
    });
    expect(plan.status).toBe(201);
    planId = plan.body.id;
    expect((await api.call('POST', `/api/plans/${planId}/publish`, { as: operator })).status).toBe(200);
    await signIn(operator);
  }, 60_000);

  it('drafts a plan from a 一业一单, its ratios typed as percentages', async () => {
    await page.goto(`${api.base}/plans/new`);
    await page.getByLabel('计划名称').fill('2026年度餐饮行业联合抽查计划');
    await page
      .getByLabel('按联合抽查事项清单（一业一单）填入')
      .selectOption({ label: `餐饮（牵头部门：${LEAD.name}）` });
    await expect(group('配合部门').getByLabel(FIRE.name).isChecked()).resolves.toBe(true);
    await expect(group('配合部门').getByLabel(HEALTH.name).isChecked()).resolves.toBe(false);
    const fireItem = group(`${FIRE.name}的抽查事项`).getByRole('checkbox', { name: /消防安全检查/ });
    await fireItem.waitFor();
    await expect(fireItem.isChecked()).resolves.toBe(true);
    await page.getByLabel('D 类高风险（%）').fill('20');
    await accessible();
    await shot('plan-new');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/plans\/(?!new)[^/?]+/);
    const drafted = await api.call<{
      cooperatingDepartmentIds: string[];
      itemIds: string[];
      ratiosByCreditRisk: Record<string, number>;
      jointList?: { listId: string; version: number };
    }>('GET', `/api/plans/${new URL(page.url()).pathname.split('/')[2]}`, { as: operator });
    expect(drafted.body.cooperatingDepartmentIds).toEqual([FIRE.id]);
    expect([...drafted.body.itemIds].sort()).toEqual(
      [items['食品经营许可情况检查'], items['消防安全检查']].sort(),
    );
    expect(drafted.body.ratiosByCreditRisk).toEqual({ D: 0.2 });
    // Its departments and items are the list's: the plan is recorded as made from it (ADR 41).
    expect(drafted.body.jointList).toMatchObject({ version: 1 });
    await page.getByText('D：20.0%').first().waitFor();
    await accessible();
    await shot('plan-detail');
  });

  it('starts a joint task under a published plan of three departments, and the plan counts it', async () => {
    await page.goto(`${api.base}/tasks/new`);
    await page.getByLabel('任务名称').fill('2026年餐饮场所联合抽查');
    // Typed before the plan is chosen: kept (the end day within the plan's window).
    await page.getByLabel('按户数抽取').check();
    await page.getByLabel('抽取户数').fill('3');
    await page.getByLabel('检查结束日期').fill('2026-12-31');
    // A 一业一单 first, then the plan: what the list filled gives way to the plan's.
    await page
      .getByLabel('按联合抽查事项清单（一业一单）填入')
      .selectOption({ label: `餐饮（牵头部门：${LEAD.name}）` });
    await expect(
      group(`${FIRE.name}的抽查事项`)
        .getByLabel(/消防安全检查/)
        .isChecked(),
    ).resolves.toBe(true);
    await page.getByLabel('年度抽查工作计划').selectOption({ label: '2026年度市场监管领域部门联合抽查计划' });

    const lead = group(`${LEAD.name}（牵头部门）的抽查事项`);
    await expect(lead.getByLabel(/食品经营许可情况检查/).isChecked()).resolves.toBe(true);
    await expect(lead.getByLabel(/广告发布情况检查/).isChecked()).resolves.toBe(true);
    expect(await lead.getByLabel(/消防安全检查/).count()).toBe(0);
    const invited = group('邀请参与联合抽查的部门');
    await expect(invited.getByLabel(FIRE.name).isChecked()).resolves.toBe(true);
    await expect(invited.getByLabel(HEALTH.name).isChecked()).resolves.toBe(true);
    await expect(
      group(`${HEALTH.name}的抽查事项`)
        .getByLabel(/公共场所卫生检查/)
        .isChecked(),
    ).resolves.toBe(true);
    await expect(group('检查对象类型').getByLabel('企业').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('行政区划代码').inputValue()).resolves.toBe('320102');
    await expect(page.getByLabel('抽取户数').inputValue()).resolves.toBe('3');
    await expect(page.getByLabel('检查结束日期').inputValue()).resolves.toBe(PLAN_WINDOW.to);
    const from = await page.getByLabel('检查开始日期').inputValue();
    expect(from >= PLAN_WINDOW.from && from <= PLAN_WINDOW.to).toBe(true);
    // A plan task names its beacon round: a drand round an hour after the simulated morning.
    const round = Math.floor((Date.parse(`${DAY}T02:00:00.000Z`) / 1000 - 1692803367) / 3) + 1;
    await page.getByLabel(/^公共随机源/).selectOption({ label: 'drand quicknet 公共随机信标' });
    await page.getByLabel(/^开奖期号/).fill(String(round));
    await page.getByText('该期开奖时间：2026-06-01 10:00（北京时间）。').waitFor();
    await accessible();
    await shot('task-new-under-plan');

    await page.getByRole('button', { name: '发起任务' }).click();
    await page.waitForURL(/\/tasks\/(?!new)[^/?]+/);
    const taskId = new URL(page.url()).pathname.split('/')[2];
    await page.getByText('已发起（未锁定）').first().waitFor();
    const task = await api.call<{
      planId: string;
      itemIds: string[];
      participants: { departmentId: string; itemIds: string[] }[];
      criteria: unknown;
      sampling: unknown;
    }>('GET', `/api/tasks/${taskId}`, { as: operator });
    expect(task.body).toMatchObject({
      planId,
      itemIds: [items['食品经营许可情况检查'], items['广告发布情况检查']],
      participants: [
        { departmentId: FIRE.id, itemIds: [items['消防安全检查']] },
        { departmentId: HEALTH.id, itemIds: [items['公共场所卫生检查']] },
      ],
      criteria: { kinds: ['enterprise'], regionCodes: ['320102'] },
      sampling: { count: 3 },
    });

    await signIn(supervisor);
    await page.goto(`${api.base}/dashboards/plan-execution?year=2026`);
    const row = page.getByRole('row', { name: /2026年度市场监管领域部门联合抽查计划/ });
    await row.waitFor();
    // Plan, lead, status, window, then the live tasks.
    await expect(row.getByRole('cell').nth(4).innerText()).resolves.toBe('1');
    await accessible();
    await shot('dashboard-plan-execution');
  });
});
