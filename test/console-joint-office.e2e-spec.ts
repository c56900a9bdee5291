import type { Page } from 'playwright-core';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { checkItemBody, enforcementCertificate } from './support/task-fixtures';

/**
 * The joint office (联席办) in Chromium (issue 20): a department's plan published after January's
 * end is filed late and shown to the coordinator, who publishes the county joint plan that then
 * appears on the portal; a participant that never answers a joint task is left behind by the lead
 * on the task page and named in the office's 通报 list; its postponement is then on the portal.
 * SCREENSHOTS=<dir>.
 */
const OFFICE = { id: 'lxb', name: '玄武区联席办', regionCode: '320102', kind: 'joint-office' };
const LEAD = { id: 'scjg', name: '玄武区市场监管局' };
const PARTNER = { id: 'xf', name: '玄武区消防救援大队' };
const SILENT = { id: 'ws', name: '玄武区卫生健康委' };
const PLAN_NAME = '2026年度餐饮行业联合抽查计划';

describeInBrowser('the joint office in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, openTask, accessible, shot, see } = web;
  let page: Page;
  const operator = (d: string): Caller => ({ ...staff(d, ['operator'], `op-${d}`), name: `${d}经办人` });
  const coordinator: Caller = { ...staff(OFFICE.id, ['coordinator'], 'u-coordinator'), name: '联席办协调员' };
  const items: Record<string, string> = {};
  let planId = '';
  let taskId = '';

  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const at = (now: string) => ok('PUT', '/api/admin/clock', admin, { now });
  const settled = async () => api.stores.projections.waitFor(await api.head(), 20_000);

  beforeAll(async () => {
    page = web.page;
    page.setDefaultTimeout(12_000);
    await at('2026-01-10T02:00:00.000Z');
    await ok('POST', '/api/departments', admin, OFFICE);
    for (const [n, d] of [LEAD, PARTNER, SILENT].entries()) {
      await ok('POST', '/api/departments', admin, { ...d, regionCode: '320102' });
      items[d.id] = (
        await ok<{ id: string }>(
          'POST',
          '/api/check-items',
          operator(d.id),
          checkItemBody(d.id, `${d.name}检查事项`),
        )
      ).id;
      for (let i = 0; i < 2; i += 1) {
        await ok('POST', '/api/inspectors', operator(d.id), {
          departmentId: d.id,
          name: `${d.name}检查员${i + 1}`,
          idCardNumber: sampleIdCardNumber(n * 10 + i),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: '320102',
        });
      }
    }
    for (let n = 0; n < 3; n += 1) {
      await ok('POST', '/api/entities', operator(LEAD.id), {
        code: sampleCreditCode(900 + n),
        name: `玄武示例餐饮有限公司${n + 1}`,
        kind: 'enterprise',
        address: '江苏省南京市玄武区示例路9号',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
    planId = (
      await ok<{ id: string }>('POST', '/api/plans', operator(LEAD.id), {
        year: 2026,
        name: PLAN_NAME,
        leadDepartmentId: LEAD.id,
        cooperatingDepartmentIds: [PARTNER.id],
        itemIds: [items[LEAD.id]],
        targetCriteria: {},
        ratiosByCreditRisk: { B: 0.05 },
        window: { from: '2026-04-01', to: '2026-11-30' },
      })
    ).id;
    // After January's end (PLAN_FILING_DEADLINE's default): filed late.
    await at('2026-02-05T02:00:00.000Z');
    await ok('POST', `/api/plans/${planId}/publish`, staff(LEAD.id, ['head']));
    await settled();
  }, 90_000);

  it('shows the coordinator the plan filed, and filed late', async () => {
    await signIn(coordinator);
    await page.getByRole('navigation').getByRole('link', { name: '计划备案' }).click();
    await page.getByRole('heading', { name: '年度抽查计划备案' }).waitFor();
    const filed = page.getByRole('table', { name: /已备案的计划/ });
    await filed
      .getByRole('row', { name: new RegExp(`${PLAN_NAME}.*第 1 版.*2026-02-05.*逾期备案`) })
      .waitFor();
    const late = page.getByRole('table', { name: /逾期备案或未备案/ });
    await late.getByRole('row', { name: new RegExp(`${PLAN_NAME}.*2026-01-31.*2026-02-05`) }).waitFor();
    await accessible();
    await shot('joint-office-filings');
  });

  it('lets the coordinator publish the county joint plan, after asking, and the portal shows it', async () => {
    await at('2026-03-02T01:00:00.000Z');
    await signIn(coordinator);
    await page.getByRole('navigation').getByRole('link', { name: '全县联合抽查计划' }).click();
    await page
      .getByRole('table', { name: /2026 年度将发布的联合抽查计划/ })
      .getByText(PLAN_NAME)
      .waitFor();
    await page.getByRole('button', { name: '发布全县联合抽查计划' }).click();
    const dialog = page.getByRole('dialog', { name: /发布 2026 年度全县部门联合抽查计划/ });
    await dialog.waitFor();
    await accessible();
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByRole('status').filter({ hasText: '已发布，公众可在公示页面查看。' }).waitFor();
    // Once published, the same again is refused with the rule named.
    await page.getByRole('button', { name: '发布全县联合抽查计划' }).click();
    await page.getByRole('button', { name: '确认发布' }).click();
    await page.locator('[data-code="CONSOLIDATED_PLAN_UNCHANGED"]').waitFor();
    await shot('joint-office-consolidated');

    await page.getByRole('link', { name: '查看公示' }).click();
    await page.getByRole('heading', { name: '全县部门联合抽查计划' }).waitFor();
    // The portal has no simulated clock: the year is asked for.
    await page.getByLabel('年度').fill('2026');
    await page.getByRole('button', { name: '查询' }).click();
    await see(/2026 年度 · 玄武区联席办 · 第 1 版（2026-03-02 发布）/);
    const row = page.getByRole('row', { name: new RegExp(`${PLAN_NAME}.*${LEAD.name}.*${PARTNER.name}`) });
    await row.waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/u-coordinator|op-scjg/);
    await accessible();
    await shot('public-consolidated-plans');
  });

  it('lets the lead go on without a silent participant, which the 通报 list then names', async () => {
    taskId = (
      await ok<{ id: string }>('POST', '/api/tasks', operator(LEAD.id), {
        adhocReason: '专项联合检查',
        name: '餐饮联合抽查',
        participants: [
          { departmentId: PARTNER.id, itemIds: [items[PARTNER.id]] },
          { departmentId: SILENT.id, itemIds: [items[SILENT.id]] },
        ],
        itemIds: [items[LEAD.id]],
        criteria: { regionCodes: ['320102'] },
        sampling: { count: 2 },
        window: { from: '2026-03-10', to: '2026-03-31' },
      })
    ).id;
    await ok('POST', `/api/tasks/${taskId}/responses`, operator(PARTNER.id), {
      accepted: true,
      itemIds: [items[PARTNER.id]],
    });
    // Friday 03-06: the answers were due on Wednesday 03-04.
    await at('2026-03-06T02:00:00.000Z');
    await settled();

    await signIn(operator(LEAD.id));
    await openTask(taskId);
    // The draw is the stage it stands at (a draw needs no answers); the answers are one click away.
    await page.getByRole('button', { name: /发起与响应/ }).click();
    await page.getByRole('group', { name: /响应期限（2026-03-04）已过/ }).waitFor();
    await page.getByRole('button', { name: `不再等待该部门，继续抽查（${SILENT.name}）` }).click();
    const dialog = page.getByRole('dialog', { name: `不再等待${SILENT.name}？` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '确认不再等待' }).click();
    await dialog.waitFor({ state: 'detached' });
    await see(/牵头部门于 2026-03-06 起不再等待/);
    await accessible();
    await shot('task-go-on-without');
    await settled();

    await signIn(coordinator);
    await page.getByRole('navigation').getByRole('link', { name: '未响应通报' }).click();
    const notice = page.getByRole('table', { name: /2026-01-01 至 2026-03-06 未响应的部门/ });
    await notice
      .getByRole('row', {
        name: new RegExp(`${SILENT.name}.*餐饮联合抽查.*${LEAD.name}.*2026-03-04.*牵头部门已决定不再等待`),
      })
      .waitFor();
    // The participant that answered is not named.
    expect(await notice.textContent()).not.toContain(PARTNER.name);
    await accessible();
    await shot('joint-office-non-responses');
  });
  it('shows the public the task postponed after its announcement, with the former window and the reason', async () => {
    // The task goes on without the silent participant: drawn, staffed, locked and announced.
    await ok('POST', `/api/tasks/${taskId}/draws/entities`, operator(LEAD.id), {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator(LEAD.id), {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator(PARTNER.id), {});
    await ok('POST', `/api/tasks/${taskId}/lock`, operator(LEAD.id));
    const { requestId } = await ok<{ requestId: string }>(
      'POST',
      `/api/tasks/${taskId}/postponement-requests`,
      operator(LEAD.id),
      { window: { from: '2026-04-01', to: '2026-04-30' }, reason: '防汛任务冲突，检查顺延' },
    );
    await ok(
      'POST',
      `/api/tasks/${taskId}/postponement-requests/${requestId}/approve`,
      staff(LEAD.id, ['head']),
      {},
    );
    await settled();

    await page.goto(`${api.base}/public/postponements`);
    await page
      .getByRole('row', {
        name: new RegExp(
          `餐饮联合抽查.*${LEAD.name}.*2026-03-10 至 2026-03-31.*2026-04-01 至 2026-04-30.*防汛任务冲突，检查顺延.*${LEAD.name}负责人.*2026-03-06`,
        ),
      })
      .waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/op-scjg|u-coordinator/);
    await accessible();
    await shot('public-postponements');
  });
});
