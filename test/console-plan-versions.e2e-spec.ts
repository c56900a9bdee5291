import type { Page } from 'playwright-core';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { checkItemBody } from './support/task-fixtures';

/**
 * A published plan's versions in Chromium (issue 20; Yuanqu 二(三), Gui'an 第25、27条): its
 * adjustment stays a draft beside the published version, the portal keeps showing the published
 * one until the plan is published again; then the plan page lists each version with its reason
 * and filing, and the portal shows the new version with its adjustment. SCREENSHOTS=<dir>.
 */
const OFFICE = { id: 'lxb', name: '玄武区联席办', regionCode: '320102', kind: 'joint-office' };
const LEAD = { id: 'scjg', name: '玄武区市场监管局' };
const FIRST = '2026年度食品经营抽查计划';
const SECOND = '2026年度食品经营抽查计划（调整）';
const REASON = '增设节前专项检查';

describeInBrowser('plan versions in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, accessible, shot, see } = web;
  let page: Page;
  const operator: Caller = { ...staff(LEAD.id, ['operator', 'head'], 'op-scjg'), name: '市场监管局经办人' };
  let planId = '';

  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300) {
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  };
  const publicNames = async () => {
    await api.stores.projections.waitFor(await api.head(), 20_000);
    const answer = await api.call<{ items: { name: string; version: number }[] }>('GET', '/api/public/plans');
    return answer.body.items.map((p) => `${p.name} v${p.version}`);
  };

  beforeAll(async () => {
    page = web.page;
    page.setDefaultTimeout(15_000);
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-01-20T02:00:00.000Z' });
    await ok('POST', '/api/departments', admin, OFFICE);
    await ok('POST', '/api/departments', admin, { ...LEAD, regionCode: '320102' });
    const item = await ok<{ id: string }>(
      'POST',
      '/api/check-items',
      operator,
      checkItemBody(LEAD.id, '食品经营许可检查'),
    );
    planId = (
      await ok<{ id: string }>('POST', '/api/plans', operator, {
        year: 2026,
        name: FIRST,
        leadDepartmentId: LEAD.id,
        cooperatingDepartmentIds: [],
        itemIds: [item.id],
        targetCriteria: {},
        ratiosByCreditRisk: { B: 0.05 },
        window: { from: '2026-03-01', to: '2026-11-30' },
      })
    ).id;
    await ok('POST', `/api/plans/${planId}/publish`, operator);
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-06-10T02:00:00.000Z' });
  }, 60_000);

  it('keeps an adjustment a draft beside the published version; the portal still shows the published one', async () => {
    await signIn(operator);
    await page.goto(`${api.base}/plans/${planId}`);
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    await page.getByRole('button', { name: '调整计划' }).click();
    await page.getByRole('textbox', { name: /^计划名称/ }).fill(SECOND);
    // The joint office takes the filing; it is no cooperating department.
    expect(await page.getByRole('checkbox', { name: OFFICE.name }).count()).toBe(0);
    await page.getByRole('textbox', { name: /^调整理由/ }).fill(REASON);
    await page.getByRole('button', { name: '保存调整' }).click();
    await page.getByRole('status').filter({ hasText: '已保存调整，请重新发布计划' }).waitFor();

    // The published version stays the plan's heading; the draft is apart, as 待发布的调整.
    const pending = page.getByRole('region', { name: '待发布的调整' });
    await pending.getByText(SECOND).waitFor();
    await page.getByRole('heading', { level: 1, name: FIRST }).waitFor();
    const versions = page.getByRole('table', { name: /计划各发布版本/ });
    await versions
      .getByRole('row', { name: /第 1 版.*2026-01-20.*首次发布.*2026-01-20 向玄武区联席办备案/ })
      .waitFor();
    expect(await versions.getByRole('row').count()).toBe(2);
    await accessible();
    await shot('plan-adjustment-pending');

    expect(await publicNames()).toEqual([`${FIRST} v1`]);
    await page.goto(`${api.base}/public/plans`);
    await page.getByRole('row', { name: new RegExp(`${FIRST}.*第 1 版`) }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(SECOND);
  });

  it('publishes the adjustment as version 2, listed with its reason and filing; the portal shows it', async () => {
    await signIn(operator);
    await page.goto(`${api.base}/plans/${planId}`);
    await page.getByRole('button', { name: '重新发布（第 2 版）' }).click();
    await page
      .getByRole('dialog', { name: '发布计划第 2 版？' })
      .getByRole('button', { name: '确认发布' })
      .click();
    await page.getByRole('status').filter({ hasText: '已发布第 2 版' }).waitFor();
    await page.getByRole('heading', { level: 1, name: SECOND }).waitFor();
    expect(await page.getByRole('region', { name: '待发布的调整' }).count()).toBe(0);
    const versions = page.getByRole('table', { name: /计划各发布版本/ });
    await versions
      .getByRole('row', { name: new RegExp(`第 2 版.*2026-06-10.*${REASON}.*2026-06-10 向玄武区联席办备案`) })
      .waitFor();
    await versions.getByRole('row', { name: /第 1 版.*首次发布/ }).waitFor();
    await accessible();
    await shot('plan-versions');

    expect(await publicNames()).toEqual([`${SECOND} v2`]);
    await page.goto(`${api.base}/public/plans`);
    await page
      .getByRole('row', { name: new RegExp(`${SECOND}.*第 2 版.*2026-06-10 调整：${REASON}`) })
      .waitFor();
    await page.getByText('历次版本').click();
    await see(`第 1 版（2026-01-20 发布）：${FIRST}，2026-03-01 至 2026-11-30。`);
    await see(new RegExp(`第 2 版（2026-06-10 发布）：${SECOND}.* 2026-06-10 调整：${REASON}`));
    expect(await page.locator('main').textContent()).not.toMatch(/op-scjg|经办人/);
    await accessible();
  });
});
