import type { Page } from 'playwright-core';
import { GOOD_PASSWORD, registerOfficial, resetPassword, signIn } from './support/accounts';
import { type ErrorAnswer, admin } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';

/**
 * Password sign-in in the console (docs/web-console.md, "Sign-in"): the first sign-in sets a new
 * password, the own page lists and ends sessions, a disabled official's next click ends on the
 * sign-in page, and repeated failures lock the sign-in, said with the time. The api runs on the
 * simulated clock, moved past the growing delays between attempts. SCREENSHOTS=<dir> saves the pages.
 */
const OFFICE = 'nj-320102';
const OFFICE_NAME = `部门 ${OFFICE}`;
const CHEN = { departmentId: OFFICE, employeeNumber: 'XW0101', name: '陈静' };
const LI = { departmentId: OFFICE, employeeNumber: 'XW0102', name: '李强' };

describeInBrowser('signing in to the console with a password', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' }, fullPage: true, shotPrefix: 'sign-in-' });
  const { api, see, accessible, shot } = web;
  let page: Page;
  let chenId: string;
  let chenTemporary: string;
  let liTemporary: string;

  /** Moves the api's clock (running at real pace) forward past a sign-in delay. */
  const later = async (seconds: number): Promise<void> => {
    const clock = await api.call<{ now: string }>('GET', '/api/admin/clock', { as: admin });
    const now = new Date(Date.parse(clock.body.now) + seconds * 1000).toISOString();
    expect((await api.call('PUT', '/api/admin/clock', { as: admin, body: { now } })).status).toBe(200);
  };
  /** Fills the sign-in form and waits for the api's answer: its status. */
  const attempt = async (who: typeof CHEN, password: string): Promise<number> => {
    await page.getByLabel('所属单位').selectOption(who.departmentId);
    await page.getByLabel('工号').fill(who.employeeNumber);
    await page.getByLabel(/^密码/).fill(password);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in')),
      page.getByRole('button', { name: '登录', exact: true }).click(),
    ]);
    return answer.status();
  };

  beforeAll(async () => {
    page = web.page;
    page.setDefaultTimeout(10_000);
    chenId = await registerOfficial(api, CHEN);
    const liId = await registerOfficial(api, LI);
    await api.call('POST', `/api/users/${chenId}/roles`, { as: admin, body: { role: 'inspector' } });
    chenTemporary = await resetPassword(api, chenId);
    liTemporary = await resetPassword(api, liId);
    await api.stores.projections.waitFor(await api.head(), 20_000);
  });

  it('makes an official set their own password at the first sign-in, then opens the workbench', async () => {
    await page.goto(`${api.base}/`);
    await page.waitForURL(/\/sign-in/);
    await page
      .getByLabel('所属单位')
      .getByRole('option', { name: OFFICE_NAME })
      .waitFor({ state: 'attached' });
    await accessible();
    await shot('password');
    expect(await attempt(CHEN, chenTemporary)).toBe(403);

    await page.getByRole('heading', { level: 1, name: '设置新密码' }).waitFor();
    await see('密码须为 12 至 128 位');
    await page.getByLabel(/^新密码/).fill(GOOD_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(`${GOOD_PASSWORD}x`);
    await page.getByRole('button', { name: '设置新密码并登录' }).click();
    await see('两次输入的新密码不一致。');
    await page.getByLabel('再次输入新密码').fill(GOOD_PASSWORD);
    await accessible();
    await shot('new-password');
    await page.getByRole('button', { name: '设置新密码并登录' }).click();

    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page
      .getByRole('banner')
      .getByRole('link', { name: new RegExp(CHEN.name) })
      .waitFor();
    // No token in the page's reach: the session is in HttpOnly cookies.
    expect(await page.evaluate('document.cookie')).toBe('');
    expect(await page.evaluate("localStorage.getItem('ssj.token')")).toBeNull();
  });

  it('lists the official’s two sessions on their own page, and ends the other one', async () => {
    const other = await signIn(api, {
      department: CHEN.departmentId,
      employeeNumber: CHEN.employeeNumber,
      password: GOOD_PASSWORD,
    });
    expect(other.status).toBe(200);
    await page
      .getByRole('banner')
      .getByRole('link', { name: new RegExp(CHEN.name) })
      .click();
    await page.getByRole('heading', { level: 1, name: '个人中心' }).waitFor();
    await see(OFFICE_NAME);
    const sessions = page.getByRole('table', { name: '本人的登录会话' });
    await sessions.getByRole('row').nth(2).waitFor();
    expect(await sessions.getByRole('row').count()).toBe(3);
    await sessions.getByRole('row').filter({ hasText: '当前会话' }).waitFor();
    await accessible();
    await shot('account');

    await sessions.getByRole('button', { name: /^结束/ }).click();
    await see('已结束该会话。');
    await sessions.getByText('本人结束').waitFor();
    const ended = await api.call<ErrorAnswer>('GET', '/api/auth/me', {
      headers: { authorization: `Bearer ${other.body.accessToken}` },
    });
    expect([ended.status, ended.body.code]).toEqual([401, 'SESSION_ENDED']);
    // This session goes on.
    await page.getByRole('link', { name: '工作台' }).click();
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
  });

  it('stops a disabled official’s console on their next click, on the sign-in page, saying why', async () => {
    // The workbench's own reads finish first, so that the click below is the next request.
    await page.waitForLoadState('networkidle');
    const disabled = await api.call('POST', `/api/users/${chenId}/disable`, {
      as: admin,
      body: { reason: '调离本单位' },
    });
    expect(disabled.status).toBe(200);
    await api.stores.projections.waitFor(await api.head(), 20_000);

    // Should a late read of the page meet the ended session first, the console has gone to the
    // sign-in page already and the link is gone: the outcome checked below is the same.
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '抽查任务' })
      .click({ timeout: 5000 })
      .catch((error: unknown) => {
        if (!page.url().includes('/sign-in')) throw error;
      });
    await page.waitForURL(/\/sign-in/);
    await see('您已退出登录：本次登录已结束，请重新登录。');
    await accessible();
    await shot('session-ended');
  });

  it('locks the sign-in after five wrong passwords and says until when', async () => {
    await page.goto(`${api.base}/sign-in`);
    for (let failure = 1; failure <= 5; failure += 1) {
      if (failure > 1) await later(10);
      expect(await attempt(LI, 'Wrong-password-2026')).toBe(401);
      await see('部门、工号或密码错误。');
    }
    await later(10);
    // Even the right password waits now.
    expect(await attempt(LI, liTemporary)).toBe(429);
    const said = page.getByRole('alert').filter({ hasText: '账号已暂停登录' });
    await said.waitFor();
    expect(await said.textContent()).toMatch(/请于 \d{2}:\d{2}（约 15 分钟后）再试/);
    await accessible();
    await shot('locked');
  });
});
