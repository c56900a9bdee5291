import type { Page } from 'playwright-core';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { FOOD_LICENCE_CHECK, checkItemBody, enforcementCertificate } from './support/task-fixtures';

/**
 * The task page in Chromium (issue 16, items 6–9 and 11): its stages as sections with the current
 * one open and 技术详情 behind a disclosure; the lock asked for first (cancel or Esc leaves the task
 * unlocked); a refused act replaces the last success; the result date offered within the window,
 * and a window not yet open said so; an inspector told why there is no entry. SCREENSHOTS=<dir>.
 */
const LEAD = { id: 'scjg', name: '市场监管局' };
const PARTNER = { id: 'xf', name: '消防救援大队' };
const DAY = '2026-06-01';

describeInBrowser('the task page in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, openTask, accessible, shot } = web;
  let page: Page;
  const operator = (d: string): Caller => ({ ...staff(d, ['operator'], `op-${d}`), name: `${d}经办人` });
  const items: Record<string, string> = {};
  let jointTask = '';

  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    expect(answer.status).toBeLessThan(300);
    return answer.body;
  };
  const taskBody = (window: { from: string; to: string }, participants: boolean) => ({
    name: participants ? '食品经营与消防安全联合抽查' : '食品经营许可单独抽查',
    adhocReason: '群众投诉集中，开展专项抽查',
    itemIds: [items[LEAD.id]],
    participants: participants ? [{ departmentId: PARTNER.id, itemIds: [items[PARTNER.id]] }] : [],
    criteria: {},
    sampling: { count: 3 },
    window,
  });
  const status = async (taskId: string) =>
    (await ok<{ status: string }>('GET', `/api/tasks/${taskId}`, operator(LEAD.id))).status;
  const teamsOf = (taskId: string) =>
    ok<{
      entityIds: string[];
      teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
    }>('GET', `/api/tasks/${taskId}`, operator(LEAD.id));

  beforeAll(async () => {
    page = web.page;
    await ok('PUT', '/api/admin/clock', admin, { now: `${DAY}T01:00:00.000Z` });
    for (const d of [LEAD, PARTNER]) {
      await ok('POST', '/api/departments', admin, { ...d, regionCode: '320102' });
      const item = await ok<{ id: string }>(
        'POST',
        '/api/check-items',
        operator(d.id),
        checkItemBody(d.id, d.id === LEAD.id ? '食品经营许可情况检查' : '消防安全检查', FOOD_LICENCE_CHECK),
      );
      items[d.id] = item.id;
      for (let n = 0; n < 4; n += 1) {
        await ok('POST', '/api/inspectors', operator(d.id), {
          departmentId: d.id,
          name: `${d.name}检查员${n + 1}`,
          idCardNumber: sampleIdCardNumber((d.id === LEAD.id ? 0 : 100) + n),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: '320102',
        });
      }
    }
    for (let n = 0; n < 8; n += 1) {
      await ok('POST', '/api/entities', operator(LEAD.id), {
        code: sampleCreditCode(700 + n),
        name: `南京示例餐饮有限公司${n + 1}`,
        kind: 'enterprise',
        address: '江苏省南京市玄武区示例路2号',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'ABCD'[n % 4],
      });
    }
    jointTask = (
      await ok<{ id: string }>(
        'POST',
        '/api/tasks',
        operator(LEAD.id),
        taskBody({ from: DAY, to: '2026-06-30' }, true),
      )
    ).id;
    await ok('POST', `/api/tasks/${jointTask}/responses`, operator(PARTNER.id), {
      accepted: true,
      itemIds: [items[PARTNER.id]],
    });
    await ok('POST', `/api/tasks/${jointTask}/draws/entities`, operator(LEAD.id), {});
  }, 60_000);

  it('opens the stage the task stands at, and keeps the technical detail behind 技术详情 in plain words', async () => {
    await signIn(operator(LEAD.id));
    await openTask(jointTask);
    // Drawn, not locked: the inspectors and lock are where the task stands.
    const teams = page.getByRole('button', { name: /检查人员与锁定/ });
    expect(await teams.getAttribute('aria-expanded')).toBe('true');
    expect(await teams.textContent()).toContain('当前环节');
    expect(await page.getByRole('button', { name: /^.?\s*检查结果/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    const technical = page.getByRole('button', { name: /技术详情/ });
    expect(await technical.getAttribute('aria-expanded')).toBe('false');
    await technical.click();
    await page.getByText(/候选名单截至第 \d+ 条记录/).waitFor();
    await page.getByRole('link', { name: /防篡改校验/ }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const developerWord of ['日志位置', 'JSON', 'npm run', 'verify-bundle']) {
      expect(text).not.toContain(developerWord);
    }
    await accessible();
    await shot('task-stages');
  });

  it('asks before locking: cancel and Esc leave the task unlocked; a refusal replaces the last success', async () => {
    await signIn(operator(LEAD.id));
    await openTask(jointTask);
    await page.getByRole('button', { name: '抽取执法检查人员' }).click();
    await page.getByRole('dialog', { name: '抽取本部门执法检查人员？' }).waitFor();
    await page.getByRole('button', { name: '确认抽取人员' }).click();
    const outcome = page.getByRole('status').filter({ hasText: '已办理，任务已更新。' });
    await outcome.waitFor();

    await page.getByRole('button', { name: '锁定并派发' }).click();
    const dialog = page.getByRole('dialog', { name: '锁定并派发本任务？' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('锁定后检查对象名单不可更改');
    // Cancelling has the focus first: the safe choice.
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('取消');
    await accessible();
    await shot('task-lock-confirmation');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The focus is back on the button that asked.
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('锁定并派发');
    expect(await status(jointTask)).toBe('initiated');
    await page.getByRole('button', { name: '锁定并派发' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await status(jointTask)).toBe('initiated');

    // The partner has not drawn its inspectors: the lock is refused, and the last success goes.
    await page.getByRole('button', { name: '锁定并派发' }).click();
    await page.getByRole('button', { name: '确认锁定' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /[A-Z_]{6,}|检查组/ })
      .first()
      .waitFor();
    expect(await outcome.count()).toBe(0);
    expect(await status(jointTask)).toBe('initiated');

    await ok('POST', `/api/tasks/${jointTask}/draws/inspectors`, operator(PARTNER.id), {});
    await openTask(jointTask);
    await page.getByRole('button', { name: '锁定并派发' }).click();
    await page.getByRole('button', { name: '确认锁定' }).click();
    await outcome.waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await status(jointTask)).toBe('locked');
    // Locked: the results are where the task stands now, and open (once the page has the new state).
    await page.locator('button[aria-expanded="true"]', { hasText: /^.?\s*检查结果/ }).waitFor();
  });

  it("tells an inspector outside an entity's team why there is no entry, and offers a team member a valid day", async () => {
    const task = await teamsOf(jointTask);
    const [entityId] = task.entityIds;
    const member = task.teams[entityId].members.find((m) => m.departmentId === LEAD.id)!.inspectorId;
    const inspectors = await ok<{ items: { id: string; departmentId: string }[] }>(
      'GET',
      `/api/inspectors?departmentId=${LEAD.id}`,
      operator(LEAD.id),
    );
    const outsider = inspectors.items.find(
      (i) => !task.teams[entityId].members.some((m) => m.inspectorId === i.id),
    )!.id;

    await signIn({ ...staff(LEAD.id, ['inspector'], outsider), name: '检查员甲' });
    await openTask(jointTask, entityId);
    await page.getByText('您不在该检查对象的检查组中').first().waitFor();
    expect(await page.getByRole('button', { name: '录入检查结果' }).count()).toBe(0);
    await accessible();
    await shot('task-inspector-reason');

    await signIn({ ...staff(LEAD.id, ['inspector'], member), name: '检查员乙' });
    await openTask(jointTask, entityId);
    await page.getByRole('button', { name: '录入检查结果' }).first().click();
    // The api's today, inside the window: a day it accepts.
    expect(await page.getByLabel('检查日期').inputValue()).toBe(DAY);
  });

  it('says when the window has not opened, and keeps entry closed until then', async () => {
    const tomorrow = '2026-06-02';
    const id = (
      await ok<{ id: string }>(
        'POST',
        '/api/tasks',
        operator(LEAD.id),
        taskBody({ from: tomorrow, to: '2026-06-30' }, false),
      )
    ).id;
    await ok('POST', `/api/tasks/${id}/draws/entities`, operator(LEAD.id), {});
    await ok('POST', `/api/tasks/${id}/draws/inspectors`, operator(LEAD.id), {});
    await ok('POST', `/api/tasks/${id}/lock`, operator(LEAD.id));
    const task = await teamsOf(id);
    const [entityId] = task.entityIds;
    const member = task.teams[entityId].members[0].inspectorId;
    await signIn({ ...staff(LEAD.id, ['inspector'], member), name: '检查员丙' });
    await openTask(id, entityId);
    await page.getByText(`检查时间窗口自 ${tomorrow} 起`).first().waitFor();
    expect(await page.getByRole('button', { name: '录入检查结果' }).first().isDisabled()).toBe(true);
    await accessible();
    await shot('task-window-not-open');
  });
});
