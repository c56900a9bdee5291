import type { Page } from 'playwright-core';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { accessibilityViolations } from './support/browser';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { FOOD_LICENCE_CHECK, checkItemBody, enforcementCertificate } from './support/task-fixtures';

/**
 * The web console in Debian's Chromium, on the api that serves it: an operator signs in and
 * initiates a joint task, the other department answers, the draw is made and verified, teams
 * drawn and the task locked; an inspector enters a result, the head publishes it and asks for a
 * correction, the principal approves it; anyone sees the corrected result on the public portal;
 * a supervisor reads the overdue dashboard. SCREENSHOTS=<dir> saves each main page there
 * (docs/screenshots).
 */
const LEAD = { id: 'scjg', name: '市场监管局' };
const PARTNER = { id: 'xf', name: '消防救援大队' };
/** The api's clock during the scenario: the acts are months before the real today, so the
 * results the scenario leaves unpublished are overdue when the dashboard is read. */
const DAY = '2026-06-01';

describeInBrowser('the web console in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, signOut, see, accessible, shot } = web;
  let page: Page;
  const person = (department: string, role: string, sub: string, name: string): Caller => ({
    ...staff(department, [role], sub),
    name,
  });
  const people: Record<string, Caller> = {
    leadOperator: person(LEAD.id, 'operator', 'op-scjg', '王明'),
    partnerOperator: person(PARTNER.id, 'operator', 'op-xf', '李强'),
    head: person(LEAD.id, 'head', 'head-scjg', '张华'),
    principal: person(LEAD.id, 'principal', 'principal-scjg', '陈静'),
    supervisor: person('jw', 'supervisor', 'supervisor-1', '赵敏'),
  };
  let taskId = '';
  let entityCode = '';
  let publishedEntityId = '';

  const openTask = (entityId?: string) => web.openTask(taskId, entityId);

  beforeAll(async () => {
    page = web.page;
    await api.call('PUT', '/api/admin/clock', { as: admin, body: { now: `${DAY}T01:00:00.000Z` } });
    for (const d of [LEAD, PARTNER, { id: 'jw', name: '纪检监察组' }]) {
      await api.call('POST', '/api/departments', { as: admin, body: { ...d, regionCode: '320102' } });
    }
    for (const [d, name] of [
      [LEAD.id, '食品经营许可情况检查'],
      [PARTNER.id, '消防安全检查'],
    ]) {
      const item = await api.call('POST', '/api/check-items', {
        as: staff(d, ['operator']),
        body: checkItemBody(d, name, FOOD_LICENCE_CHECK),
      });
      expect(item.status).toBe(201);
    }
    for (let n = 0; n < 12; n += 1) {
      const entity = await api.call('POST', '/api/entities', {
        as: people.leadOperator,
        body: {
          code: sampleCreditCode(500 + n),
          name: `南京示例商贸有限公司${String(n + 1).padStart(2, '0')}`,
          kind: 'enterprise',
          address: '江苏省南京市玄武区示例路1号',
          regionCode: '320102',
          industryCode: 'F5100',
          creditRisk: 'ABCD'[n % 4],
        },
      });
      expect(entity.status).toBe(201);
    }
    for (const [d, count] of [
      [LEAD.id, 4],
      [PARTNER.id, 3],
    ] as const) {
      for (let n = 0; n < count; n += 1) {
        const inspector = await api.call('POST', '/api/inspectors', {
          as: staff(d, ['operator']),
          body: {
            departmentId: d,
            name: `${d === LEAD.id ? '市监' : '消防'}检查员${n + 1}`,
            idCardNumber: sampleIdCardNumber(d === LEAD.id ? n : 100 + n),
            category: 'certified',
            ...enforcementCertificate(),
            regionCode: '320102',
          },
        });
        expect(inspector.status).toBe(201);
      }
    }
  }, 60_000);

  it('signs an operator in with a token and shows the workbench and the menus the roles allow', async () => {
    await page.goto(`${api.base}/`);
    await page.waitForURL(/\/sign-in/);
    await accessible();
    await shot('sign-in');
    await signIn(people.leadOperator);
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    const menu = page.getByRole('navigation', { name: '主菜单' });
    expect(await menu.getByRole('link', { name: '发起联合抽查' }).count()).toBe(1);
    // Accountability is for heads, supervisors and auditors.
    expect(await menu.getByRole('link', { name: '责任追溯' }).count()).toBe(0);
    await accessible();
    await shot('workbench');
  });

  it('initiates a joint task from the form, and the other department accepts it', async () => {
    await page.goto(`${api.base}/tasks/new`);
    await page.getByLabel('任务名称').fill('2026年食品经营与消防安全联合抽查');
    await page.getByLabel('计划外任务（临时）').check();
    await page.getByLabel('计划外任务理由').fill('群众投诉集中，开展专项联合抽查');
    // Where the deployment allows it for an ad hoc task: no beacon, the ad hoc reason as the reason.
    await page.getByLabel('不使用公共随机源').check();
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
    await page.getByLabel('抽取户数').fill('3');
    await accessible();
    await shot('task-new');
    await page.getByRole('button', { name: '发起任务' }).click();
    await page.waitForURL(/\/tasks\/(?!new)[^/?]+/);
    taskId = new URL(page.url()).pathname.split('/')[2];
    expect((await api.call('GET', `/api/tasks/${taskId}`, { as: people.leadOperator })).status).toBe(200);

    await signIn(people.partnerOperator);
    await openTask();
    await page.getByRole('button', { name: '接受并确认事项' }).click();
    await see(/已接受/);
  });

  it('draws the entities in the draw room, verifies the draw, draws both teams and locks the task', async () => {
    await signIn(people.leadOperator);
    await openTask();
    await see('承诺');
    await page.getByRole('button', { name: '抽取检查对象', exact: true }).click();
    await page.getByRole('button', { name: '确认抽取' }).click();
    await see(/抽中名单（3 户）/);
    await page.getByRole('button', { name: '验证本次抽取' }).click();
    await see(/验证通过/);
    await page.getByRole('button', { name: '抽取执法检查人员' }).click();
    await page.getByRole('button', { name: '确认抽取人员' }).click();
    await page.getByRole('button', { name: '抽取执法检查人员' }).waitFor({ state: 'detached' });

    await signIn(people.partnerOperator);
    await openTask();
    await page.getByRole('button', { name: '抽取执法检查人员' }).click();
    await page.getByRole('button', { name: '确认抽取人员' }).click();
    await page.getByRole('button', { name: '抽取执法检查人员' }).waitFor({ state: 'detached' });

    await signIn(people.leadOperator);
    await openTask();
    await accessible();
    await shot('task-draw-room');
    await page.getByRole('button', { name: '锁定并派发' }).click();
    await page.getByRole('button', { name: '确认锁定' }).click();
    await page.getByRole('button', { name: '锁定并派发' }).waitFor({ state: 'detached' });
    const task = await api.call<{ status: string }>('GET', `/api/tasks/${taskId}`, {
      as: people.leadOperator,
    });
    expect(task.body.status).toBe('locked');
  });

  it("enters a result as the team's inspector, publishes it as the head, and the principal approves a correction", async () => {
    const task = await api.call<{
      entityIds: string[];
      teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
    }>('GET', `/api/tasks/${taskId}`, { as: people.leadOperator });
    const entityId = task.body.entityIds[0];
    const member = task.body.teams[entityId].members.find((m) => m.departmentId === LEAD.id)!;
    const entity = await api.call<{ code: string }>('GET', `/api/entities/${entityId}`, {
      as: people.leadOperator,
    });
    entityCode = entity.body.code;
    publishedEntityId = entityId;

    await signIn(person(LEAD.id, 'inspector', member.inspectorId, '市监检查员'));
    await openTask(entityId);
    await page.getByRole('button', { name: '录入检查结果' }).first().click();
    await page.getByLabel('检查结果类型').selectOption({ label: '发现问题，依法责令立即改正或者限期改正' });
    await page.getByLabel('检查方式').selectOption({ label: '实地核查' });
    await page.getByLabel('检查日期').fill(DAY);
    await page.getByLabel('检查情况').first().fill('未在经营场所醒目位置公示许可证');
    await page.getByLabel('是否合格').first().selectOption({ index: 2 });
    await accessible();
    await shot('task-result-entry');
    await page.getByRole('button', { name: '提交检查结果' }).click();
    await page.getByRole('button', { name: '提交检查结果' }).waitFor({ state: 'detached' });

    await signIn(people.head);
    await openTask(entityId);
    await page.getByRole('button', { name: '公示结果' }).first().click();
    await page.getByRole('button', { name: '确认公示' }).click();
    // The button is gone once it has done its work: the act is announced, and the focus stays in
    // its section, on the section's heading (not lost to the page's body).
    await page.getByRole('status').filter({ hasText: '已办理，任务已更新。' }).waitFor({ state: 'attached' });
    // Locators, not waitForFunction: that evaluates a string, which the console's CSP forbids.
    await page.locator(':is(h1, h2, h3, h4, h5, h6):focus').waitFor();
    await page.getByRole('button', { name: '申请更正' }).first().waitFor();
    await page.getByRole('button', { name: '申请更正' }).first().click();
    await page.getByLabel('检查结果类型').selectOption({ label: '未发现问题' });
    await page.getByLabel('检查日期').fill(DAY);
    await page.getByLabel('检查情况').first().fill('复核：许可证已公示');
    await page.getByLabel('是否合格').first().selectOption({ index: 1 });
    await page.getByLabel('更正理由').fill('经复核，原记录有误');
    await page.getByRole('button', { name: '提交更正申请' }).click();
    await see('更正公示结果');

    await signIn(people.principal);
    await openTask(entityId);
    await page.getByLabel('审批意见').first().fill('同意更正');
    await page.getByRole('button', { name: '批准' }).first().click();
    await page.getByRole('button', { name: '确认批准' }).click();
    await page.getByRole('button', { name: '批准' }).first().waitFor({ state: 'detached' });
    await shot('task-requests');
  });

  it('shows the corrected result on the public portal, without signing in', async () => {
    await signOut();
    await page.goto(`${api.base}/public`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('统一社会信用代码').fill(entityCode);
    await page.getByRole('button', { name: '查询' }).click();
    const results = page.getByRole('table', { name: '已公示的抽查结果' });
    await results.waitFor();
    expect(await results.textContent()).toContain('未发现问题');
    // Masked as the api masks it: no inspector, no finding text.
    expect(await results.textContent()).not.toContain('复核：许可证已公示');
    await accessible();
    await shot('public-portal');
  });

  it('shows a supervisor the results left unpublished as overdue, by department', async () => {
    await signIn(people.supervisor);
    await page.goto(`${api.base}/dashboards/overdue`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Empty, the date is the api's today (the scenario's day); the deadlines have passed by autumn.
    await page.getByLabel('截至日期').fill('2026-09-30');
    await see(/截至 2026-09-30，共 [1-9]\d* 项/);
    // Both departments owe results: the partner's three, and the lead's two not entered.
    await page.getByRole('cell', { name: LEAD.name, exact: true }).first().waitFor();
    await page.getByRole('cell', { name: PARTNER.name, exact: true }).first().waitFor();
    // The chart is drawn: ECharts, a chunk of its own, loaded under the Content-Security-Policy.
    await page.locator('.chart svg').first().waitFor();
    await accessible();
    await shot('dashboard-overdue');
  });

  it('renders every other main page for those who may open it, with no script error', async () => {
    const pages: [Caller, string, string][] = [
      [people.leadOperator, '/tasks', 'tasks'],
      [people.leadOperator, '/plans', 'plans'],
      [people.leadOperator, '/registers/entities', 'registers-entities'],
      [people.leadOperator, '/registers/import', 'registers-import'],
      [people.supervisor, '/dashboards/statistics', 'dashboard-statistics'],
      [people.supervisor, '/dashboards/entity-checks', 'dashboard-entity-checks'],
      [people.supervisor, '/dashboards/plan-execution', 'dashboard-plan-execution'],
      [people.supervisor, '/audit/accountability', 'audit-accountability'],
      [people.supervisor, `/audit/tasks/${taskId}`, 'audit-task-history'],
    ];
    let signedIn: Caller | undefined;
    const violations: string[] = [];
    for (const [who, path, name] of pages) {
      if (who !== signedIn) await signIn(who);
      signedIn = who;
      await page.goto(`${api.base}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Nothing wider than an office screen.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1366);
      violations.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
      await shot(name);
    }
    expect(violations).toEqual([]);
  });

  it('can be used from the keyboard: sign in, skip to the content, open a menu entry', async () => {
    await signOut();
    await page.goto(`${api.base}/sign-in?with=token`);
    await page.getByLabel('访问令牌').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('token');
    await page.keyboard.insertText(api.token(people.leadOperator));
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('登录');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.getByRole('navigation', { name: '主菜单' }).waitFor();
    // The first stop on every console page is the link that skips the menus.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('main');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '抽查任务' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tasks$/);
    // The new page's content has the focus, not the top of the menu again.
    // (Moved after the page has painted: wait for it rather than read it at once.)
    await page.locator('#main:focus').waitFor();
  });

  it('signs in from a sign-in link (as the embedded default prints one), and keeps no token in the address', async () => {
    await signOut();
    await page.goto(`${api.base}/sign-in#token=${api.token(people.head)}`);
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    expect(page.url()).not.toContain('token');
    await page.goto(`${api.base}/sign-in#token=not-a-token`);
    await page.getByRole('alert').filter({ hasText: '这不是有效的令牌' }).waitFor();
  });

  it("stops the public disclosure on the entity's application once the period of publication has passed", async () => {
    await api.call('PUT', '/api/admin/clock', { as: admin, body: { now: '2029-06-02T01:00:00.000Z' } });
    await signIn(people.head);
    await openTask(publishedEntityId);
    await page.getByRole('button', { name: '停止公示（信用修复）' }).click();
    await page.getByLabel('当事人的申请').fill('已完成整改，申请停止公示');
    await page.getByRole('button', { name: '停止公示', exact: true }).click();
    await page.getByRole('button', { name: '确认停止公示' }).click();
    await see('已停止公示');
    await page.goto(`${api.base}/public`);
    await page.getByLabel('统一社会信用代码').fill(entityCode);
    await page.getByRole('button', { name: '查询' }).click();
    await see('找到的检查对象暂无已公示的抽查结果。');
  });
});
