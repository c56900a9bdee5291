import { listedProblem } from '../../components/refusals/wording';
import { type Locale, type MessageKey, translate } from '../../i18n/catalogue';
import { planLabels } from '../plans/plan-labels';
import { initiateLabels, resultLabels } from './form-labels';

const names: Record<string, string> = { scjg: '玄武区市场监督管理局', wj: '玄武区卫生健康委员会' };
const departmentName = (id: string) => names[id] ?? id;
const itemName = (id: string) => ({ i1: '食品经营许可检查', i2: '公共场所卫生检查' })[id] ?? id;
const tr = (locale: Locale) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(locale, key, params);
const required = { reason: 'should not be empty', rule: 'required' };

describe('a problem listed away from its control names the field in the form’s own words', () => {
  it('names a participant’s items by the department, as the task form does', () => {
    const labels = initiateLabels(
      tr('zh'),
      { participants: [{ departmentId: 'wj', itemIds: [] }] },
      'scjg',
      departmentName,
    );
    expect(listedProblem('zh', { field: 'participants.0.itemIds', ...required }, labels)).toBe(
      '玄武区卫生健康委员会的抽查事项：请填写此项。',
    );
    expect(listedProblem('zh', { field: 'itemIds', ...required }, labels)).toBe(
      '玄武区市场监督管理局（牵头部门）的抽查事项：请填写此项。',
    );
    // The shared table would have said only "参与部门的抽查事项".
    expect(listedProblem('zh', { field: 'participants.0.itemIds', ...required })).toBe(
      '参与部门的抽查事项：请填写此项。',
    );
  });

  it('names a finding by its check item, in a correction too', () => {
    const findings = [
      { itemId: 'i1', finding: 'x', compliant: '' as const },
      { itemId: 'i2', finding: '', compliant: '' as const },
    ];
    const entry = resultLabels(tr('zh'), '', findings, itemName);
    expect(listedProblem('zh', { field: 'itemFindings.1.finding', ...required }, entry)).toBe(
      '公共场所卫生检查的检查情况：请填写此项。',
    );
    const correction = resultLabels(tr('en'), 'corrected.', findings, itemName);
    expect(
      listedProblem('en', { field: 'corrected.itemFindings.0.finding', ...required }, correction),
    ).toMatch(/^Finding for 食品经营许可检查: /);
  });

  it('names a plan adjustment’s ratio by the plan form’s label', () => {
    const labels = planLabels(tr('zh'), 'changes.');
    const problem = {
      field: 'changes.ratiosByCreditRisk.B',
      reason: 'B must not be greater than 1',
      rule: 'ratio',
      params: { min: 0, max: 1 },
    };
    expect(listedProblem('zh', problem, labels)).toBe('B 类一般风险（%）：须在 0% 至 100% 之间。');
  });
});
