import {
  XF_RESULT,
  cancelled,
  histories,
  resultEntered,
  taskState,
} from '@app/domain/tasks/testing/task-fixtures';
import { availableForms, formRefusal } from './form-availability';
import { type FormFacts, inspectionForm, noticeForm, resultNoticeForm } from './form-contents';
import {
  type FormBlock,
  beijingMinute,
  chineseDate,
  columnWidths,
  footerLines,
  formNumber,
  publicTaskUrl,
} from './form-document';

const locked = taskState(histories.locked);
const facts = (task = locked, entityId = 'e1'): FormFacts => ({
  taskId: 'task-1',
  task,
  departmentNames: { scjg: '市场监督管理局', xf: '消防救援大队', ws: '卫生健康局' },
  entity: { id: entityId, name: '示例餐饮有限公司', code: '91320102MA00000X16', address: '示例路5号' },
  inspectors: { 'p-scjg-1': { name: '张三', departmentId: 'scjg', certificateNo: 'ZF32010200001' } },
  items: { 'i-scjg-1': { name: '营业执照检查', basis: '《公司法》', content: '核对执照' } },
  objectionDays: { review: 20, outcomeNotice: 15 },
  publicUrl: 'https://x/public/verify/task-1',
  generatedAt: '2026-05-12 09:30',
});
const text = (blocks: FormBlock[]) => JSON.stringify(blocks);

describe('form layout helpers', () => {
  it('numbers a form by what it is about: the same form the same number, another form another', () => {
    expect(formNumber('notice', 't', 'e1')).toMatch(/^GZ-[0-9A-F]{12}$/);
    expect(formNumber('notice', 't', 'e1')).toBe(formNumber('notice', 't', 'e1'));
    expect(formNumber('inspection', 't', 'e1', 'xf')).toMatch(/^JC-/);
    expect(formNumber('inspection', 't', 'e1', 'xf')).not.toBe(formNumber('inspection', 't', 'e1', 'ws'));
    expect(formNumber('result-notice', 't', 'e1')).toMatch(/^JG-/);
  });

  it('writes dates and times as printed in Chinese, the time in Beijing', () => {
    expect(chineseDate('2026-06-01')).toBe('2026年6月1日');
    expect(beijingMinute(new Date('2026-06-01T17:05:09Z'))).toBe('2026-06-02 01:05');
  });

  it('shares a width by weight, the last column taking what rounding leaves', () => {
    expect(columnWidths(100, [1, 1, 1])).toEqual([33, 33, 34]);
    expect(columnWidths(495, [5, 7, 5, 7]).reduce((a, b) => a + b)).toBe(495);
    expect(columnWidths(100, [])).toEqual([]);
  });

  it('puts the number, the task, the entity, the department and the page on the footer', () => {
    const form = inspectionForm(facts(), 'scjg');
    const [first, second] = footerLines(form, 2, 3);
    expect(first).toBe(`文书编号 ${form.number}\u3000任务 task-1\u3000对象 e1\u3000部门 scjg`);
    expect(second).toBe('生成时间 2026-05-12 09:30（北京时间）\u3000第 2 页 / 共 3 页');
  });

  it("links to the task's public page", () => {
    expect(publicTaskUrl('https://a.gov.cn/', 't 1')).toBe('https://a.gov.cn/public/verify/t%201');
  });
});

describe('which forms a task prints at its stage', () => {
  it('prints nothing before the lock, with the rule that says why', () => {
    const initiated = taskState(histories.inspectorsDrawn);
    expect(availableForms('task-1', initiated)).toEqual([]);
    expect(formRefusal(initiated, 'notice', 'e1')).toMatchObject({ status: 409, code: 'TASK_NOT_LOCKED' });
    const gone = taskState([...histories.initiated, cancelled()]);
    expect(formRefusal(gone, 'notice', 'e1')).toMatchObject({ status: 409, code: 'TASK_CANCELLED' });
  });

  it('once locked: a notice per entity and an inspection form per department and entity', () => {
    const forms = availableForms('task-1', locked);
    expect(forms.filter((f) => f.kind === 'notice').map((f) => f.entityId)).toEqual(['e1', 'e2']);
    expect(
      forms.filter((f) => f.kind === 'inspection' && f.entityId === 'e1').map((f) => f.departmentId),
    ).toEqual(['scjg', 'xf', 'ws']);
    expect(forms.some((f) => f.kind === 'result-notice')).toBe(false);
    expect(formRefusal(locked, 'result-notice', 'e1')).toMatchObject({
      status: 409,
      code: 'RESULT_NOT_ENTERED',
    });
  });

  it('refuses an entity the task did not draw and a department that takes no part (404)', () => {
    expect(formRefusal(locked, 'notice', 'e9')).toMatchObject({ status: 404, code: 'ENTITY_NOT_IN_TASK' });
    expect(formRefusal(locked, 'inspection', 'e1', 'swj')).toMatchObject({
      status: 404,
      code: 'DEPARTMENT_NOT_IN_TASK',
    });
    expect(formRefusal(locked, 'inspection', 'e1', 'xf')).toBeUndefined();
  });

  it('prints the result notice of an entity once a result of it is entered', () => {
    const entered = taskState(histories.resultEntered);
    const notices = availableForms('task-1', entered).filter((f) => f.kind === 'result-notice');
    expect(notices.map((f) => f.path)).toEqual(['result-notice/e1.pdf']);
    expect(formRefusal(entered, 'result-notice', 'e1')).toBeUndefined();
  });
});

describe('what each form says', () => {
  it('the notice: the business, the departments, the window, the items, the team with 执法证号', () => {
    const form = noticeForm(facts());
    const said = text(form.blocks);
    for (const expected of [
      '示例餐饮有限公司',
      '91320102MA00000X16',
      '市场监督管理局会同消防救援大队、卫生健康局',
    ])
      expect(said).toContain(expected);
    expect(said).toContain('2026年5月1日至2026年6月30日');
    expect(said).toContain('营业执照检查');
    expect(said).toContain('《公司法》');
    expect(said).toContain('ZF32010200001');
    expect(form).toMatchObject({ title: '检查告知书', taskId: 'task-1', entityId: 'e1' });
  });

  it("the inspection form: only the department's items, its team, the signature and witness lines", () => {
    const form = inspectionForm(facts(), 'xf');
    const said = text(form.blocks);
    expect(said).toContain('i-xf-1');
    expect(said).not.toContain('营业执照检查');
    expect(said).toContain('拒绝签字的，见证人签字');
    expect(said).toContain('□符合 □不符合');
    expect(form.departmentId).toBe('xf');
  });

  it('the result notice: each entered result in the words of the credit publicity system, and how to object', () => {
    const task = taskState([
      ...histories.published,
      resultEntered({ departmentId: 'xf', inspectorId: 'p-xf-1', result: XF_RESULT }),
    ]);
    const said = text(resultNoticeForm(facts(task)).blocks);
    expect(said).toContain('未发现问题');
    expect(said).toContain('发现问题，依法责令立即改正或者限期改正');
    expect(said).toContain('前完成整改');
    expect(said).toContain('疏散通道堆放杂物');
    expect(said).toContain('待公示');
    expect(said).toContain('20个工作日内进行复查');
    expect(said).toContain('15个工作日内反馈');
  });
});
