import type { Page } from 'playwright-core';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { checkItemBody, enforcementCertificate } from './support/task-fixtures';

/**
 * Setting up an empty platform in the console, as its administrator: the first-steps guide on the
 * workbench, departments registered on their page, a calendar year entered from the State
 * Council's notice, each step marked done as it is; the operator's workbench lists the task to
 * draw; the public portal names departments and tasks. SCREENSHOTS=<dir> saves the pages.
 */
const LEAD = { id: 'scjg-320102', name: '玄武区市场监督管理局' };
const PARTNER = { id: 'xf-320102', name: '玄武区消防救援大队' };

describeInBrowser('setting up an empty platform in the console', () => {
  const web = consoleInBrowser({
    fullPage: true,
    // Tasks here draw without a beacon (the beacon steps have their own spec); a checkpoint every 5 events.
    env: { DRAW_WITHOUT_BEACON: 'any', TRANSPARENCY_CHECKPOINT_EVERY: '5' },
  });
  const { api, signIn, signOut, see, accessible, shot } = web;
  let page: Page;
  const operator: Caller = { ...staff(LEAD.id, ['operator'], 'op-scjg'), name: '王明' };
  /** The years the guide asks for (this year and the next) that the dataset does not know. */
  let missing: number[] = [];
  const thisYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

  const guide = () => page.getByRole('region', { name: '初始设置' });
  const step = (name: string) => guide().getByRole('listitem').filter({ hasText: name });
  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  beforeAll(async () => {
    page = web.page;
    const known = await ok<{ years: { year: number }[] }>('GET', '/api/calendar/years', admin);
    missing = [thisYear, thisYear + 1].filter((y) => !known.years.some((k) => k.year === y));
  });

  it('shows the administrator the first steps in order, none done, and says why items cannot be added yet', async () => {
    await signIn(admin);
    await guide().waitFor();
    const steps = await guide().getByRole('listitem').allTextContents();
    expect(steps.map((s) => s.replace(/（.*$/, '').trim())).toEqual([
      '登记参与抽查的执法检查部门',
      '录入本年度和下一年度的节假日安排',
      '编制各部门的抽查事项清单',
      '导入检查对象名录和执法检查人员名录',
      '制定并公布年度抽查计划',
    ]);
    expect(await step('登记参与抽查的执法检查部门').textContent()).toContain('待办理');
    await accessible();
    await shot('workbench-setup-guide');

    await page.goto(`${api.base}/registers/check-items`);
    await see('尚未登记任何部门，暂不能新增');
    expect(await page.getByRole('button', { name: '新增抽查事项' }).count()).toBe(0);
  });

  it('registers departments on their page, with their codes shown', async () => {
    await page.goto(`${api.base}/`);
    await step('登记参与抽查的执法检查部门').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: '执法检查部门' }).waitFor();
    for (const d of [LEAD, PARTNER]) {
      await page.getByRole('button', { name: '登记部门' }).click();
      await page.getByLabel('部门名称').fill(d.name);
      await page.getByLabel('部门编号').fill(d.id);
      await page.getByLabel('行政区划代码').fill('320102');
      // Required fields are marked, for the eye and for screen readers.
      expect(await page.getByLabel('部门编号').getAttribute('aria-required')).toBe('true');
      if (d === LEAD) {
        await accessible();
        await shot('departments-register');
      }
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await see(`已登记部门：${d.name}。`);
    }
    const table = page.getByRole('table', { name: /已登记的部门/ });
    await table.getByText(PARTNER.id).waitFor();
    expect(await table.textContent()).toContain(LEAD.name);
    await accessible();
    await shot('departments');

    // The tree: the administrator places the partner under the lead (same region), the table shows it.
    await table
      .getByRole('row')
      .filter({ hasText: PARTNER.id })
      .getByRole('button', { name: '设置上级部门' })
      .click();
    const panel = page.getByRole('region', { name: `设置“${PARTNER.name}”的上级部门` });
    await panel.getByLabel('上级部门').selectOption(LEAD.id);
    await accessible();
    await panel.getByRole('button', { name: '设置上级部门' }).click();
    await see(`已设置“${PARTNER.name}”的上级部门。`);
    const partnerRow = table.getByRole('row').filter({ hasText: PARTNER.id });
    await partnerRow.getByText(LEAD.name).waitFor();
    expect(await table.getByRole('row').filter({ hasText: LEAD.id }).first().textContent()).toContain(
      PARTNER.name,
    );

    await page.goto(`${api.base}/`);
    await guide().waitFor();
    expect(await step('登记参与抽查的执法检查部门').textContent()).toContain('已完成');
  });

  it("enters a year's holidays from the notice on the calendar page", async () => {
    await step('录入本年度和下一年度的节假日安排').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: '工作日历' }).waitFor();
    if (missing.length > 0) await see(`${missing.join('、')} 年的节假日安排尚未录入`);
    const year = missing.at(-1) ?? thisYear + 1;
    await page.getByRole('textbox', { name: '年度', exact: true }).fill(String(year));
    await page.getByLabel('通知文号').fill(`国办发明电〔${year - 1}〕7号`);
    await page
      .getByLabel('放假日期')
      .fill(`${year}-01-01\n${year}-02-06 至 ${year}-02-13\n${year}-10-01 至 ${year}-10-07`);
    // A Saturday in late September: a make-up working day must be a weekend day.
    const saturday = [...Array(7).keys()]
      .map((n) => `${year}-09-${20 + n}`)
      .find((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 6)!;
    await page.getByLabel('调休上班日期').fill(saturday);
    await see('将录入放假 16 天、调休上班 1 天。');
    await accessible();
    await shot('calendar');
    await page.getByRole('button', { name: '录入', exact: true }).click();
    await see(`已录入 ${year} 年节假日安排：放假 16 天，调休上班 1 天。`);
    const years = await ok<{ years: { year: number; source: string }[] }>(
      'GET',
      '/api/calendar/years',
      admin,
    );
    expect(years.years.find((y) => y.year === year)).toMatchObject({ source: 'operator' });
    if (missing.length <= 1) {
      await page.goto(`${api.base}/`);
      await guide().waitFor();
      expect(await step('录入本年度和下一年度的节假日安排').textContent()).toContain('已完成');
    }
  });

  it("lists the operator's task to draw on the workbench, and the portal names departments and tasks", async () => {
    // The remaining steps by the api: the guide marks each done as what it makes exists.
    const items: Record<string, string> = {};
    for (const d of [LEAD, PARTNER]) {
      items[d.id] = (
        await ok<{ id: string }>(
          'POST',
          '/api/check-items',
          staff(d.id, ['operator']),
          checkItemBody(d.id, `${d.name}检查事项`),
        )
      ).id;
    }
    for (let n = 0; n < 3; n += 1) {
      await ok('POST', '/api/entities', operator, {
        code: sampleCreditCode(700 + n),
        name: `南京设置测试公司${n}`,
        kind: 'enterprise',
        address: '南京',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
    for (let n = 0; n < 2; n += 1) {
      await ok('POST', '/api/inspectors', operator, {
        departmentId: LEAD.id,
        name: `李检查${n + 1}`,
        idCardNumber: sampleIdCardNumber(70 + n),
        category: 'certified',
        ...enforcementCertificate(),
        regionCode: '320102',
      });
    }
    const window = { from: `${thisYear + 1}-03-01`, to: `${thisYear + 1}-03-31` };
    const plan = await ok<{ id: string }>('POST', '/api/plans', operator, {
      year: thisYear + 1,
      name: `${thisYear + 1}年度玄武区联合抽查计划`,
      leadDepartmentId: LEAD.id,
      cooperatingDepartmentIds: [PARTNER.id],
      itemIds: [items[LEAD.id], items[PARTNER.id]],
      targetCriteria: {},
      ratiosByCreditRisk: { B: 0.5 },
      window,
    });
    await ok('POST', `/api/plans/${plan.id}/publish`, staff(LEAD.id, ['head']));
    const task = await ok<{ id: string }>('POST', '/api/tasks', operator, {
      planId: plan.id,
      name: '餐饮单位食品安全抽查',
      participants: [],
      itemIds: [items[LEAD.id]],
      criteria: {},
      sampling: { count: 1 },
      window,
    });
    await api.stores.projections.waitFor(await api.head(), 20_000);

    await signIn(operator);
    const waiting = page.getByRole('region', { name: /待抽取、待锁定的任务/ });
    await waiting.getByRole('link', { name: '餐饮单位食品安全抽查' }).waitFor();
    expect(await waiting.textContent()).toContain('待抽取检查对象');
    await accessible();
    await shot('workbench-draw-lock');

    await ok('POST', `/api/tasks/${task.id}/draws/entities`, operator, {});
    await ok('POST', `/api/tasks/${task.id}/draws/inspectors`, operator, {});
    await ok('POST', `/api/tasks/${task.id}/lock`, operator);
    // A second task drawn, then cancelled on its principal's approval: the portal publishes it.
    const dropped = await ok<{ id: string }>('POST', '/api/tasks', operator, {
      planId: plan.id,
      name: '餐饮单位复查',
      participants: [],
      itemIds: [items[LEAD.id]],
      criteria: {},
      sampling: { count: 1 },
      window,
    });
    await ok('POST', `/api/tasks/${dropped.id}/draws/entities`, operator, {});
    const asked = await ok<{ requestId: string }>(
      'POST',
      `/api/tasks/${dropped.id}/cancellation-requests`,
      operator,
      {
        reason: '专项整治调整',
      },
    );
    await ok(
      'POST',
      `/api/tasks/${dropped.id}/cancellation-requests/${asked.requestId}/approve`,
      staff(LEAD.id, ['principal']),
      {},
    );
    await api.stores.projections.waitFor(await api.head(), 20_000);

    await signOut();
    await page.goto(`${api.base}/public`);
    await page.getByRole('link', { name: '抽查任务公告' }).click();
    const tasks = page.getByRole('table', { name: /抽查任务/ });
    await tasks.getByText('餐饮单位食品安全抽查').waitFor();
    // The portal shows a department's id until the departments' names have loaded beside the tasks.
    await tasks.getByText(LEAD.name).first().waitFor();
    expect(await tasks.textContent()).toContain(LEAD.name);
    expect(await tasks.textContent()).not.toContain(LEAD.id);
    await accessible();
    await page.getByRole('link', { name: '抽取后撤销' }).click();
    const cancellations = page.getByRole('table', { name: /抽取后撤销的任务/ });
    await cancellations.getByText('餐饮单位复查').waitFor();
    // As on the tasks' page: the department's id shows until the departments' names have loaded.
    await cancellations.getByText(`${LEAD.name}主要负责人`).waitFor();
    const row = await cancellations.textContent();
    expect(row).toContain('专项整治调整');
    expect(row).toContain(`${LEAD.name}主要负责人`);
    expect(row).not.toContain(LEAD.id);
    await cancellations.getByText('作废名单').click();
    await page
      .getByRole('table', { name: /作废名单中的检查对象/ })
      .getByRole('row')
      .nth(1)
      .waitFor();
    await accessible();
    await page.getByRole('link', { name: '抽查计划', exact: true }).click();
    const plans = page.getByRole('table', { name: /计划/ });
    await plans.getByText(PARTNER.name).first().waitFor();
    expect(await plans.textContent()).not.toContain(PARTNER.id);
    await accessible();
    await page.getByRole('link', { name: '日志存证' }).click();
    const checkpoints = page.getByRole('table', { name: /已签发的检查点/ });
    await checkpoints.getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('table', { name: /签名公钥/ }).textContent()).toContain('在用');
    await accessible();
    await shot('public-portal-names');
  });
});
