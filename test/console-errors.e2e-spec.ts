import type { Page } from 'playwright-core';
import { sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { beijingToday, checkItemBody } from './support/task-fixtures';

/**
 * The api's refusals as officials read them in the console: in Chinese, with the field named as
 * the form names it and departments by their names, never a code or an id; and in English once
 * English is chosen. SCREENSHOTS=<dir> saves the pages with the refusals shown.
 */
const LEAD = { id: 'scjg-320102', name: '玄武区市场监督管理局' };
const PARTNER = { id: 'xf-320102', name: '玄武区消防救援大队' };

describeInBrowser('refusals in the console speak the official’s language', () => {
  const web = consoleInBrowser({ fullPage: true });
  const { api, signIn, accessible, shot } = web;
  let page: Page;
  const leadOperator: Caller = { ...staff(LEAD.id, ['operator'], 'op-scjg'), name: '王明' };
  const partnerOperator: Caller = { ...staff(PARTNER.id, ['operator'], 'op-xf'), name: '李强' };
  let taskId = '';

  /** The text of every alert on the page once `text` is among them. */
  const alerts = async (text: string): Promise<string> => {
    await page.getByRole('alert').filter({ hasText: text }).first().waitFor();
    return (await page.getByRole('alert').allInnerTexts()).join('\n');
  };
  const declineWithoutReason = async () => {
    await page.goto(`${api.base}/tasks/${taskId}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: /^(拒绝参与|Decline)$/ }).click();
    // Declining cannot be taken back, so the console asks first; the test confirms.
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^(确认拒绝|Confirm|Decline)/ })
      .click();
  };

  beforeAll(async () => {
    page = web.page;
    page.on('dialog', (dialog) => void dialog.accept());
    const items: Record<string, string> = {};
    for (const d of [LEAD, PARTNER]) {
      await api.call('POST', '/api/departments', { as: admin, body: { ...d, regionCode: '320102' } });
      const item = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: staff(d.id, ['operator']),
        body: checkItemBody(d.id, d === LEAD ? '食品经营许可情况检查' : '消防安全检查'),
      });
      items[d.id] = item.body.id;
    }
    const task = await api.call<{ id: string }>('POST', '/api/tasks', {
      as: leadOperator,
      body: {
        adhocReason: '群众投诉集中',
        name: '联合抽查',
        participants: [{ departmentId: PARTNER.id, itemIds: [items[PARTNER.id]] }],
        itemIds: [items[LEAD.id]],
        criteria: {},
        sampling: { count: 1 },
        window: { from: beijingToday(), to: beijingToday() },
      },
    });
    expect(task.status).toBe(201);
    taskId = task.body.id;
  }, 60_000);

  it('says beside each field what is missing or out of range (an empty name, a ratio over 100%)', async () => {
    await signIn(leadOperator);
    await page.goto(`${api.base}/registers/check-items`);
    await page.getByRole('button', { name: '新增抽查事项' }).first().click();
    // Over 100% whether the field takes a percentage or a decimal.
    await page.getByLabel('年度抽查比例').fill('150');
    await page.getByRole('button', { name: '新增抽查事项' }).last().click();
    const shown = await alerts('请填写此项。');
    expect(shown).toContain('须在 0% 至 100% 之间。');
    expect(shown).not.toMatch(/must|characters|[A-Z]{3,}_[A-Z]/);
    await accessible();
    await shot('refusal-fields');
  });

  it('names a broken rule in Chinese, without its code', async () => {
    await signIn(partnerOperator);
    await declineWithoutReason();
    const shown = await alerts('不参加本任务的，须填写理由。');
    expect(shown).not.toContain('DECLINE_NEEDS_REASON');
    await accessible();
    await shot('refusal-rule');
  });

  it('names the departments of an act for another department in an import report', async () => {
    await page.goto(`${api.base}/registers/import`);
    const csv = [
      '所属部门编号,姓名,身份证号,人员类别,行政区划代码',
      `${LEAD.id},周三,${sampleIdCardNumber(7)},执法人员,320102`,
    ].join('\r\n');
    await page.getByLabel('执法检查人员名录文件（CSV 或 Excel）').setInputFiles({
      name: 'inspectors.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: '导入执法检查人员名录' }).click();
    const row = page.getByRole('cell', {
      name: `您只能代表本部门（${PARTNER.name}）办理，不能代表${LEAD.name}办理。`,
    });
    await row.waitFor();
    // The report (the page also lists each department's code, for the sheets).
    const report = page.getByRole('table').filter({ has: row });
    expect(await report.getByText(/OTHER_DEPARTMENT|xf-320102/).count()).toBe(0);
    await accessible();
    await shot('refusal-import');
  });

  it('speaks English once English is chosen', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await declineWithoutReason();
    await alerts('A department that declines gives its reason.');
    await page.getByRole('button', { name: '中文' }).click();
  });
});
