import type { TaskForms } from '@app/contract';
import { join, resolve } from 'node:path';
import PDFDocument from 'pdfkit';
import { ApiHarness, type ErrorAnswer, admin, staff } from './support/api-harness';
import {
  ELSEWHERE,
  LEAD,
  type LockedTask,
  enterResult,
  headOf,
  lockedTask,
  ok,
  operatorOf,
} from './support/console-locked-task';
import { crop, darkPixels, differingPixels, pdfText, renderPage, savePagePng } from './support/pdf';

/** SCREENSHOTS=<dir> (docs/screenshots) saves each form's first page there as forms-<kind>.png. */
const SHOTS = process.env.SCREENSHOTS ? resolve(process.env.SCREENSHOTS) : undefined;
const shot = (name: string, pdf: Buffer) => {
  if (SHOTS) savePagePng(pdf, join(SHOTS, `forms-${name}.png`));
};

/** The text without its layout: a sentence that wraps still reads as one. */
const flat = (text: string) => text.replace(/\s+/g, '');
const containsAll = (text: string, expected: string[]) => {
  for (const one of expected) expect(flat(text)).toContain(flat(one));
};

/**
 * The printed forms (issue 23, item 2; docs/forms.md): each PDF read back as text (names, items,
 * Chinese labels, the numbers a scan is matched by), one page read back as an image (the Chinese
 * title drawn with the embedded font), and who may print what at which stage.
 */
