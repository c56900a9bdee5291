import type { Page } from 'playwright-core';
import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { FOOD_LICENCE_CHECK, checkItemBody } from './support/task-fixtures';

/**
 * The public beacon in the console (docs/draw.md §2), on the simulated clock: the initiation form
 * names a 福彩3D round (its field problems beside the fields), the lead freezes the pool before
 * the draw, one department enters the value and another re-types it, then the lead draws and every
 * seed is checked in the browser; an ad hoc task without a beacon says so for good.
 */
const LEAD = { id: 'scjg', name: '市场监督管理局' };
const PARTNER = { id: 'xf', name: '消防救援大队' };
const DAY = '2026-05-04';

jest.setTimeout(60_000);

describeInBrowser('the public beacon steps in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' }, fullPage: true, shotPrefix: 'beacon-' });
  const { api, signIn, see, accessible, shot } = web;
  let page: Page;
  const lead: Caller = { ...staff(LEAD.id, ['operator'], 'op-scjg'), name: '王明' };
  const partner: Caller = { ...staff(PARTNER.id, ['operator'], 'op-xf'), name: '李强' };
  const items: Record<string, string> = {};
  let taskId = '';

  const setClock = (now: string) => api.call('PUT', '/api/admin/clock', { as: admin, body: { now } });

  /** The initiation form filled for an ad hoc joint task, up to its randomness. */
  async function fillTask(name: string) {
    await page.goto(`${api.base}/tasks/new`);
    await page.getByLabel('任务名称').fill(name);
    await page.getByLabel('计划外任务（临时）').check();
    await page.getByLabel('计划外任务理由').fill('群众投诉集中，开展专项联合抽查');
    await page.getByLabel('检查开始日期').fill(DAY);
    await page.getByLabel('检查结束日期').fill('2026-06-30');
    await page
      .getByRole('group', { name: `${LEAD.name}（牵头部门）的抽查事项` })
      .getByRole('checkbox')
      .first()
      .check();
    await page.getByRole('group', { name: '邀请参与联合抽查的部门' }).getByLabel(PARTNER.name).check();
    await page
      .getByRole('group', { name: `${PARTNER.name}的抽查事项` })
      .getByRole('checkbox')
      .first()
      .check();
    await page.getByLabel('按户数抽取').check();
    await page.getByLabel('抽取户数').fill('2');
  }

  beforeAll(async () => {
    page = web.page;
    page.setDefaultTimeout(15_000);
    await setClock(`${DAY}T01:00:00.000Z`);
    for (const d of [LEAD, PARTNER]) {
      await api.call('POST', '/api/departments', { as: admin, body: { ...d, regionCode: '320102' } });
      const item = await api.call<{ id: string }>('POST', '/api/check-items', {
        as: staff(d.id, ['operator']),
        body: checkItemBody(d.id, d === LEAD ? '食品经营许可情况检查' : '消防安全检查', FOOD_LICENCE_CHECK),
      });
      items[d.id] = item.body.id;
    }
    for (let n = 0; n < 6; n += 1) {
      const entity = await api.call('POST', '/api/entities', {
        as: lead,
        body: {
          code: sampleCreditCode(800 + n),
          name: `南京示例餐饮有限公司${n + 1}`,
          kind: 'enterprise',
          address: '江苏省南京市玄武区示例路1号',
          regionCode: '320102',
          industryCode: 'H6210',
          creditRisk: 'ABCD'[n % 4],
        },
      });
      expect(entity.status).toBe(201);
    }
  });

  it('names a 福彩3D round at initiation, its problems shown beside the round and its date', async () => {
    await signIn(lead);
    await fillTask('餐饮场所公共随机源联合抽查');
    await see('为什么要指定开奖期号');
    await page.getByLabel(/^公共随机源/).selectOption({ label: '中国福利彩票 福彩3D' });
    await page.getByLabel(/^开奖期号/).fill('2026121');
    await page.getByRole('button', { name: '发起任务' }).click();
    // A daily lottery's round names its date (400 beacon.drawDate).
    await page.locator('input[type="date"][aria-invalid="true"]').waitFor();
    await page.getByLabel(/^开奖日期/).fill('2026-04-30');
    await page.getByLabel(/^开奖期号/).fill('2026114');
    await page.getByRole('button', { name: '发起任务' }).click();
    await see(/该期开奖结果已经公布/);
    await accessible();
    await shot('01-round-already-published');

    await page.getByLabel(/^开奖日期/).fill('2026-05-07');
    await page.getByLabel(/^开奖期号/).fill('2026121');
    await see('该期开奖时间：2026-05-07 21:15（北京时间）。');
    await accessible();
    await page.getByRole('button', { name: '发起任务' }).click();
    await page.waitForURL(/\/tasks\/(?!new)[^/?]+/);
    taskId = new URL(page.url()).pathname.split('/')[2];
    const task = await api.call<{ beacon: unknown }>('GET', `/api/tasks/${taskId}`, { as: lead });
    expect(task.body.beacon).toEqual({
      source: 'cwl-3d',
      round: '2026121',
      drawDate: '2026-05-07',
      publishedAt: '2026-05-07T13:15:00.000Z',
    });
    const accepted = await api.call('POST', `/api/tasks/${taskId}/responses`, {
      as: partner,
      body: { accepted: true, itemIds: [items[PARTNER.id]] },
    });
    expect(accepted.status).toBe(201);
  });

  it('freezes the pool before the draw; the value is refused until the round is drawn', async () => {
    await web.openTask(taskId);
    await see('2026121（2026-05-07）');
    await see('2026-05-07 21:15（北京时间）');
    await page.getByRole('button', { name: '冻结抽取对象库' }).click();
    const dialog = page.getByRole('dialog', { name: '冻结抽取对象库？' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '确认冻结' }).click();
    await see(/已于 .*冻结/);
    await accessible();
    await shot('02-pool-frozen');
    await page.getByLabel(/^开奖号码/).fill('371');
    await page.getByRole('button', { name: '录入开奖号码' }).click();
    await see(/该期尚未开奖/);
  });

  it('takes the value from one department and its re-typing from another, never shown, then draws', async () => {
    expect((await setClock('2026-05-07T13:20:00.000Z')).status).toBe(200);
    await page.getByLabel(/^开奖号码/).fill('3 7 1');
    await page.getByRole('button', { name: '录入开奖号码' }).click();
    await page.getByRole('heading', { name: '重新录入开奖号码' }).waitFor();

    await signIn(partner);
    await web.openTask(taskId);
    const check = page.getByRole('form', { name: '复核开奖号码' });
    await check.waitFor();
    expect(await check.textContent()).not.toContain('371');
    await check.getByLabel('复核录入开奖号码').fill('372');
    await check.getByRole('button', { name: '复核确认' }).click();
    await see(/与原录入值不一致/);
    await accessible();
    await shot('03-confirmation-differs');
    await check.getByLabel('复核录入开奖号码').fill('371');
    await check.getByRole('button', { name: '复核确认' }).click();
    await see(/开奖号码 371 已由市场监督管理局录入，并经其他部门人员复核确认/);

    await signIn(lead);
    await web.openTask(taskId);
    expect(await page.getByLabel('公共随机数').count()).toBe(0);
    await page.getByRole('button', { name: '抽取检查对象', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认抽取' }).click();
    await see(/抽中名单（2 户）/);
    await see(/第 2026121 期（2026-05-07），开奖时间 2026-05-07 21:15（北京时间），开奖号码 371/);
    // The lead's seed, the partner's contribution and both inspector seeds, each hashed here.
    expect(await page.getByText('与发起时的承诺一致').count()).toBe(4);
    expect(await page.getByText('与发起时的承诺不一致').count()).toBe(0);
    await page.getByRole('button', { name: '验证本次抽取' }).click();
    await see(/验证通过/);
    await accessible();
    await shot('04-drawn-with-beacon');
  });

  it('marks an ad hoc task drawn without a beacon, for good, with its reason', async () => {
    await fillTask('突发事件联合抽查');
    await page.getByLabel('不使用公共随机源').check();
    await page.getByLabel('不使用公共随机源的理由').fill('突发食品安全事件，须立即组织检查');
    await accessible();
    await shot('05-without-beacon');
    await page.getByRole('button', { name: '发起任务' }).click();
    await page.waitForURL(/\/tasks\/(?!new)[^/?]+/);
    await page.getByRole('heading', { level: 1 }).getByText('未使用公共随机源，由平台运营方保证').waitFor();
    await see('理由：突发食品安全事件，须立即组织检查');
    await accessible();
    await shot('06-operator-trusted');
  });
});
