import type { Locator, Page } from 'playwright-core';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { LEAD, type LockedTask, lockedTask, ok, operatorOf } from './support/console-locked-task';
import { sha256 } from './support/evidence-files';

/**
 * The whole on-site flow on an inspector's phone (issue 23, parts 1, 2 and 4), at 390×844 with
 * touch: the task opened, its team and items seen, a photo taken (the camera's file input given a
 * real JPEG drawn on a canvas), the result entered and saved with the photo attached (its hash the
 * file's), the evidence listed on the task page and a printed form downloaded; then a photo taken
 * without a connection, kept in the page and attached once when the connection returns.
 */
describeInBrowser('capturing evidence on a phone (390×844)', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' }, phone: true });
  const { api, signIn, accessible, shot } = web;
  const DAY = '2026-06-01';
  const TASK_NAME = '食品经营许可专项抽查';
  const TAKE = '拍照或选择文件（照片、音频、视频、PDF）';
  let page: Page;
  let task: LockedTask;
  let entityId: string;

  const form = () => page.getByRole('form', { name: /录入检查结果/ });
  const status = (text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text }).first().waitFor();
  const evidence = async () =>
    (
      await ok<{ items: { hash: string; kind: string; name?: string; to: Record<string, string> }[] }>(
        api,
        'GET',
        `/api/tasks/${task.taskId}/evidence`,
        operatorOf(LEAD.id),
      )
    ).items;
  /** A real JPEG, drawn on a canvas in the page (the api reads the type from the bytes). */
  const photo = async (colour: string): Promise<Buffer> => {
    const url = await page.evaluate<string>(
      `(() => { const c = document.createElement('canvas'); c.width = 64; c.height = 48;
        const g = c.getContext('2d'); g.fillStyle = '${colour}'; g.fillRect(0, 0, 64, 48);
        g.fillStyle = '#fff'; g.fillRect(8, 8, 20, 12); return c.toDataURL('image/jpeg', 0.9); })()`,
    );
    const bytes = Buffer.from(url.replace(/^data:image\/jpeg;base64,/, ''), 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    return bytes;
  };
  const fitsTheScreen = async () =>
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  const touchSized = async (within: Locator, selector: string) => {
    const small: string[] = [];
    for (const control of await within.locator(selector).all()) {
      const height = (await control.boundingBox())?.height ?? 0;
      if (height < 44) small.push(`${await control.innerText()}: ${height}px`);
    }
    expect(small).toEqual([]);
  };

  beforeAll(async () => {
    page = web.page;
    task = await lockedTask(api, DAY, '2026-06-30', 1);
    entityId = task.entities[0].id;
  }, 60_000);

  it('takes a photo, enters the result, and sees it saved with the photo attached; downloads a form', async () => {
    await signIn(task.inspectorOf(entityId));
    await page.goto(`${api.base}/tasks`);
    await page.getByRole('link', { name: TASK_NAME }).first().tap();
    await page.getByRole('heading', { level: 1, name: new RegExp(TASK_NAME) }).waitFor();
    await page
      .getByRole('button', { name: `办理：${task.entities[0].name}` })
      .first()
      .tap();
    const panel = page.getByRole('region', { name: /检查对象办理/ });
    await panel.getByText(/市场监管局检查员\d（市场监管局，组长）/).waitFor();

    await page.getByRole('button', { name: '录入检查结果' }).first().tap();
    await form().getByRole('group', { name: '抽查事项：食品经营许可情况检查' }).waitFor();
    const jpeg = await photo('#2a6');
    const camera = form().getByLabel(TAKE);
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await camera.getAttribute('accept')).toBe('image/*,video/*,audio/*,application/pdf');
    await camera.setInputFiles({ name: '门头照片.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await form().getByText('已上传，检查结果保存后附加。').waitFor();
    await form().getByLabel('检查结果类型').selectOption({ label: '未发现问题' });
    await form().getByLabel('检查方式').selectOption({ label: '实地核查' });
    await form().getByLabel('检查日期').fill(DAY);
    await form().getByLabel('检查情况').fill('证照齐全，现场未发现问题');
    await fitsTheScreen();
    await touchSized(form(), 'input[type=file], .evidence-files button');
    await accessible();
    await shot('phone-evidence', form().getByRole('group', { name: '现场证据' }));

    await form().getByRole('button', { name: '提交检查结果' }).tap();
    await status('已发送，服务器已保存。');
    await page.getByText('已附加到检查结果。').waitFor();
    const [attached] = await evidence();
    expect(attached).toMatchObject({
      hash: sha256(jpeg),
      kind: 'photo',
      name: '门头照片.jpg',
      to: { kind: 'result', entityId, departmentId: LEAD.id },
    });

    // The task page lists it, the file downloadable with the session's token.
    await page.getByRole('heading', { name: '证据材料（1）' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '门头照片.jpg' }).tap(),
    ]);
    expect(download.suggestedFilename()).toBe('门头照片.jpg');
    await fitsTheScreen();
    await accessible();

    // The forms list at a phone's width: one form downloaded as a PDF.
    const forms = page.getByRole('region', { name: '文书打印' });
    await forms.getByRole('button', { name: '检查告知书' }).waitFor();
    await touchSized(forms, 'button');
    const answered = page.waitForResponse((r) => r.url().includes('/forms/notice/'));
    await Promise.all([
      page.waitForEvent('download'),
      forms.getByRole('button', { name: '检查告知书' }).tap(),
    ]);
    const pdf = await answered;
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await fitsTheScreen();
  });

  it('keeps a photo taken without a connection in the page and attaches it once the connection returns', async () => {
    const attaching: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith(`/api/tasks/${task.taskId}/evidence`))
        attaching.push(r.headers()['idempotency-key']);
    });
    const jpeg = await photo('#36c');
    await page.getByRole('button', { name: '再次录入（如整改复查）' }).first().tap();
    await page.context().setOffline(true);
    await form()
      .getByLabel(TAKE)
      .setInputFiles({ name: '复查照片.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await form().getByText('未联网：已保留在本页，联网后自动上传。').waitFor();
    await form().getByLabel('备注').fill('断网时拍照');
    await form().getByRole('button', { name: '提交检查结果' }).tap();
    await status('已保存在本机，联网后将自动发送。');
    expect(await evidence()).toHaveLength(1);

    const attachedOnce = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/tasks/${task.taskId}/evidence`),
    );
    await page.context().setOffline(false);
    expect((await attachedOnce).status()).toBe(201);
    await status('已发送，服务器已保存。');
    await page.getByText('已附加到检查结果。').waitFor();
    await page.getByRole('heading', { name: '证据材料（2）' }).waitFor();
    const items = await evidence();
    expect(items.map((e) => e.hash)).toEqual([expect.any(String), sha256(jpeg)]);
    expect(attaching).toHaveLength(1);
    expect(attaching[0]).toMatch(/^evidence-[0-9a-f]{32}$/);
  });
});
