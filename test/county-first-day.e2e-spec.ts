import type { Locator, Page } from 'playwright-core';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { downloaded } from './support/browser';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { CERTIFICATE_VALID_UNTIL, beijingToday } from './support/task-fixtures';

/**
 * A county's first day, from an empty platform, through the console only (issue 16, "How to show
 * it"): the administrator registers the departments, enters the calendar year, adds each
 * department's check items, draws up a 一业一单 and imports the directories from the console's own
 * templates; the lead operator drafts a plan from the list (ratios in percent) and publishes it,
 * then initiates a joint task under it; the partner accepts; the draw, its verification, both
 * departments' inspector draws and the lock; an inspector of the team enters a result and the head
 * publishes it; the public portal names the departments and the task. Refusals are provoked on the
 * way, and each is read in Chinese from the catalogue. The api only checks outcomes and mints the
 * officials' sign-in tokens. SCREENSHOTS=<dir> saves each step (county-NN-*.png, 1366×768).
 */
const LEAD = { id: 'scjg-320102', name: '玄武区市场监督管理局' };
const PARTNER = { id: 'xf-320102', name: '玄武区消防救援大队' };
const REGION = '320102';
const ITEMS = { lead: '食品经营许可情况检查', partner: '消防安全检查' };
const INDUSTRY = '餐饮';
const TASK_NAME = '餐饮场所食品安全与消防安全联合抽查';
const ENTITY_COUNT = 6;
const INSPECTORS_PER_DEPARTMENT = 3;

// Each step is a few pages of a shared, busy machine.
jest.setTimeout(60_000);

/** What an official must never read in a refusal: a code, English (ids such as scjg-320102), a UUID. */
function expectOfficialChinese(text: string): void {
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(text).not.toMatch(/[A-Z]{2,}_[A-Z]/);
  expect(text).not.toMatch(/[A-Za-z]{3,}/);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/i);
}

/** A sheet as the console's CSV template lays it out: its header, then one row per record. */
function filledTemplate(template: string, rows: Record<string, string>[]): string {
  const [header, example] = template.replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = header.split(',');
  const examples = example.split(',');
  // "统一社会信用代码（code）": the api's field name is in the brackets.
  const field = (column: string) => /（(\w+)）/.exec(column)?.[1] ?? column;
  const lines = rows.map((row) => columns.map((c, n) => row[field(c)] ?? examples[n] ?? '').join(','));
  return [header, ...lines].join('\r\n');
}

