import type { Page } from 'playwright-core';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { FOOD_LICENCE_CHECK, checkItemBody, enforcementCertificate } from './support/task-fixtures';

/**
 * One visit for overlapping tasks on the task page (进一次门、查多项事; Yiyuan 十八; Gui'an 第33–35条;
 * ADR 39): two departments' locked tasks drew the same business in overlapping windows; a lead
 * proposes a day, the other declines with a reason, then a new proposal is agreed; the agreed visit
 * shows its day and joint team, and an auditor verifies the team. SCREENSHOTS=<dir>.
 */
const SCJG = { id: 'scjg', name: '市场监管局' };
const XF = { id: 'xf', name: '消防救援大队' };
const BUSINESS = '南京合并检查示例餐饮公司';

describeInBrowser('one visit for overlapping tasks in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, openTask, see, accessible, shot } = web;
  let page: Page;
  const operator = (d: string): Caller => ({ ...staff(d, ['operator'], `op-${d}`), name: `${d}经办人` });
  const tasks: Record<string, string> = {};
  const names = { scjg: '食品经营许可专项抽查', xf: '消防安全专项抽查' };

  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  /** The task page with its 检查人员与锁定 stage open, where the visits are. */
  const openVisits = async (taskId: string) => {
    await openTask(taskId);
    const stage = page.getByRole('button', { name: /检查人员与锁定/ });
    if ((await stage.getAttribute('aria-expanded')) !== 'true') await stage.click();
    await page.getByRole('heading', { name: '合并检查（进一次门、查多项事）' }).waitFor();
  };

  const propose = async (other: string, date: string) => {
    await page.getByRole('checkbox', { name: other }).check();
    await page.getByLabel('检查日期').fill(date);
    await page.getByRole('button', { name: '提出合并检查' }).click();
    await see('待各牵头部门同意');
  };

  beforeAll(async () => {
    page = web.page;
    await ok('PUT', '/api/admin/clock', admin, { now: '2026-04-01T02:00:00.000Z' });
    const items: Record<string, string> = {};
    for (const [n, d] of [SCJG, XF].entries()) {
      await ok('POST', '/api/departments', admin, { ...d, regionCode: '320102' });
      items[d.id] = (
        await ok<{ id: string }>(
          'POST',
          '/api/check-items',
          operator(d.id),
          checkItemBody(d.id, `${d.name}检查事项`, FOOD_LICENCE_CHECK),
        )
      ).id;
      for (let i = 0; i < 2; i += 1) {
        await ok('POST', '/api/inspectors', operator(d.id), {
          departmentId: d.id,
          name: `${d.name}检查员${i + 1}`,
          idCardNumber: sampleIdCardNumber(300 + n * 10 + i),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: '320102',
        });
      }
    }
    await ok('POST', '/api/entities', operator(SCJG.id), {
      code: sampleCreditCode(950),
      name: BUSINESS,
      kind: 'enterprise',
      address: '江苏省南京市玄武区示例路9号',
      regionCode: '320102',
      industryCode: 'H6210',
      creditRisk: 'B',
    });
    const windows = {
      scjg: { from: '2026-04-01', to: '2026-04-30' },
      xf: { from: '2026-04-15', to: '2026-05-31' },
    };
    for (const d of [SCJG, XF]) {
      const lead = operator(d.id);
      const { id } = await ok<{ id: string }>('POST', '/api/tasks', lead, {
        name: names[d.id as 'scjg' | 'xf'],
        adhocReason: '群众投诉集中',
        itemIds: [items[d.id]],
        participants: [],
        criteria: { regionCodes: ['320102'] },
        sampling: { count: 1 },
        window: windows[d.id as 'scjg' | 'xf'],
      });
      await ok('POST', `/api/tasks/${id}/draws/entities`, lead, {});
      await ok('POST', `/api/tasks/${id}/draws/inspectors`, lead, {});
      await ok('POST', `/api/tasks/${id}/lock`, lead);
      tasks[d.id] = id;
    }
  });

  it('shows the overlapping task; a lead proposes one day in the common days', async () => {
    await signIn(operator(SCJG.id));
    await openVisits(tasks.scjg);
    await see('期间重合的其他任务（2026-04-15 至 2026-04-30）');
    await see(/消防安全专项抽查（牵头：消防救援大队；2026-04-15 至 2026-05-31）/);
    // A day outside the common days is caught before it is sent.
    await page.getByRole('checkbox', { name: names.xf }).check();
    await page.getByLabel('检查日期').fill('2026-05-05');
    await page.getByRole('button', { name: '提出合并检查' }).click();
    await see('请选择重合期间内的日期');
    await page.getByRole('checkbox', { name: names.xf }).uncheck();
    await propose(names.xf, '2026-04-20');
    await accessible();
    await shot('visit-proposed');
  });

  it('the other lead declines, saying why; then proposes another day, which is agreed', async () => {
    await signIn(operator(XF.id));
    await openVisits(tasks.xf);
    await page.getByLabel('拒绝理由').fill('当日另有消防专项行动');
    await page.getByRole('button', { name: '拒绝', exact: true }).click();
    await see('消防救援大队 拒绝：当日另有消防专项行动');
    await propose(names.scjg, '2026-04-22');

    await signIn(operator(SCJG.id));
    await openVisits(tasks.scjg);
    await page.getByRole('button', { name: '同意合并检查' }).click();
    await see('检查日期：2026-04-22');
    await see(/联合检查组：.*检查员/);
    await see(/已记入任务/);
    await accessible();
    await shot('visit-agreed');
  });

  it('shows the agreed day and team on the other task, and an auditor verifies the team', async () => {
    await signIn(operator(XF.id));
    await openVisits(tasks.xf);
    await see('检查日期：2026-04-22');
    await see('审计、监督人员可在此验证联合检查组的抽取。');
    await signIn(staff(SCJG.id, ['auditor'], 'auditor-scjg'));
    await openVisits(tasks.scjg);
    await page.getByRole('button', { name: '验证联合检查组的抽取' }).click();
    await see('✓ 联合检查组与依据记录重新计算的结果一致。');
  });
});
