import type { Page } from 'playwright-core';
import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { FOOD_LICENCE_CHECK, checkItemBody } from './support/task-fixtures';

/**
 * The new-task form in Chromium (issue 20): a task made from a 一业一单 under a plan, drawing more
 * than the plan's class ratios allow, with its reason; the head approves it in the task's requests;
 * and a coordinator of the joint office initiates for the lead it names (Gui'an 第39条).
 */
const LEAD = { id: 'scjg', name: '市场监管局' };
const FIRE = { id: 'xf', name: '消防救援大队' };
const OFFICE = { id: 'lxb', name: '玄武区联席办', kind: 'joint-office' };
const DAY = '2026-06-01';
const PLAN = '2026年度餐饮行业联合抽查计划';

describeInBrowser('the new-task form in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' }, fullPage: true });
  const { api, signIn, openTask, accessible, shot } = web;
  let page: Page;
  const operator: Caller = { ...staff(LEAD.id, ['operator'], 'op-scjg'), name: '王明' };
  const head: Caller = { ...staff(LEAD.id, ['head'], 'head-scjg'), name: '李华' };
  const coordinator: Caller = { ...staff(OFFICE.id, ['coordinator'], 'coord-lxb'), name: '周静' };
  const items: Record<string, string> = {};
  let listId = '';
  let beyond = '';

  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  type Task = {
    jointList?: { listId: string; version: number };
    initiatedByOffice?: { officeId: string };
    leadDepartmentId: string;
    sampling: unknown;
    requests: Record<string, { kind: string; status: string; deviations?: { rule: string }[] }>;
  };
  /** The beacon a plan task names: a drand round an hour after the simulated morning. */
  const nameBeacon = async () => {
    const round = Math.floor((Date.parse(`${DAY}T02:00:00.000Z`) / 1000 - 1692803367) / 3) + 1;
    await page.getByLabel(/^公共随机源/).selectOption({ label: 'drand quicknet 公共随机信标' });
    await page.getByLabel(/^开奖期号/).fill(String(round));
  };
  const submitted = async (): Promise<string> => {
    await page.getByRole('button', { name: '发起任务' }).click();
    await page.waitForURL(/\/tasks\/(?!new)[^/?]+/);
    await page.getByText('已发起（未锁定）').first().waitFor();
    return new URL(page.url()).pathname.split('/')[2];
  };

  beforeAll(async () => {
    page = web.page;
    await ok('PUT', '/api/admin/clock', admin, { now: `${DAY}T01:00:00.000Z` });
    for (const d of [OFFICE, LEAD, FIRE])
      await ok('POST', '/api/departments', admin, { ...d, regionCode: '320102' });
    for (const [department, name] of [
      [LEAD.id, '食品经营许可情况检查'],
      [FIRE.id, '消防安全检查'],
    ]) {
      const item = await ok<{ id: string }>(
        'POST',
        '/api/check-items',
        staff(department, ['operator']),
        checkItemBody(department, name, FOOD_LICENCE_CHECK),
      );
      items[department] = item.id;
    }
    for (let n = 0; n < 4; n += 1) {
      await ok('POST', '/api/entities', operator, {
        code: sampleCreditCode(900 + n),
        name: `南京示例餐饮有限公司${n + 1}`,
        kind: 'enterprise',
        address: '江苏省南京市玄武区示例路3号',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
    listId = (
      await ok<{ id: string }>('POST', '/api/joint-item-lists', operator, {
        industry: '餐饮',
        leadDepartmentId: LEAD.id,
        itemIds: [items[LEAD.id], items[FIRE.id]],
      })
    ).id;
    // Class B at 25%: of four entities, one may be drawn (⌈0.25 × 4⌉).
    const plan = await ok<{ id: string }>('POST', '/api/plans', operator, {
      year: 2026,
      name: PLAN,
      leadDepartmentId: LEAD.id,
      jointListId: listId,
      targetCriteria: { kinds: ['enterprise'] },
      ratiosByCreditRisk: { B: 0.25 },
      window: { from: '2026-03-01', to: '2026-11-30' },
    });
    await ok('POST', `/api/plans/${plan.id}/publish`, head);
  }, 60_000);

  it('makes a task from a 一业一单 under its plan, drawing beyond the plan with a reason', async () => {
    await signIn(operator);
    await page.goto(`${api.base}/tasks/new`);
    await page.getByLabel('任务名称').fill('餐饮场所联合抽查（加大力度）');
    await page.getByLabel('年度抽查工作计划').selectOption({ label: PLAN });
    await page
      .getByLabel('按联合抽查事项清单（一业一单）填入')
      .selectOption({ label: `餐饮（牵头部门：${LEAD.name}）` });
    await page.getByLabel('按户数抽取').check();
    await page.getByLabel('抽取户数').fill('2');
    await page.getByLabel('超出计划的理由').fill('投诉集中，扩大抽查户数');
    await page.getByLabel('检查开始日期').fill('2026-06-10');
    await page.getByLabel('检查结束日期').fill('2026-06-30');
    await nameBeacon();
    await accessible();
    await shot('task-new-beyond-plan');
    beyond = await submitted();
    const task = await ok<Task>('GET', `/api/tasks/${beyond}`, operator);
    expect(task).toMatchObject({
      jointList: { listId, version: 1 },
      sampling: { count: 2 },
      requests: {
        'beyond-plan': { kind: 'beyond_plan', status: 'pending', deviations: [{ rule: 'COUNT_ABOVE_PLAN' }] },
      },
    });
  });

  it("the lead's head approves going beyond the plan in the task's requests", async () => {
    await signIn(head);
    await openTask(beyond);
    const requests = page.getByRole('region', { name: '变更申请与审批' });
    await requests.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByRole('button', { name: '确认批准' }).click();
    await requests.getByText('已批准').first().waitFor();
    const task = await ok<Task>('GET', `/api/tasks/${beyond}`, head);
    expect(task.requests['beyond-plan']).toMatchObject({ status: 'approved' });
    await accessible();
    await shot('task-beyond-plan-approved');
  });

  it('a coordinator of the joint office initiates for the lead it names', async () => {
    await signIn(coordinator);
    await page.goto(`${api.base}/tasks/new`);
    await page.getByLabel('牵头部门').selectOption({ label: LEAD.name });
    await page.getByLabel('任务名称').fill('联席办发起的餐饮联合抽查');
    await page.getByLabel('年度抽查工作计划').selectOption({ label: PLAN });
    await page.getByLabel('按户数抽取').check();
    await page.getByLabel('抽取户数').fill('1');
    await page.getByLabel('检查开始日期').fill('2026-06-10');
    await page.getByLabel('检查结束日期').fill('2026-06-30');
    await nameBeacon();
    await accessible();
    await shot('task-new-by-office');
    const taskId = await submitted();
    const task = await ok<Task>('GET', `/api/tasks/${taskId}`, coordinator);
    expect(task).toMatchObject({
      leadDepartmentId: LEAD.id,
      initiatedByOffice: { officeId: OFFICE.id },
      requests: {},
    });
  });
});
