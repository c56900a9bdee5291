import { listedProblem, problemWords, refusalWords } from './wording';

/** The refusals officials met in English (issue 16), as the console now words them. */
const NAMES: Record<string, string> = {
  'wj-320102': '玄武区卫生健康委员会',
  'xf-320102': '玄武区消防救援大队',
  'scjg-320102': '玄武区市场监督管理局',
};
const namers = { department: (id: string) => NAMES[id] ?? id };

describe('the console words refusals from the catalogue', () => {
  it('says an empty required name is missing, naming the field in the form’s words', () => {
    const problem = {
      field: 'name',
      reason: 'name must be longer than or equal to 1 characters',
      rule: 'required',
    };
    expect(listedProblem('zh', problem)).toBe('名称：请填写此项。');
    expect(listedProblem('zh', problem, { name: '计划名称' })).toBe('计划名称：请填写此项。');
    expect(listedProblem('en', problem)).toBe('Name: is required.');
  });

  it('says a ratio’s bounds once, in percent', () => {
    const problem = {
      field: 'ratiosByCreditRisk.A',
      reason: 'A must not be greater than 1',
      rule: 'ratio',
      params: { min: 0, max: 1 },
    };
    expect(listedProblem('zh', problem)).toBe('A 类抽查比例：须在 0% 至 100% 之间。');
    expect(problemWords('en', problem)).toBe('must be from 0% to 100%.');
  });

  it('asks for a choice rather than listing the codes allowed', () => {
    const problem = {
      field: 'category',
      reason: 'category must be one of the following values: no_issue_found, …',
      rule: 'isIn',
      params: { values: ['no_issue_found'] },
    };
    expect(problemWords('zh', problem)).toBe('请从所列选项中选择。');
  });

  it('words a broken rule without its code', () => {
    const declined = {
      status: 409,
      code: 'DECLINE_NEEDS_REASON',
      message: 'A department that declines gives its reason',
    };
    expect(refusalWords('zh', declined)).toBe('不参加本任务的，须填写理由。');
    expect(refusalWords('en', declined)).toBe('A department that declines gives its reason.');
  });

  it('names the departments a lock waits for by their names', () => {
    const waiting = {
      status: 409,
      code: 'PARTICIPANTS_NOT_ALL_RESPONDED',
      message: 'Waiting for the response of wj-320102, xf-320102',
      details: { departmentIds: ['wj-320102', 'xf-320102'] },
    };
    expect(refusalWords('zh', waiting, namers)).toBe(
      '还有参与部门未答复：玄武区卫生健康委员会、玄武区消防救援大队。请待其答复；响应期限届满后，可不再等待该部门。',
    );
    expect(refusalWords('en', waiting, namers)).toBe(
      'Waiting for the response of 玄武区卫生健康委员会, 玄武区消防救援大队; after the response deadline the lead may go on without them.',
    );
    // Without the details (an older api), the sentence still reads.
    expect(refusalWords('zh', { ...waiting, details: undefined }, namers)).toBe(
      '还有参与部门未答复。请待其答复；响应期限届满后，可不再等待该部门。',
    );
  });

  it('names both departments of an act for another department', () => {
    const other = {
      status: 403,
      code: 'OTHER_DEPARTMENT',
      message: 'You act for department xf-320102, not scjg-320102',
      details: { departmentId: 'scjg-320102', actingFor: 'xf-320102' },
    };
    expect(refusalWords('zh', other, namers)).toBe(
      '您只能代表本部门（玄武区消防救援大队）办理，不能代表玄武区市场监督管理局办理。',
    );
  });

  it('words an import row’s refusals: a cell’s rule, or a row’s broken rule', () => {
    expect(
      problemWords('zh', {
        reason:
          '91X is not a valid 18-character unified social credit code (GB 32100, check character included)',
        rule: 'isCodeValidForKind',
      }),
    ).toBe('须为有效的 18 位统一社会信用代码（含校验位）。');
    expect(problemWords('zh', { reason: 'OTHER_DEPARTMENT: …', code: 'ENTITY_DEREGISTERED' })).toBe(
      '该市场主体已注销，不能再修改。',
    );
  });

  it('keeps the api’s message for a code the catalogue lacks, and says a 400 asks for corrections', () => {
    expect(refusalWords('zh', { status: 409, code: 'SOMETHING_NEW', message: 'As the api said' })).toBe(
      'As the api said',
    );
    const invalid = {
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid',
      details: [{ field: 'a', reason: 'x' }],
    };
    expect(refusalWords('zh', invalid)).toBe('填写的内容有误，请按提示修改。');
  });
});
