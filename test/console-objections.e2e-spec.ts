import type { Page } from 'playwright-core';
import { admin, staff } from './support/api-harness';
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
 * Objections in the console (issue 20; Yiyuan 二十七): an objection not reviewed within 20 working
 * days is on the overdue dashboard; once reviewed, the task page records that the business was told
 * the outcome, late, and the dashboard then lists the late review and the late notice.
 */
describeInBrowser('objection deadlines in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, openTask, accessible, shot } = web;
  let page: Page;
  let task: LockedTask;
  let objectionId = '';
  const supervisor = { ...staff(LEAD.id, ['supervisor'], 'sup-scjg'), name: '监督员' };
  const clock = (day: string) => ok(api, 'PUT', '/api/admin/clock', admin, { now: `${day}T02:00:00.000Z` });
  const settled = async () => api.stores.projections.waitFor(await api.head(), 20_000);

  beforeAll(async () => {
    page = web.page;
    task = await lockedTask(api, '2026-06-01', '2026-06-05', 1);
    const entityId = task.entities[0].id;
    await enterResult(api, task, entityId, '2026-06-01');
    await ok(api, 'POST', `/api/tasks/${task.taskId}/publications`, headOf(LEAD.id), { entityId });
    await clock('2026-06-08');
    objectionId = (
      await ok<{ objectionId: string }>(
        api,
        'POST',
        `/api/tasks/${task.taskId}/objections`,
        operatorOf(LEAD.id),
        {
          entityId,
          departmentId: LEAD.id,
          grounds: '检查当日负责人不在场，结果有误',
        },
      )
    ).objectionId;
    await clock('2026-07-20');
    await settled();
  }, 60_000);

  it('lists an objection not reviewed in time on the overdue dashboard', async () => {
    await signIn(supervisor);
    await page.goto(`${api.base}/dashboards/overdue?asOf=2026-07-20`);
    const section = page.getByRole('region', { name: '逾期未复查或未告知复查结果的异议' });
    const row = section.getByRole('row').filter({ hasText: '食品经营许可专项抽查' });
    await row.getByText('逾期未复查').waitFor();
    expect(await row.textContent()).toContain('2026-06-08');
    await accessible();
    await shot('overdue-objections', section);
  });

  it('records on the task page that the business was told the outcome, late, after a late review', async () => {
    await ok(api, 'POST', `/api/tasks/${task.taskId}/objections/${objectionId}/review`, headOf(LEAD.id), {
      upheld: false,
      reply: '经复查，维持原检查结果',
    });
    await clock('2026-08-31');
    await signIn(operatorOf(LEAD.id));
    await openTask(task.taskId, task.entities[0].id);
    const objections = page.getByRole('region', { name: '异议', exact: true });
    await objections.getByText('告知复查结果期限').waitFor();
    const form = objections.getByRole('form', { name: '告知复查结果' });
    await form.getByLabel('告知方式').selectOption('phone');
    await accessible();
    await form.getByRole('button', { name: '记录已告知复查结果' }).click();
    await objections.getByText(/已于 2026-08-31 以电话告知检查对象复查结果（逾期）/).waitFor();
    expect(await form.count()).toBe(0);
    await shot('objection-outcome', objections);
    await settled();
    await signIn(supervisor);
    await page.goto(`${api.base}/dashboards/overdue?asOf=2026-08-31`);
    const section = page.getByRole('region', { name: '逾期未复查或未告知复查结果的异议' });
    await section.getByRole('cell', { name: '逾期复查', exact: true }).waitFor();
    await section.getByRole('cell', { name: '逾期告知复查结果', exact: true }).waitFor();
  });
});
