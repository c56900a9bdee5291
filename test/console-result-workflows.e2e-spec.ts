import type { Page } from 'playwright-core';
import { admin } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import {
  LEAD,
  type LockedTask,
  enterResult,
  headOf,
  lockedTask,
  ok,
  operatorOf,
} from './support/console-locked-task';

/**
 * Results in the console (issue 20; Gui'an 第十三、三十二、四十三条): a result entered with its
 * inspection method, kept from publication on its legal ground with the head's approval, and a
 * 整改 follow-up entered after another result's publication.
 */
describeInBrowser('result workflows in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, openTask, accessible, shot } = web;
  let page: Page;
  let task: LockedTask;
  const DAY = '2026-06-01';
  const state = () =>
    ok<{
      entered: Record<string, { result: { method?: string } }>;
      notForPublication?: Record<string, { ground: string }>;
      published: Record<string, unknown>;
      rectifications?: Record<string, { rectified: boolean; findings: string }[]>;
    }>(api, 'GET', `/api/tasks/${task.taskId}`, operatorOf(LEAD.id));

  beforeAll(async () => {
    page = web.page;
    task = await lockedTask(api, DAY, '2026-06-30', 2);
  }, 60_000);

  it('enters a result with its method (抽样检测) and keeps it from publication with the head’s approval', async () => {
    const { id: entityId } = task.entities[0];
    await signIn(task.inspectorOf(entityId));
    await openTask(task.taskId, entityId);
    await page.getByRole('button', { name: '录入检查结果' }).first().click();
    await page.getByLabel('检查结果类型').selectOption({ label: '未发现问题' });
    await page.getByLabel('检查方式').selectOption({ label: '抽样检测' });
    await page.getByLabel('检查日期').fill(DAY);
    await page.getByLabel('检查情况').first().fill('抽检样品合格');
    await page.getByLabel('是否合格').first().selectOption({ index: 1 });
    await page.getByRole('button', { name: '提交检查结果' }).click();
    await page.getByRole('button', { name: '提交检查结果' }).waitFor({ state: 'detached' });
    expect((await state()).entered[`${entityId}|${LEAD.id}`].result.method).toBe('sampling_test');

    await signIn(operatorOf(LEAD.id));
    await openTask(task.taskId, entityId);
    await page.getByRole('button', { name: '申请不予公示' }).first().click();
    const ask = page.getByRole('form', { name: /申请本部门的检查结果不予公示/ });
    await ask.getByLabel('不予公示的情形').selectOption('trade_secret');
    await ask.getByLabel('法律依据').fill('《反不正当竞争法》第九条');
    await accessible();
    await ask.getByRole('button', { name: '提交不予公示申请' }).click();
    await page.getByText('不予公示申请待部门负责人审批；审批前不能公示。').first().waitFor();

    await signIn(headOf(LEAD.id));
    await openTask(task.taskId, entityId);
    const requests = page.getByRole('region', { name: '变更申请' });
    const button = page.getByRole('button', { name: /公示与更正/ });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await requests.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByRole('button', { name: '确认批准' }).click();
    await page.getByText('经批准不予公示').first().waitFor();
    await shot('result-not-for-publication');
    const after = await state();
    expect(after.notForPublication?.[`${entityId}|${LEAD.id}`]).toMatchObject({ ground: 'trade_secret' });
    expect(after.published[`${entityId}|${LEAD.id}`]).toBeUndefined();
  });

  it('enters a 整改 follow-up after the publication, linked to the published result', async () => {
    const { id: entityId } = task.entities[1];
    await enterResult(api, task, entityId, DAY);
    await ok(api, 'POST', `/api/tasks/${task.taskId}/publications`, headOf(LEAD.id), { entityId });
    await ok(api, 'PUT', '/api/admin/clock', admin, {
      now: '2026-06-15T02:00:00.000Z',
    });
    await signIn(operatorOf(LEAD.id));
    await openTask(task.taskId, entityId);
    await page.getByRole('button', { name: '录入整改复查结果' }).first().click();
    const form = page.getByRole('form', { name: '整改复查结果（二次录入）' });
    await form.getByLabel('整改是否到位').selectOption('yes');
    await form.getByLabel('复查日期').fill('2026-06-15');
    await form.getByLabel('复查情况').fill('已按要求完成整改');
    await accessible();
    await form.getByRole('button', { name: '提交整改复查结果' }).click();
    await page.getByText('已按要求完成整改').first().waitFor();
    await page.getByText('整改到位').first().waitFor();
    await shot('result-rectification');
    const rectifications = (await state()).rectifications?.[`${entityId}|${LEAD.id}`] ?? [];
    expect(rectifications).toEqual([
      expect.objectContaining({ rectified: true, findings: '已按要求完成整改' }),
    ]);
  });
});
