import type { Locator, Page } from 'playwright-core';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { LEAD, type LockedTask, lockedTask, ok, operatorOf } from './support/console-locked-task';

/**
 * Result entry on an inspector's phone (issue 23, part 4), at 390×844 with touch: the task opened
 * from the list, its team and items seen, a result entered and confirmed; then an entry typed with
 * the connection cut, kept on the phone and sent once when it returns; an entry whose answer was
 * lost sent again under the same Idempotency-Key and replayed by the api; and a draft kept through
 * a reload while offline.
 */
describeInBrowser('result entry on a phone (390×844)', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' }, phone: true });
  const { api, signIn, accessible, shot } = web;
  const DAY = '2026-06-01';
  const TASK_NAME = '食品经营许可专项抽查';
  let page: Page;
  let task: LockedTask;
  let entityId: string;

  const entry = async () =>
    (
      await ok<{
        entered: Record<
          string,
          { entries: number; result: { notes?: string; itemFindings: { finding: string }[] } }
        >;
      }>(api, 'GET', `/api/tasks/${task.taskId}`, operatorOf(LEAD.id))
    ).entered[`${entityId}|${LEAD.id}`];
  const form = () => page.getByRole('form', { name: /录入检查结果/ });
  const submitButton = () => form().getByRole('button', { name: '提交检查结果' });
  const status = (text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text }).first().waitFor();
  const enterAgain = () => page.getByRole('button', { name: '再次录入（如整改复查）' }).first().tap();
  const queuedKey = async () =>
    JSON.parse(
      await page.evaluate<string>(
        "JSON.stringify(Object.keys(localStorage).filter((k) => k.startsWith('ssj.result.v1.queued')).map((k) => JSON.parse(localStorage.getItem(k)).idempotencyKey))",
      ),
    ) as string[];

  /** Nothing wider than the phone's screen: no sideways scrolling of the page. */
  const fitsTheScreen = async () =>
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

  /** Every control of the form at least 44 px high (the checkbox by its label). */
  const touchSized = async (within: Locator) => {
    const small: string[] = [];
    const controls = within.locator('input:not([type=checkbox]), select, textarea, button, label.choice');
    for (const control of await controls.all()) {
      const height = (await control.boundingBox())?.height ?? 0;
      if (height < 44)
        small.push(`${(await control.getAttribute('id')) ?? (await control.innerText())}: ${height}px`);
    }
    expect(small).toEqual([]);
  };

  beforeAll(async () => {
    page = web.page;
    task = await lockedTask(api, DAY, '2026-06-30', 1);
    entityId = task.entities[0].id;
  }, 60_000);

  it('opens the task from the list, shows the team and the items, and enters the result', async () => {
    await signIn(task.inspectorOf(entityId));
    await page.goto(`${api.base}/tasks`);
    await page.getByRole('link', { name: TASK_NAME }).first().waitFor();
    await fitsTheScreen();
    await page.getByRole('link', { name: TASK_NAME }).first().tap();
    await page.getByRole('heading', { level: 1, name: new RegExp(TASK_NAME) }).waitFor();
    await page
      .getByRole('button', { name: `办理：${task.entities[0].name}` })
      .first()
      .tap();
    const panel = page.getByRole('region', { name: /检查对象办理/ });
    await panel.getByText('检查组成员').waitFor();
    await panel.getByText(/市场监管局检查员\d（市场监管局，组长）/).waitFor();
    await fitsTheScreen();
    await accessible();

    await page.getByRole('button', { name: '录入检查结果' }).first().tap();
    await form().getByRole('group', { name: '抽查事项：食品经营许可情况检查' }).waitFor();
    await form().getByLabel('检查结果类型').selectOption({ label: '未发现问题' });
    await form().getByLabel('检查方式').selectOption({ label: '实地核查' });
    await form().getByLabel('检查日期').fill(DAY);
    await form().getByLabel('检查情况').fill('证照齐全，现场未发现问题');
    await form().getByLabel('是否合格').selectOption('yes');
    await fitsTheScreen();
    await touchSized(form());
    await accessible();
    await shot('phone-result-form', form());

    await submitButton().tap();
    await status('已发送，服务器已保存。');
    expect((await entry()).entries).toBe(1);
    await fitsTheScreen();
    await accessible();
    expect(await queuedKey()).toEqual([]);
  });

  it('keeps an entry made without a connection on the phone and sends it once when the connection returns', async () => {
    await enterAgain();
    await form().getByLabel('检查情况').fill('复查：证照已更新');
    await form().getByLabel('备注').fill('断网时录入');
    await page.context().setOffline(true);
    await submitButton().tap();
    await status('已保存在本机，联网后将自动发送。');
    await shot('phone-result-queued');
    expect((await entry()).entries).toBe(1);
    const [key] = await queuedKey();
    expect(key).toMatch(/^result-[0-9a-f]{32}$/);

    const sent = page.waitForResponse((r) => r.url().endsWith('/results') && r.request().method() === 'POST');
    await page.context().setOffline(false);
    const answer = await sent;
    expect(answer.status()).toBe(201);
    expect(answer.request().headers()['idempotency-key']).toBe(key);
    await status('已发送，服务器已保存。');
    const after = await entry();
    expect(after.entries).toBe(2);
    expect(after.result.notes).toBe('断网时录入');
    expect(await queuedKey()).toEqual([]);
  });

  it('sends an entry whose answer was lost again under the same key, and the api replays it (entered once)', async () => {
    await enterAgain();
    await form().getByLabel('备注').fill('应答丢失后重发');
    const keys: string[] = [];
    // The api enters the first sending, but its answer never reaches the phone.
    await page.route(
      '**/api/tasks/*/results',
      async (route) => {
        keys.push(route.request().headers()['idempotency-key']);
        await route.fetch();
        await route.abort('internetdisconnected');
      },
      { times: 1 },
    );
    const replayed = page.waitForResponse(
      (r) => r.url().endsWith('/results') && r.headers()['idempotency-replayed'] === 'true',
    );
    await submitButton().tap();
    const answer = await replayed;
    expect(answer.request().headers()['idempotency-key']).toBe(keys[0]);
    await status('已发送，服务器已保存（此前已收到，未重复录入）。');
    const after = await entry();
    expect(after.entries).toBe(3);
    expect(after.result.notes).toBe('应答丢失后重发');
  });

  it('keeps the typed draft through a reload while offline, and sends nothing until it is submitted', async () => {
    await enterAgain();
    await form().getByLabel('检查情况').fill('未提交的草稿');
    await page.context().setOffline(true);
    // Without a connection the page itself cannot load again (the console has no service worker).
    await page.reload().catch(() => undefined);
    await page.context().setOffline(false);
    await page.goto(`${api.base}/tasks/${task.taskId}?entity=${entityId}`);
    await enterAgain();
    expect(await form().getByLabel('检查情况').inputValue()).toBe('未提交的草稿');
    expect((await entry()).entries).toBe(3);
  });
});