describeInBrowser("a county's first day in the console, from an empty platform", () => {
  // The simulated clock steps past the beacon round the task names (it runs from the real time).
  const web = consoleInBrowser({ shotPrefix: 'county-', env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, signOut, see, accessible, shot } = web;
  let page: Page;
  const today = beijingToday();
  const year = Number(today.slice(0, 4));
  const leadOperator: Caller = { ...staff(LEAD.id, ['operator'], 'op-scjg'), name: '王明' };
  const partnerOperator: Caller = { ...staff(PARTNER.id, ['operator'], 'op-xf'), name: '李强' };
  const head: Caller = { ...staff(LEAD.id, ['head'], 'head-scjg'), name: '张华' };
  const administrator: Caller = { ...admin, name: '刘洋' };
  const entityCodes = [...Array(ENTITY_COUNT).keys()].map((n) => sampleCreditCode(900 + n));
  let taskId = '';
  let refusalsRead = 0;
  /** The drand round the task names, ten minutes after it is initiated; the clock is stepped past it. */
  const DRAND_GENESIS = 1692803367;
  const round = Math.floor((Date.now() / 1000 + 600 - DRAND_GENESIS) / 3) + 1;
  const publishedAt = new Date((DRAND_GENESIS + (round - 1) * 3) * 1000).toISOString();
  const BEACON_VALUE = '6f1d'.repeat(16);

  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  /** A group of choices by its legend (a required one's name adds a hidden 「（必填）」). */
  const group = (name: string, within: Page | Locator = page) =>
    within.getByRole('group', { name: new RegExp(`^${name}\\s*(（必填）)?$`) });
  /** The alert that says `text`, checked as an official reads it; its text. */
  const refusal = async (text: string, within: Page | Locator = page): Promise<Locator> => {
    const alert = within.getByRole('alert').filter({ hasText: text }).first();
    await alert.waitFor();
    expectOfficialChinese(await alert.innerText());
    refusalsRead += 1;
    return alert;
  };
  /** Asks, shows the dialog naming what cannot be undone, and accepts. */
  const confirm = async (act: Locator, title: string | RegExp, accept: string, says?: string) => {
    await act.click();
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    if (says) expect(await dialog.textContent()).toContain(says);
    await accessible();
    return async () => {
      await dialog.getByRole('button', { name: accept }).click();
      await dialog.waitFor({ state: 'detached' });
    };
  };
  const openTask = () => web.openTask(taskId);
  const read = async <T>(path: string, as: Caller = admin): Promise<T> => {
    const answer = await api.call<T>('GET', path, { as });
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const downloadTemplate = async (button: string): Promise<string> => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    return (await downloaded(download)).toString('utf8');
  };
  const upload = async (what: string, sheet: string) => {
    await page.getByLabel(`${what}文件（CSV 或 Excel）`).setInputFiles({
      name: `${what}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(sheet, 'utf8'),
    });
    await page.getByRole('button', { name: `导入${what}` }).click();
    const report = page.getByRole('region', { name: `${what}导入结果` });
    await report.waitFor();
    return report;
  };
  const figure = async (report: Locator, label: string) =>
    report
      .locator('dt', { hasText: new RegExp(`^${label}$`) })
      .locator('xpath=../dd')
      .innerText();

  beforeAll(() => {
    page = web.page;
    // A step that does not come fails with the locator it waited on, within the test's time.
    page.setDefaultTimeout(15_000);
  });

  it('registers the lead and the partner department', async () => {
    await signIn(administrator);
    const guide = page.getByRole('region', { name: '初始设置' });
    await guide.waitFor();
    // The administrator's "system" is no department: not shown as if it were one.
    expect(await page.getByRole('banner').textContent()).toContain('刘洋');
    expect(await page.locator('body').textContent()).not.toContain('system');
    await accessible();
    await guide
      .getByRole('listitem')
      .filter({ hasText: '登记参与抽查的执法检查部门' })
      .getByRole('link')
      .click();
    await heading('执法检查部门');
    for (const d of [LEAD, PARTNER]) {
      await page.getByRole('button', { name: '登记部门' }).click();
      await page.getByLabel('部门名称').fill(d.name);
      await page.getByLabel('部门编号').fill(d.id);
      await page.getByLabel('行政区划代码').fill(REGION);
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await see(`已登记部门：${d.name}。`);
    }
    await page
      .getByRole('table', { name: /已登记的部门/ })
      .getByText(PARTNER.name)
      .waitFor();
    await accessible();
    await shot('01-departments');
    const departments = await read<{ id: string; name: string; regionCode: string }[] | { items: unknown[] }>(
      '/api/departments',
    );
    expect(JSON.stringify(departments)).toContain(LEAD.name);
    expect(JSON.stringify(departments)).toContain(PARTNER.name);
  });

  it("enters the year's holidays on the calendar page", async () => {
    await page.goto(`${api.base}/`);
    await page
      .getByRole('region', { name: '初始设置' })
      .getByRole('listitem')
      .filter({ hasText: '录入本年度和下一年度的节假日安排' })
      .getByRole('link')
      .click();
    await heading('工作日历');
    const known = await read<{ years: { year: number }[] }>('/api/calendar/years');
    const entered = [year, year + 1].filter((y) => !known.years.some((k) => k.year === y)).at(-1) ?? year + 1;
    await page.getByRole('textbox', { name: '年度', exact: true }).fill(String(entered));
    await page.getByLabel('通知文号').fill(`国办发明电〔${entered - 1}〕7号`);
    await page
      .getByLabel('放假日期')
      .fill(`${entered}-01-01\n${entered}-02-06 至 ${entered}-02-13\n${entered}-10-01 至 ${entered}-10-07`);
    const saturday = [...Array(7).keys()]
      .map((n) => `${entered}-09-${20 + n}`)
      .find((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 6)!;
    await page.getByLabel('调休上班日期').fill(saturday);
    await see('将录入放假 16 天、调休上班 1 天。');
    await accessible();
    await shot('02-calendar');
    await page.getByRole('button', { name: '录入', exact: true }).click();
    await see(`已录入 ${entered} 年节假日安排：放假 16 天，调休上班 1 天。`);
    const years = await read<{ years: { year: number; source: string }[] }>('/api/calendar/years');
    expect(years.years.find((y) => y.year === entered)).toMatchObject({ source: 'operator' });
  });

  it("adds each department's check items; an empty required field is refused in Chinese", async () => {
    await page.goto(`${api.base}/registers/check-items`);
    await heading('抽查事项清单');
    for (const [department, name, basis] of [
      [LEAD, ITEMS.lead, '《中华人民共和国食品安全法》第三十五条'],
      [PARTNER, ITEMS.partner, '《中华人民共和国消防法》第十六条'],
    ] as const) {
      await page.getByRole('button', { name: '新增抽查事项' }).first().click();
      const form = page.getByRole('region', { name: '新增抽查事项' });
      await form
        .getByRole('combobox', { name: '部门', exact: true })
        .selectOption({ label: department.name });
      await form.getByLabel('年度抽查比例（%）').fill('5');
      await form.getByLabel('检查依据').fill(basis);
      await form.getByLabel('检查内容').fill('检查许可证件、经营场所及相关记录');
      await group('检查对象类型', form).getByLabel('企业').check();
      await group('检查方式', form).getByLabel('实地核查').check();
      if (department === LEAD) {
        // Refusal 1: the item's name left empty.
        await form.getByRole('button', { name: '新增抽查事项' }).click();
        await refusal('请填写此项。', form);
        await accessible();
        await shot('03-check-item-refused', form);
      }
      await form.getByLabel('事项名称').fill(name);
      await form.getByRole('button', { name: '新增抽查事项' }).click();
      await see('已新增抽查事项。');
    }
    const table = page.getByRole('table', { name: /抽查事项/ });
    await table.getByText(ITEMS.partner).waitFor();
    expect(await table.textContent()).toContain(PARTNER.name);
    await accessible();
    const items = await read<{ items: { name: string; departmentId: string; ratio: number }[] }>(
      '/api/check-items',
    );
    expect(items.items.map((i) => [i.name, i.departmentId, i.ratio]).sort()).toEqual(
      [
        [ITEMS.lead, LEAD.id, 0.05],
        [ITEMS.partner, PARTNER.id, 0.05],
      ].sort(),
    );
  });

  it('draws up the 一业一单 of the catering trade', async () => {
    await page.goto(`${api.base}/registers/joint-lists`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: '制定联合抽查事项清单' }).click();
    const form = page.getByRole('region', { name: '制定联合抽查事项清单' });
    await form.getByLabel('行业').fill(INDUSTRY);
    await form.getByLabel('牵头部门').selectOption({ label: LEAD.name });
    await form.getByLabel(`${ITEMS.lead}（${LEAD.name}）`).check();
    await form.getByLabel(`${ITEMS.partner}（${PARTNER.name}）`).check();
    await accessible();
    await shot('04-joint-list', form);
    await form.getByRole('button', { name: '提交清单' }).click();
    await see('已制定联合抽查事项清单。');
    const lists = await read<{ items: { industry: string; departmentIds: string[] }[] }>(
      '/api/joint-item-lists',
    );
    expect(lists.items.map((l) => [l.industry, [...l.departmentIds].sort()])).toEqual([
      [INDUSTRY, [LEAD.id, PARTNER.id].sort()],
    ]);
  });

  it("imports the entities and both departments' inspectors from the console's templates", async () => {
    await page.goto(`${api.base}/registers/import`);
    await heading('批量导入');
    const entitySheet = filledTemplate(
      await downloadTemplate('下载检查对象名录模板（CSV）'),
      entityCodes.map((code, n) => ({
        code,
        name: `南京玄武示例餐饮有限公司${n + 1}`,
        address: `江苏省南京市玄武区示例路${n + 1}号`,
        regionCode: REGION,
        industryCode: 'H6210',
        creditRisk: 'ABCD'[n % 4],
      })),
    );
    const entities = await upload('检查对象名录', entitySheet);
    expect(await figure(entities, '新增')).toBe(String(ENTITY_COUNT));

    // The department by its name, as the sheet allows; every one certified (the template's example),
    // with 执法资格 valid after the task's window.
    const inspectorSheet = filledTemplate(
      await downloadTemplate('下载执法检查人员名录模板（CSV）'),
      [LEAD, PARTNER].flatMap((d, k) =>
        [...Array(INSPECTORS_PER_DEPARTMENT).keys()].map((n) => ({
          departmentId: d.name,
          name: `${d === LEAD ? '市监' : '消防'}检查员${n + 1}`,
          idCardNumber: sampleIdCardNumber(300 + 10 * k + n),
          certificateNo: `3201020${k}${n}001`,
          enforcementValidUntil: CERTIFICATE_VALID_UNTIL,
          regionCode: REGION,
          phone: `1380013${k}${n}00`,
        })),
      ),
    );
    const inspectors = await upload('执法检查人员名录', inspectorSheet);
    expect(await figure(inspectors, '新增')).toBe(String(2 * INSPECTORS_PER_DEPARTMENT));
    await accessible();
    await shot('05-import', inspectors);

    const certified = await read<{ items: { departmentId: string; category: string }[] }>(
      '/api/inspectors?limit=100',
    );
    for (const d of [LEAD, PARTNER]) {
      expect(
        certified.items.filter((i) => i.departmentId === d.id && i.category === 'certified'),
      ).toHaveLength(INSPECTORS_PER_DEPARTMENT);
    }
  });

  it('drafts the plan from the 一业一单 in percent (over 100% refused) and publishes it after confirming', async () => {
    await signIn(leadOperator);
    await page.goto(`${api.base}/plans/new`);
    await heading('制定年度抽查工作计划');
    await page.getByLabel('计划名称').fill(`${year}年度玄武区餐饮行业部门联合抽查工作计划`);
    await page
      .getByLabel('按联合抽查事项清单（一业一单）填入')
      .selectOption({ label: `${INDUSTRY}（牵头部门：${LEAD.name}）` });
    await expect(group('配合部门').getByLabel(PARTNER.name).isChecked()).resolves.toBe(true);
    await group('对象类型').getByLabel('企业').check();
    await page.getByLabel('行政区划代码').fill(REGION);
    await page.getByLabel('A 类低风险（%）').fill('20');
    await page.getByLabel('D 类高风险（%）').fill('150');
    // Refusal 2: a ratio over 100%.
    await page.getByRole('button', { name: '保存草稿' }).click();
    await refusal('须在 0% 至 100% 之间。');
    await accessible();
    await shot('06-plan-ratio-refused', page.getByLabel('D 类高风险（%）'));
    await page.getByLabel('D 类高风险（%）').fill('100');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/plans\/(?!new)[^/?]+/);
    const planId = new URL(page.url()).pathname.split('/')[2];
    await page.getByText('D：100.0%').first().waitFor();

    const publish = await confirm(
      page.getByRole('button', { name: '发布计划' }),
      '发布计划第 1 版？',
      '确认发布',
      '不能撤回',
    );
    await shot('07-plan-publish-confirmation');
    await publish();
    await see('已发布第 1 版');
    await accessible();
    const plan = await read<{
      status: string;
      cooperatingDepartmentIds: string[];
      ratiosByCreditRisk: unknown;
    }>(`/api/plans/${planId}`);
    expect(plan).toMatchObject({
      status: 'published',
      cooperatingDepartmentIds: [PARTNER.id],
      ratiosByCreditRisk: { A: 0.2, D: 1 },
    });
  });

  it('initiates the joint task under the plan as the lead operator', async () => {
    await page.goto(`${api.base}/tasks/new`);
    await page.getByLabel('任务名称').fill(TASK_NAME);
    await page
      .getByLabel('年度抽查工作计划')
      .selectOption({ label: `${year}年度玄武区餐饮行业部门联合抽查工作计划` });
    await expect(
      group(`${LEAD.name}（牵头部门）的抽查事项`).getByLabel(new RegExp(ITEMS.lead)).isChecked(),
    ).resolves.toBe(true);
    await expect(group('邀请参与联合抽查的部门').getByLabel(PARTNER.name).isChecked()).resolves.toBe(true);
    await page.getByLabel('按户数抽取').check();
    await page.getByLabel('抽取户数').fill('2');
    await page.getByLabel('检查开始日期').fill(today);
    await page.getByLabel('检查结束日期').fill(`${year}-12-31`);
    // A plan task names the public beacon round its draw will wait for.
    await page.getByLabel(/^公共随机源/).selectOption({ label: 'drand quicknet 公共随机信标' });
    await page.getByLabel(/^开奖期号/).fill(String(round));
    await see(/该期开奖时间：/);
    await accessible();
    await shot('08-task-under-plan');
    await page.getByRole('button', { name: '发起任务' }).click();
    await page.waitForURL(/\/tasks\/(?!new)[^/?]+/);
    taskId = new URL(page.url()).pathname.split('/')[2];
    await page.getByText('已发起（未锁定）').first().waitFor();
    const task = await read<{
      planId?: string;
      participants: { departmentId: string }[];
      beacon?: { round: string; publishedAt: string };
    }>(`/api/tasks/${taskId}`);
    expect(task.planId).toBeDefined();
    expect(task.beacon).toMatchObject({ round: String(round), publishedAt });
    expect(task.participants.map((p) => p.departmentId)).toEqual([PARTNER.id]);
  });

  it("the partner accepts; an inspector sheet with another department's row is refused for that row", async () => {
    await signIn(partnerOperator);
    await openTask();
    await page.getByRole('button', { name: '接受并确认事项' }).click();
    await see(/已接受/);
    await accessible();
    await shot('09-partner-accepts');

    // Refusal 3: an act for another department (a row of the lead's inspectors in the partner's sheet).
    await page.goto(`${api.base}/registers/import`);
    const sheet = filledTemplate(await downloadTemplate('下载执法检查人员名录模板（CSV）'), [
      {
        departmentId: PARTNER.name,
        name: '消防检查员4',
        idCardNumber: sampleIdCardNumber(350),
        regionCode: REGION,
      },
      {
        departmentId: LEAD.name,
        name: '市监检查员9',
        idCardNumber: sampleIdCardNumber(351),
        regionCode: REGION,
      },
    ]);
    const report = await upload('执法检查人员名录', sheet);
    expect(await figure(report, '新增')).toBe('1');
    const row = report.getByRole('cell', {
      name: `您只能代表本部门（${PARTNER.name}）办理，不能代表${LEAD.name}办理。`,
    });
    await row.waitFor();
    expectOfficialChinese(await row.innerText());
    refusalsRead += 1;
    await accessible();
    await shot('10-import-other-department-refused', report);
  });

  it('freezes the pool before the round, enters its value and has the partner confirm it', async () => {
    await signIn(leadOperator);
    await openTask();
    await see(String(round));
    const freeze = await confirm(
      page.getByRole('button', { name: '冻结抽取对象库' }),
      '冻结抽取对象库？',
      '确认冻结',
      '不能撤销',
    );
    await freeze();
    await see(/已于 .*冻结/);
    await accessible();
    // The round is published: the api's clock is stepped past it.
    const stepped = await api.call('PUT', '/api/admin/clock', {
      as: admin,
      body: { now: new Date(Date.parse(publishedAt) + 30_000).toISOString() },
    });
    expect(stepped.status).toBe(200);
    await page.getByLabel(/^开奖号码/).fill(BEACON_VALUE);
    await page.getByRole('button', { name: '录入开奖号码' }).click();
    await page.getByRole('heading', { name: '重新录入开奖号码' }).waitFor();

    await signIn(partnerOperator);
    await openTask();
    const check = page.getByRole('form', { name: '复核开奖号码' });
    await check.waitFor();
    expect(await check.textContent()).not.toContain(BEACON_VALUE);
    await check.getByLabel('复核录入开奖号码').fill(BEACON_VALUE.toUpperCase());
    await check.getByRole('button', { name: '复核确认' }).click();
    await see(/并经其他部门人员复核确认/);
    await accessible();
    await shot('11a-beacon-confirmed', page.getByText(/并经其他部门人员复核确认/));
    const task = await read<{ beaconValue?: { confirmed: boolean } }>(`/api/tasks/${taskId}`);
    expect(task.beaconValue).toMatchObject({ confirmed: true });
  });

  it('draws the entities and verifies the draw; the lock is refused before the partner draws its inspectors', async () => {
    await signIn(leadOperator);
    await openTask();
    const draw = await confirm(
      page.getByRole('button', { name: '抽取检查对象', exact: true }),
      /抽取/,
      '确认抽取',
    );
    await draw();
    await see(/抽中名单（2 户）/);
    await page.getByRole('button', { name: '验证本次抽取' }).click();
    await see(/验证通过/);
    await accessible();
    await shot('11-draw-verified', page.getByText(/验证通过/));

    const ours = await confirm(
      page.getByRole('button', { name: '抽取执法检查人员' }),
      '抽取本部门执法检查人员？',
      '确认抽取人员',
    );
    await ours();
    await page.getByRole('status').filter({ hasText: '已办理，任务已更新。' }).waitFor();

    // Refusal 4: the lock before the partner's inspector draw. The page says beforehand whose draw
    // is awaited; locking anyway is refused for the teams short of the partner's inspector.
    await see(`待${PARTNER.name}抽取执法检查人员后方可锁定。`);
    const lock = await confirm(
      page.getByRole('button', { name: '锁定并派发' }),
      '锁定并派发本任务？',
      '确认锁定',
      '锁定后检查对象名单不可更改',
    );
    await lock();
    const refused = await refusal('每个检查组至少须有 2 名执法检查人员。');
    expect(await refused.getAttribute('data-code')).toBe('TEAM_TOO_SMALL');
    await accessible();
    await shot('12-lock-refused', refused);
    expect((await read<{ status: string }>(`/api/tasks/${taskId}`)).status).toBe('initiated');
  });

  it("draws the partner's inspectors, then locks the task", async () => {
    await signIn(partnerOperator);
    await openTask();
    const theirs = await confirm(
      page.getByRole('button', { name: '抽取执法检查人员' }),
      '抽取本部门执法检查人员？',
      '确认抽取人员',
    );
    await theirs();
    await page.getByRole('button', { name: '抽取执法检查人员' }).waitFor({ state: 'detached' });

    await signIn(leadOperator);
    await openTask();
    const lock = await confirm(
      page.getByRole('button', { name: '锁定并派发' }),
      '锁定并派发本任务？',
      '确认锁定',
    );
    await lock();
    await page.getByRole('button', { name: '锁定并派发' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('alert').count()).toBe(0);
    await accessible();
    await shot('13-locked-teams');
    const task = await read<{
      status: string;
      teams: Record<string, { members: { departmentId: string }[] }>;
    }>(`/api/tasks/${taskId}`);
    expect(task.status).toBe('locked');
    for (const team of Object.values(task.teams)) {
      expect(team.members.length).toBeGreaterThanOrEqual(2);
      expect(new Set(team.members.map((m) => m.departmentId))).toEqual(new Set([LEAD.id, PARTNER.id]));
    }
  });

  it("enters a result as the team's inspector and publishes it as the head, after confirming", async () => {
    const task = await read<{
      entityIds: string[];
      teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
    }>(`/api/tasks/${taskId}`);
    const entityId = task.entityIds[0];
    const member = task.teams[entityId].members.find((m) => m.departmentId === LEAD.id)!.inspectorId;
    const inspector = await read<{ name: string }>(`/api/inspectors/${member}`);

    await signIn({ ...staff(LEAD.id, ['inspector'], member), name: inspector.name });
    await page.goto(`${api.base}/tasks/${taskId}?entity=${entityId}`);
    await page.getByRole('button', { name: '录入检查结果' }).first().click();
    // The day offered is today, inside the window.
    expect(await page.getByLabel('检查日期').inputValue()).toBe(today);
    await page.getByLabel('检查结果类型').selectOption({ label: '未发现问题' });
    await page.getByLabel('检查方式').selectOption({ label: '实地核查' });
    for (const finding of await page.getByLabel('检查情况').all())
      await finding.fill('许可证件齐全，经营场所符合要求');
    for (const verdict of await page.getByLabel('是否合格').all()) await verdict.selectOption({ index: 1 });
    await accessible();
    await shot('14-result-entry', page.getByRole('button', { name: '提交检查结果' }));
    await page.getByRole('button', { name: '提交检查结果' }).click();
    await page.getByRole('button', { name: '提交检查结果' }).waitFor({ state: 'detached' });

    await signIn(head);
    await page.goto(`${api.base}/tasks/${taskId}?entity=${entityId}`);
    const publish = await confirm(page.getByRole('button', { name: '公示结果' }).first(), /公示/, '确认公示');
    await shot('15-result-publish-confirmation');
    await publish();
    await page.getByRole('status').filter({ hasText: '已办理，任务已更新。' }).waitFor({ state: 'attached' });
    await accessible();
  });

  it('shows the published result on the public portal with the departments and the task by name', async () => {
    const task = await read<{ entityIds: string[] }>(`/api/tasks/${taskId}`);
    const entity = await read<{ code: string }>(`/api/entities/${task.entityIds[0]}`);
    await signOut();
    await page.goto(`${api.base}/public`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('统一社会信用代码').fill(entity.code);
    await page.getByRole('button', { name: '查询' }).click();
    const results = page.getByRole('table', { name: '已公示的抽查结果' });
    await results.getByText(TASK_NAME).waitFor();
    const text = (await results.textContent()) ?? '';
    expect(text).toContain(LEAD.name);
    expect(text).toContain('未发现问题');
    expect(text).not.toContain(LEAD.id);
    expect(text).not.toContain(taskId);
    await accessible();
    await shot('16-public-result', results);

    await page.getByRole('link', { name: '抽查任务公告' }).click();
    const announced = page.getByRole('table', { name: /抽查任务/ });
    await announced.getByText(TASK_NAME).waitFor();
    const announcement = (await announced.textContent()) ?? '';
    expect(announcement).toContain(PARTNER.name);
    expect(announcement).not.toMatch(/scjg|xf-/);
    await accessible();
    expect(refusalsRead).toBeGreaterThanOrEqual(4);
  });
});
