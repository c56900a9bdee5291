import type { Page } from 'playwright-core';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import {
  ELSEWHERE,
  LEAD,
  type LockedTask,
  headOf,
  lockedTask,
  ok,
  operatorOf,
} from './support/console-locked-task';

/**
 * After the announcement in the console (issue 20): a postponement asked by the lead and approved by
 * its head (Yuanqu 二(三)); a business that moved away handed over from the task page and taken by
 * the department of its new region into a task of its own, on the hand-overs page (Yiyuan 二十八).
 */
describeInBrowser('after the announcement in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, openTask, see, accessible, shot } = web;
  let page: Page;
  let task: LockedTask;
  const settled = async () => api.stores.projections.waitFor(await api.head(), 20_000);
  /** Opens a stage of the task page unless it is open. */
  const openStage = async (name: RegExp) => {
    const button = page.getByRole('button', { name });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  };

  beforeAll(async () => {
    page = web.page;
    task = await lockedTask(api, '2026-04-01', '2026-04-30', 2);
  }, 60_000);

  it('asks for a postponement as the lead and approves it as its head', async () => {
    await signIn(operatorOf(LEAD.id));
    await openTask(task.taskId);
    await openStage(/公示与更正/);
    const form = page.getByRole('form', { name: '申请任务延期' });
    await form.getByLabel('新的开始日期').fill('2026-05-01');
    await form.getByLabel('新的结束日期').fill('2026-05-31');
    await form.getByLabel('延期理由').fill('检查对象集中停业整顿');
    await accessible();
    await form.getByRole('button', { name: '提交延期申请' }).click();
    await see(/改为 2026-05-01 至 2026-05-31/);

    await signIn(headOf(LEAD.id));
    await openTask(task.taskId);
    await openStage(/公示与更正/);
    const requests = page.getByRole('region', { name: '变更申请' });
    await requests.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByRole('button', { name: '确认批准' }).click();
    await requests.getByText('已批准').first().waitFor();
    await shot('task-postponed', requests);
    const state = await ok<{ window: { from: string; to: string } }>(
      api,
      'GET',
      `/api/tasks/${task.taskId}`,
      operatorOf(LEAD.id),
    );
    expect(state.window).toEqual({ from: '2026-05-01', to: '2026-05-31' });
  });

  it('hands a moved business over from the task page; the new region’s department takes it on the hand-overs page', async () => {
    const moved = task.entities[1];
    const { requestId } = await ok<{ requestId: string }>(
      api,
      'POST',
      `/api/tasks/${task.taskId}/withdrawal-requests`,
      operatorOf(LEAD.id),
      { entityId: moved.id, reason: 'moved_away', note: '迁至六合区' },
    );
    await ok(
      api,
      'POST',
      `/api/tasks/${task.taskId}/withdrawal-requests/${requestId}/approve`,
      headOf(LEAD.id),
      {},
    );

    await signIn(operatorOf(LEAD.id));
    await openTask(task.taskId);
    await openStage(/公示与更正/);
    const section = page.getByRole('region', { name: '迁出企业移交', exact: true });
    await section.getByText('尚未移交').waitFor();
    const form = section.getByRole('form', { name: `移交${moved.name}` });
    await form.getByLabel('迁入地的接收部门').selectOption(ELSEWHERE.id);
    await form.getByLabel('移交说明').fill('2026-04-02 已书面通知六合区');
    await accessible();
    await form.getByRole('button', { name: '移交', exact: true }).click();
    await section.getByText(`已移交${ELSEWHERE.name}：待接收`).waitFor();

    const { id: ownTaskId } = await ok<{ id: string }>(api, 'POST', '/api/tasks', operatorOf(ELSEWHERE.id), {
      adhocReason: '迁入企业检查',
      name: '迁入企业抽查',
      participants: [],
      itemIds: [
        (
          await ok<{ items: { id: string }[] }>(
            api,
            'GET',
            `/api/check-items?departmentId=${ELSEWHERE.id}`,
            operatorOf(ELSEWHERE.id),
          )
        ).items[0].id,
      ],
      criteria: { regionCodes: [ELSEWHERE.regionCode] },
      sampling: { count: 1 },
      window: { from: '2026-05-01', to: '2026-06-30' },
    });
    await settled();

    await signIn(operatorOf(ELSEWHERE.id));
    await page.getByRole('link', { name: '迁出企业移交' }).click();
    await page.getByRole('heading', { level: 1, name: '迁出企业移交' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: moved.name });
    await row.getByText('待接收').waitFor();
    const answer = row.getByRole('form', { name: `对${moved.name}的接收意见` });
    await answer.getByLabel('纳入的任务').selectOption(ownTaskId);
    await accessible();
    await shot('hand-overs-received');
    await answer.getByRole('button', { name: '提交接收意见' }).click();
    await row.getByText('已接收').waitFor();
    await settled();
    const sent = await ok<{ items: { status: string; intoTaskId?: string }[] }>(
      api,
      'GET',
      '/api/hand-overs?direction=sent',
      operatorOf(LEAD.id),
    );
    expect(sent.items).toEqual([expect.objectContaining({ status: 'taken', intoTaskId: ownTaskId })]);
  });
});
