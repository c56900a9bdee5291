import type { Page } from 'playwright-core';
import { FirstAdministrator } from '../apps/api/src/sign-in/setup/first-administrator';
import { GOOD_PASSWORD } from './support/accounts';
import { consoleInBrowser, describeInBrowser } from './support/console-session';

/**
 * The first start in the console: the one-time setup link (as the start-up log prints it) opens a
 * form where the first administrator registers their unit and account and sets their password;
 * they land signed in, and the link is used up.
 */
describeInBrowser('the first start in the console', () => {
  const web = consoleInBrowser({ fullPage: true, shotPrefix: 'setup-' });
  const { api, see, accessible, shot } = web;
  let page: Page;

  beforeAll(() => {
    page = web.page;
    page.setDefaultTimeout(10_000);
  });

  it('sets up the first administrator from the link and signs them in; the link then works no more', async () => {
    const code = (await api.app.get(FirstAdministrator).link.issue(Date.now()))!;
    await page.goto(`${api.base}/setup#code=${code}`);
    await page.getByRole('heading', { level: 1, name: '平台首次设置' }).waitFor();
    // The code leaves the address bar at once.
    expect(page.url()).not.toContain(code);
    const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
    await fill('单位标识', 'xw-scjg');
    await fill('单位名称', '玄武区市场监督管理局');
    await fill('行政区划代码（6 位）', '320102');
    await fill('姓名', '周敏');
    await fill('职务', '信息科科长');
    await fill('工号', 'A001');
    await fill('手机号码', '13812345678');
    await fill('登录密码', GOOD_PASSWORD);
    await fill('再次输入密码', GOOD_PASSWORD);
    await accessible();
    await shot('form');
    await page.getByRole('button', { name: '完成设置并登录' }).click();

    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: /周敏/ }).waitFor();

    await page.goto(`${api.base}/setup#code=${code}`);
    await see('本平台已完成首次设置，请直接登录。');
    expect(await api.app.get(FirstAdministrator).link.issue(Date.now())).toBeUndefined();
  });
});
