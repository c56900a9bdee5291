import type { Page } from 'playwright-core';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { FOOD_LICENCE_CHECK, checkItemBody } from './support/task-fixtures';

/**
 * Experts in the console (issue 20; Yiyuan 十九、二十; ADR 33): the inspector form takes the
 * enforcement certificate and its validity; the task page appoints an expert beside the drawn team,
 * with a reason, and shows it apart from the two counted members.
 */
const LEAD = { id: 'scjg', name: '市场监管局' };
const DAY = '2026-06-01';

describeInBrowser('experts beside the team in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true', ENFORCEMENT_QUALIFICATION: 'required' } });
  const { api, signIn, openTask, see, accessible, shot } = web;
  let page: Page;
  const operator: Caller = { ...staff(LEAD.id, ['operator'], 'op-scjg'), name: '经办人' };
  let taskId = '';
  let entityId = '';
  let expertId = '';

  const ok = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as: operator, body });
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const inspector = async (n: number, name: string, category: string) =>
    (
      await ok<{ id: string }>('POST', '/api/inspectors', {
        departmentId: LEAD.id,
        name,
        idCardNumber: sampleIdCardNumber(n),
        category,
        regionCode: '320102',
        ...(category === 'expert'
          ? {}
          : { certificateNo: `ZF0000${n}`, enforcementValidUntil: '2030-12-31' }),
      })
    ).id;

  beforeAll(async () => {
    page = web.page;
    await api.call('PUT', '/api/admin/clock', { as: admin, body: { now: `${DAY}T01:00:00.000Z` } });
    await api.call('POST', '/api/departments', { as: admin, body: { ...LEAD, regionCode: '320102' } });
    const item = await ok<{ id: string }>(
      'POST',
      '/api/check-items',
      checkItemBody(LEAD.id, '食品经营许可情况检查', FOOD_LICENCE_CHECK),
    );
    await inspector(1, '持证甲', 'certified');
    await inspector(2, '持证乙', 'certified');
    expertId = await inspector(3, '食品专家丙', 'expert');
    for (let n = 0; n < 2; n += 1) {
      await ok('POST', '/api/entities', {
        code: sampleCreditCode(800 + n),
        name: `南京专家测试餐饮公司${n + 1}`,
        kind: 'enterprise',
        address: '江苏省南京市玄武区示例路3号',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
    taskId = (
      await ok<{ id: string }>('POST', '/api/tasks', {
        name: '食品经营专项抽查',
        adhocReason: '群众投诉集中',
        itemIds: [item.id],
        participants: [],
        criteria: {},
        sampling: { count: 1 },
        window: { from: DAY, to: '2026-06-30' },
      })
    ).id;
    entityId = (await ok<{ entityIds: string[] }>('POST', `/api/tasks/${taskId}/draws/entities`, {}))
      .entityIds[0];
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, {});
  }, 60_000);

  it('registers an inspector with the enforcement certificate and its validity', async () => {
    await signIn(operator);
    await page.goto(`${api.base}/registers/inspectors`);
    await page.getByRole('button', { name: '登记执法检查人员' }).first().click();
    await page.getByLabel('姓名').fill('持证丁');
    await page.getByLabel('身份证号').fill(sampleIdCardNumber(4));
    await page.getByLabel('执法证号').fill('ZF00004');
    await page.getByLabel('执法证有效期至').fill('2029-06-30');
    await page.getByRole('textbox', { name: '行政区划代码' }).fill('320102');
    await accessible();
    await page.getByRole('button', { name: '登记执法检查人员' }).last().click();
    await see('已登记执法检查人员。');
    const listed = await ok<{
      items: { name: string; enforcementValidUntil?: string; certificateNo?: string }[];
    }>('GET', `/api/inspectors?departmentId=${LEAD.id}`);
    const registered = listed.items.find((i) => i.name === '持证丁');
    expect(registered?.enforcementValidUntil).toBe('2029-06-30');
    expect(registered?.certificateNo).toMatch(/0004$/);
  });

  it('appoints an expert beside the drawn team with a reason, shown apart from the counted members', async () => {
    await signIn(operator);
    await openTask(taskId);
    const form = page.getByRole('form', { name: '抽取专家和辅助人员' });
    await form.waitFor();
    await form.getByLabel('每户抽取专家人数').fill('0');
    await form.getByLabel('指派到检查对象').selectOption(entityId);
    await form.getByLabel('食品专家丙（专家）').check();
    await form.getByLabel('指派理由').fill('需食品检验专业知识');
    await accessible();
    await shot('task-experts-form', form);
    await form.getByRole('button', { name: '抽取专家' }).click();
    await see('已抽取专家');
    const teams = page.getByRole('table', { name: /各检查对象的检查组/ });
    const row = teams.getByRole('row').filter({ hasText: '南京专家测试餐饮公司' });
    // The expert stands in its own column, with the appointment badge; the members column does not name it.
    await row
      .getByRole('cell')
      .nth(3)
      .getByText(/食品专家丙（市场监管局）/)
      .waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).not.toContain('食品专家丙');
    await expect(page.getByRole('form', { name: '抽取专家和辅助人员' }).count()).resolves.toBe(0);
    const task = await ok<{
      teams: Record<
        string,
        { members: { inspectorId: string }[]; experts?: { inspectorId: string; appointedReason?: string }[] }
      >;
    }>('GET', `/api/tasks/${taskId}`);
    expect(task.teams[entityId].members).toHaveLength(2);
    expect(task.teams[entityId].experts).toEqual([
      expect.objectContaining({ inspectorId: expertId, appointedReason: '需食品检验专业知识' }),
    ]);
    await shot('task-experts-team', teams);
  });
});
