import type { Page } from 'playwright-core';
import { usccCheckCharacter } from '@app/domain';
import { type Caller, type ErrorAnswer, admin } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';

/**
 * The administrators' pages in the console: an account registered and granted 单位负责人 by one
 * administrator, approved by another (never by the first); and an operator refused, in words,
 * outside their department's jurisdiction. SCREENSHOTS=<dir> saves the pages.
 */
const SHANGCHENG = { id: 'hz-330102', name: '杭州市上城区市场监督管理局', regionCode: '330102' };
const XIHU = { id: 'hz-330106', name: '杭州市西湖区市场监督管理局', regionCode: '330106' };
const PERSON = { name: '陈静', post: '副局长', employeeNumber: 'SC0007', mobile: '13912340007' };

function uscc(n: number, region: string): string {
  const first17 = `91${region}${String(n).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

describeInBrowser('administering accounts and jurisdictions in the console', () => {
  const web = consoleInBrowser({ fullPage: true, shotPrefix: 'admin-' });
  const { api, signIn, see, accessible, shot } = web;
  let page: Page;
  const adminA: Caller = { ...admin, name: '系统管理员甲' };
  const adminB: Caller = { sub: 'admin-2', department: 'system', roles: ['admin'], name: '系统管理员乙' };
  const shangchengOperator: Caller = {
    sub: 'op-sc',
    department: SHANGCHENG.id,
    roles: ['operator'],
    name: '周敏',
  };
  const xihuOperator: Caller = { sub: 'op-xh', department: XIHU.id, roles: ['operator'], name: '吴刚' };
  const xihuEntity = { code: uscc(1, XIHU.regionCode), name: '杭州西湖示例餐饮有限公司' };
  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const userPage = () => page.getByRole('heading', { level: 1, name: `用户：${PERSON.name}` });

  beforeAll(async () => {
    page = web.page;
    for (const unit of [SHANGCHENG, XIHU]) await ok('POST', '/api/departments', admin, unit);
    await ok('POST', '/api/entities', xihuOperator, {
      ...xihuEntity,
      kind: 'enterprise',
      address: '杭州市西湖区文三路1号',
      regionCode: XIHU.regionCode,
      industryCode: 'H6210',
      creditRisk: 'B',
    });
    await api.stores.projections.waitFor(await api.head(), 20_000);
  });

  it('registers an official and requests 单位负责人 for them; the requester cannot approve it', async () => {
    await signIn(adminA);
    await page.getByRole('link', { name: '用户与角色' }).click();
    await page.getByRole('heading', { level: 1, name: '用户与角色' }).waitFor();
    await page.getByRole('button', { name: '登记用户' }).click();
    const form = page.getByRole('region', { name: '登记用户' });
    await form.getByLabel('所属部门').selectOption(SHANGCHENG.id);
    await form.getByLabel('姓名').fill(PERSON.name);
    await form.getByLabel('职务').fill(PERSON.post);
    await form.getByLabel('工号').fill(PERSON.employeeNumber);
    await form.getByLabel('手机号码').fill(PERSON.mobile);
    await accessible();
    await shot('register-user');
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await see(`已登记用户：${PERSON.name}。`);
    const table = page.getByRole('table', { name: /用户/ });
    const row = table.getByRole('row').filter({ hasText: PERSON.name });
    await row.waitFor();
    // The department by its name, not its id.
    expect(await row.textContent()).toContain(SHANGCHENG.name);
    expect(await row.textContent()).not.toContain(SHANGCHENG.id);
    await accessible();
    await shot('users');

    await row.getByRole('link', { name: PERSON.name }).click();
    await userPage().waitFor();
    await page.getByLabel('授予角色').selectOption('principal');
    await page.getByRole('button', { name: '授予', exact: true }).click();
    await see('已提交授予“单位负责人”角色的申请，待另一名系统管理员批准后生效。');
    const pending = page.getByRole('table', { name: '待批准的角色授予申请' });
    await pending.getByText('待另一名管理员批准').waitFor();
    expect(await pending.getByRole('button', { name: '批准', exact: true }).count()).toBe(0);
    await accessible();
    await shot('user-grant-pending');

    // The api refuses the requester's own approval whatever a page offers.
    const userId = new URL(page.url()).pathname.split('/').pop()!;
    const user = await ok<{ pendingRoleRequests: { requestId: string }[] }>(
      'GET',
      `/api/users/${userId}`,
      adminA,
    );
    const own = await api.call<ErrorAnswer>(
      'POST',
      `/api/users/${userId}/role-requests/${user.pendingRoleRequests[0].requestId}/approve`,
      { as: adminA },
    );
    expect([own.status, own.body.code]).toEqual([403, 'ROLE_APPROVER_IS_REQUESTER']);
  });

  it('lets another administrator approve it; the official then holds 单位负责人', async () => {
    const url = page.url();
    await signIn(adminB);
    await page.goto(url);
    await userPage().waitFor();
    const pending = page.getByRole('table', { name: '待批准的角色授予申请' });
    await pending.getByRole('button', { name: '批准', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '批准授予“单位负责人”角色' });
    await dialog.waitFor();
    await accessible();
    await dialog.getByRole('button', { name: '批准', exact: true }).click();
    await see(`已批准：${PERSON.name}现持有“单位负责人”角色。`);
    const roles = page.getByRole('region', { name: '角色', exact: true });
    await roles.getByRole('listitem').filter({ hasText: '单位负责人' }).waitFor();
    expect(await page.getByRole('table', { name: '待批准的角色授予申请' }).count()).toBe(0);
    await accessible();
    await shot('user-roles');

    // 重置密码: a temporary password shown once, or (before the route exists) the page says so.
    await page.getByRole('button', { name: '重置密码' }).click();
    await page
      .getByRole('dialog', { name: `重置${PERSON.name}的密码` })
      .getByRole('button', { name: '重置密码' })
      .click();
    const shown = page.getByRole('dialog', { name: '临时密码' });
    await shown.or(page.getByText('本平台暂未开放密码重置。')).first().waitFor();
    if (await shown.isVisible()) {
      await accessible();
      await shown.getByRole('button', { name: '我已记下，关闭' }).click();
    }
  });

  it("refuses an operator's change to an entity outside their department's region, in words", async () => {
    await signIn(shangchengOperator);
    await page.goto(`${api.base}/registers/entities`);
    await page.getByRole('button', { name: `修改 ${xihuEntity.name}` }).click();
    const panel = page.getByRole('region', { name: `修改检查对象：${xihuEntity.name}` });
    await panel.getByLabel('地址').fill('杭州市西湖区文三路2号');
    await panel.getByRole('button', { name: '保存修改' }).click();
    const refusal = panel.getByRole('alert').filter({ hasText: '该事项不在本部门管辖范围内' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(SHANGCHENG.regionCode);
    expect(await refusal.getAttribute('data-code')).toBe('OUTSIDE_JURISDICTION');
    await accessible();
    await shot('outside-jurisdiction');
  });
});
