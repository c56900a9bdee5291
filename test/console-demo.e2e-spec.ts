import type { Page } from 'playwright-core';
import { beijingDate } from '@app/domain/calendar/calendar-date';
import { jsonCall } from '../bench/support/json-call';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoCounty } from '../scripts/demo-county';
import { admin } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';

/**
 * `npm run demo` in the console (issue 25): an api started with DEMO=1 marks every page 演示数据
 * in the header; on the empty platform the administrator's workbench lists the first steps, none
 * done; once the demonstration county is seeded over HTTP they are ticked, and a demo account
 * signs in with the password the demo prints and finds its department's overdue items.
 */
describeInBrowser('the demonstration in the console', () => {
  const web = consoleInBrowser({ env: { DEMO: '1', SIMULATED_CLOCK: 'true', DRAW_WITHOUT_BEACON: 'any' } });
  const { api, signIn } = web;
  let page: Page;
  const badge = () => page.getByRole('banner').getByText('演示数据', { exact: true });
  const guide = () => page.getByRole('region', { name: '初始设置' });
  const step = (name: string) => guide().getByRole('listitem').filter({ hasText: name });

  beforeAll(() => {
    page = web.page;
    page.setDefaultTimeout(15_000);
  });

  it('marks the demonstration in the header, and lists the first steps of the empty platform, none done', async () => {
    await signIn(admin);
    await guide().waitFor();
    await badge().waitFor();
    expect(await badge().getAttribute('title')).toContain('演示数据');
    for (const name of ['登记参与抽查的执法检查部门', '编制各部门的抽查事项清单', '制定并公布年度抽查计划'])
      expect(await step(name).textContent()).toContain('待办理');
  });

  it('ticks the steps the seeded county has done', async () => {
    await seedDemoCounty(
      { call: jsonCall(api.base), token: (sub, department, roles) => api.token({ sub, department, roles }) },
      beijingDate(Date.now()),
      { entities: 60 },
    );
    await page.reload();
    await badge().waitFor();
    // The calendar step stays open while next year's holidays are unknown: then the guide stays.
    if (await guide().isVisible()) {
      for (const name of [
        '登记参与抽查的执法检查部门',
        '编制各部门的抽查事项清单',
        '导入检查对象名录和执法检查人员名录',
        '制定并公布年度抽查计划',
      ])
        await step(name).filter({ hasText: '已完成' }).waitFor();
    }
  });

  it('signs a demo account in with the printed password, and shows its overdue items', async () => {
    const operator = DEMO_ACCOUNTS.find((a) => a.role === 'operator')!;
    await web.signOut();
    await page.getByLabel('所属单位').selectOption(operator.department);
    await page.getByLabel('工号').fill(operator.employeeNumber);
    await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('banner').getByText(operator.name).waitFor();
    await badge().waitFor();
    // The results its department has not published in time (the county's overdue-disclosure task).
    await page.getByRole('heading', { name: '逾期响应' }).waitFor();
    await page
      .getByText(/商贸企业产品质量联合抽查/)
      .first()
      .waitFor();
  });
});