describe('printed forms: 检查告知书, 检查表, 检查结果告知书', () => {
  const api = new ApiHarness();
  let task: LockedTask;
  let entityId = '';
  const supervisor = staff('jjjc', ['supervisor']);
  const forms = (path = '') => `/api/tasks/${task.taskId}/forms${path}`;
  const pdf = async (path: string, as = operatorOf(LEAD.id)) => {
    const answer = await api.download(forms(path), as);
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.bytes.toString()}`);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    return answer.bytes;
  };

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true', PUBLIC_BASE_URL: 'https://ssj.example.gov.cn' });
    task = await lockedTask(api, '2026-06-01', '2026-06-05', 2);
    entityId = task.entities[0].id;
    await api.stores.projections.waitFor(await api.head(), 20_000);
  });
  afterAll(() => api.stop());

  it('lists the notice and the inspection form of each entity, and the result notice once a result is entered', async () => {
    const before = await ok<TaskForms>(api, 'GET', forms(), operatorOf(LEAD.id));
    expect(before.forms.map((f) => `${f.kind} ${f.entityId} ${f.departmentId ?? ''}`).sort()).toEqual(
      task.entities.flatMap((e) => [`inspection ${e.id} ${LEAD.id}`, `notice ${e.id} `]).sort(),
    );
    await enterResult(api, task, entityId, '2026-06-01');
    const after = await ok<TaskForms>(api, 'GET', forms(), supervisor);
    const resultNotice = after.forms.find((f) => f.kind === 'result-notice');
    expect(resultNotice).toMatchObject({ entityId, path: `result-notice/${entityId}.pdf` });
    expect(resultNotice?.number).toMatch(/^JG-[0-9A-F]{12}$/);
  });

  it('prints the notice: the business, its credit code, the window, the items, the team with 执法证号, the basis', async () => {
    const bytes = await pdf(`/notice/${entityId}.pdf`);
    // The QR code's link: the task's public page at PUBLIC_BASE_URL.
    expect(bytes.toString('latin1')).toContain(`(https://ssj.example.gov.cn/public/verify/${task.taskId})`);
    shot('notice', bytes);
    const text = pdfText(bytes);
    containsAll(text, [
      '检查告知书',
      task.entities[0].name,
      '统一社会信用代码',
      '2026年6月1日至2026年6月5日',
      '食品经营许可情况检查',
      '《食品安全法》第三十五条',
      '市场监管局检查员',
      '执法证号',
      '出示执法证件',
      '联系人及电话',
    ]);
    expect(text).toMatch(/ZF320102\d{5}/);
    const listed = (await ok<TaskForms>(api, 'GET', forms(), operatorOf(LEAD.id))).forms;
    const number = listed.find((f) => f.kind === 'notice' && f.entityId === entityId)?.number ?? '-';
    // What matches a scan of the signed paper to its record, on every page's footer.
    expect(text).toContain(`文书编号 ${number}`);
    expect(text).toContain(task.taskId);
    expect(text).toContain(entityId);
    expect(text).toMatch(/生成时间 2026-06-01 10:00（北京时间）/);
    expect(text).toMatch(/第 1 页 \/ 共 \d+ 页/);
  });

  it('prints the inspection form of the department: its items, findings and compliance, signature lines with the witness', async () => {
    const bytes = await pdf(`/inspection/${LEAD.id}/${entityId}.pdf`, task.inspectorOf(entityId));
    shot('inspection', bytes);
    const text = pdfText(bytes);
    containsAll(text, [
      '检查表',
      '检查事项',
      '检查内容',
      '检查情况（发现的问题）',
      '检查许可证件及经营场所',
      '■符合',
      '■实地核查',
      '检查对象负责人签字（盖章）',
      '拒绝签字的，见证人签字',
      `部门 ${LEAD.id}`,
    ]);
  });

  it('prints the result notice: the result in Chinese, its findings, publication, and how to object', async () => {
    await ok(api, 'POST', `/api/tasks/${task.taskId}/publications`, headOf(LEAD.id), { entityId });
    const bytes = await pdf(`/result-notice/${entityId}.pdf`, supervisor);
    shot('result-notice', bytes);
    const text = pdfText(bytes);
    containsAll(text, [
      '检查结果告知书',
      '未发现问题',
      '已于2026年6月1日公示',
      '20个工作日内进行复查',
      '15个工作日内反馈',
      task.taskId,
    ]);
  });

  it('draws the Chinese title with the embedded font, not as empty boxes', async () => {
    const page = renderPage(await pdf(`/notice/${entityId}.pdf`));
    // The title band, left of the QR code: the same string drawn by pdfkit alone with the font must match it.
    const band = (image: typeof page) => crop(image, 100, 56, 350, 28);
    const reference = async (font: 'cjk' | 'Helvetica') => {
      const doc = new PDFDocument({ size: 'A4', margin: 50 });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
      if (font === 'cjk')
        doc.registerFont(
          'cjk',
          '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
          'NotoSansCJKsc-Regular',
        );
      doc
        .font(font)
        .fontSize(20)
        .text('检查告知书', 50, 58, { width: 495, align: 'center', characterSpacing: 4 });
      doc.end();
      return renderPage(await done);
    };
    const title = band(page);
    // The QR code in the top right corner: about half its modules dark.
    expect(darkPixels(crop(page, 481, 30, 64, 64))).toBeGreaterThan(64 * 64 * 0.3);
    expect(darkPixels(title)).toBeGreaterThan(300);
    expect(differingPixels(title, band(await reference('cjk')))).toBeLessThan(20);
    // A font without the characters draws something else: the comparison would catch it.
    expect(differingPixels(title, band(await reference('Helvetica')))).toBeGreaterThan(200);
  });

  it('refuses other departments and admins, unknown entities and departments, and a task not locked yet', async () => {
    const other = await api.call<ErrorAnswer>('GET', forms(`/notice/${entityId}.pdf`), {
      as: operatorOf(ELSEWHERE.id),
    });
    expect([other.status, other.body.code]).toEqual([403, 'NOT_A_TASK_DEPARTMENT']);
    const listOther = await api.call<ErrorAnswer>('GET', forms(), { as: operatorOf(ELSEWHERE.id) });
    expect(listOther.status).toBe(403);
    expect((await api.call<ErrorAnswer>('GET', forms(), { as: admin })).body.code).toBe('ROLE_NOT_ALLOWED');
    const stranger = await api.call<ErrorAnswer>('GET', forms('/notice/no-such-entity.pdf'), {
      as: supervisor,
    });
    expect([stranger.status, stranger.body.code]).toEqual([404, 'ENTITY_NOT_IN_TASK']);
    const department = await api.call<ErrorAnswer>(
      'GET',
      forms(`/inspection/${ELSEWHERE.id}/${entityId}.pdf`),
      {
        as: supervisor,
      },
    );
    expect([department.status, department.body.code]).toEqual([404, 'DEPARTMENT_NOT_IN_TASK']);
    const unentered = task.entities[1].id;
    const early = await api.call<ErrorAnswer>('GET', forms(`/result-notice/${unentered}.pdf`), {
      as: supervisor,
    });
    expect([early.status, early.body.code]).toEqual([409, 'RESULT_NOT_ENTERED']);
    const missing = await api.call<ErrorAnswer>('GET', '/api/tasks/no-such-task/forms', { as: supervisor });
    expect([missing.status, missing.body.code]).toEqual([404, 'TASK_NOT_FOUND']);

    const { id: initiated } = await ok<{ id: string }>(api, 'POST', '/api/tasks', operatorOf(LEAD.id), {
      name: '未锁定的抽查',
      adhocReason: '专项',
      itemIds: [task.itemId],
      participants: [],
      criteria: { regionCodes: [LEAD.regionCode] },
      sampling: { count: 1 },
      window: { from: '2026-06-02', to: '2026-06-05' },
    });
    const unlocked = await api.call<ErrorAnswer>(
      'GET',
      `/api/tasks/${initiated}/forms/notice/${entityId}.pdf`,
      {
        as: operatorOf(LEAD.id),
      },
    );
    expect([unlocked.status, unlocked.body.code]).toEqual([409, 'TASK_NOT_LOCKED']);
    expect(
      (await ok<TaskForms>(api, 'GET', `/api/tasks/${initiated}/forms`, operatorOf(LEAD.id))).forms,
    ).toEqual([]);
  });
});

describe('printed forms without their font', () => {
  const warnings: string[] = [];
  const quiet = () => undefined;
  const api = new ApiHarness({
    logger: { log: quiet, error: quiet, warn: (message: unknown) => warnings.push(String(message)) },
  });
  beforeAll(() => api.start({ FORM_FONT: '/nonexistent/font.ttc#NotoSansCJKsc-Regular' }));
  afterAll(() => api.stop());

  it('starts, and answers 503 FORM_FONT_MISSING naming the setting', async () => {
    const answer = await api.call<ErrorAnswer>('GET', '/api/tasks/t/forms/notice/e.pdf', {
      as: staff('scjg', ['auditor']),
    });
    expect([answer.status, answer.body.code, answer.body.details]).toEqual([
      503,
      'FORM_FONT_MISSING',
      { setting: 'FORM_FONT' },
    ]);
    expect(answer.body.message).toContain('/nonexistent/font.ttc');
    expect(warnings.join('\n')).toMatch(/printed forms unavailable: FORM_FONT=\/nonexistent\/font.ttc/);
  });
});
