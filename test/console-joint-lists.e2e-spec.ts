import type { Page } from 'playwright-core';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { checkItemBody } from './support/task-fixtures';

/**
 * 一业一单 in use, in Chromium (issue 20; Anhui standard, Yuanqu 一(二)): the lead department amends
 * a joint item list into version 2 with a reason, reads its history, retires it; the portal shows
 * it retired with every version. SCREENSHOTS=<dir>.
 */
const LEAD = { id: 'scjg', name: '玄武区市场监管局' };
const PARTNER = { id: 'xf', name: '玄武区消防救援大队' };
const INDUSTRY = '餐饮服务';
const AMENDMENT = '增设消防通道检查';
const RETIREMENT = '并入新版行业清单';

describeInBrowser('joint item lists in a real browser', () => {
  const web = consoleInBrowser();
  const { api, signIn, accessible, shot } = web;
  let page: Page;
  const operator = (d: string): Caller => ({ ...staff(d, ['operator'], `op-${d}`), name: `${d}经办人` });

  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300) {
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  };
  const item = async (d: string, name: string) =>
    (await ok<{ id: string }>('POST', '/api/check-items', operator(d), checkItemBody(d, name))).id;

  beforeAll(async () => {
    page = web.page;
    page.setDefaultTimeout(15_000);
    for (const d of [LEAD, PARTNER])
      await ok('POST', '/api/departments', admin, { ...d, regionCode: '320102' });
    const licence = await item(LEAD.id, '食品经营许可检查');
    const fire = await item(PARTNER.id, '消防安全检查');
    await item(PARTNER.id, '消防通道检查');
    await ok('POST', '/api/joint-item-lists', operator(LEAD.id), {
      industry: INDUSTRY,
      leadDepartmentId: LEAD.id,
      itemIds: [licence, fire],
    });
    await api.stores.projections.waitFor(await api.head(), 20_000);
  }, 60_000);

  it('amends the list into version 2 with a reason, and shows its history', async () => {
    await signIn(operator(LEAD.id));
    await page.goto(`${api.base}/registers/joint-lists`);
    await page.getByRole('row', { name: new RegExp(`${INDUSTRY}.*第 1 版，在用`) }).waitFor();
    await page.getByRole('button', { name: `修订“${INDUSTRY}”清单` }).click();
    await page.getByRole('checkbox', { name: `消防通道检查（${PARTNER.name}）` }).check();
    await page.getByRole('textbox', { name: /^修订理由/ }).fill(AMENDMENT);
    await accessible();
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByRole('status').filter({ hasText: '已修订，形成新版本。' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(`${INDUSTRY}.*消防通道检查.*第 2 版，在用`) });
    await row.waitFor();

    await page.getByRole('button', { name: `“${INDUSTRY}”清单的修订记录` }).click();
    const history = page.getByRole('list', { name: `“${INDUSTRY}”清单的各版本` });
    await history
      .getByRole('listitem')
      .filter({ hasText: `第 2 版` })
      .filter({ hasText: `修订抽查事项：${AMENDMENT}` })
      .waitFor();
    await history.getByRole('listitem').filter({ hasText: '第 1 版' }).filter({ hasText: '制定' }).waitFor();
    await accessible();
    await shot('joint-list-history');
  });

  it('retires the list with a reason; it stays listed, retired, and the portal shows every version', async () => {
    await signIn(operator(LEAD.id));
    await page.goto(`${api.base}/registers/joint-lists`);
    await page.getByRole('button', { name: `废止“${INDUSTRY}”清单` }).click();
    await page.getByRole('textbox', { name: /^废止理由/ }).fill(RETIREMENT);
    await page.getByRole('button', { name: '废止清单' }).click();
    await page.getByRole('status').filter({ hasText: '已废止。' }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(`${INDUSTRY}.*第 2 版，已废止：${RETIREMENT}`) })
      .waitFor();
    // Retired: no more amending or retiring, only its history.
    expect(await page.getByRole('button', { name: `修订“${INDUSTRY}”清单` }).count()).toBe(0);
    expect(await page.getByRole('button', { name: `废止“${INDUSTRY}”清单` }).count()).toBe(0);
    // Another department's operator sees the list but may not amend it.
    await signIn(operator(PARTNER.id));
    await page.goto(`${api.base}/registers/joint-lists`);
    await page.getByRole('button', { name: `“${INDUSTRY}”清单的修订记录` }).waitFor();
    expect(await page.getByRole('button', { name: /^修订“/ }).count()).toBe(0);

    await page.goto(`${api.base}/public/joint-lists`);
    await page.getByRole('row', { name: new RegExp(`${INDUSTRY}.*已废止：${RETIREMENT}`) }).waitFor();
    await page.getByText('修订记录').first().click();
    await page.getByText(new RegExp(`第 2 版（\\d{4}-\\d{2}-\\d{2}）：${AMENDMENT}`)).waitFor();
    await page.getByText(/第 1 版（\d{4}-\d{2}-\d{2}）：制定/).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/op-scjg|经办人/);
    await accessible();
    await shot('public-joint-list-versions');
  });
});
