import { loadConfig } from './app-config';
import { readPlanFilingSettings } from './plan-filing-config';

describe('plan filing settings (PLAN_FILING_DEADLINE, CONSOLIDATED_PLAN_DEADLINE, JOINT_OFFICE_ID)', () => {
  it("defaults to Siyang 二(四): filed by January's end, consolidated by early March", () => {
    expect(readPlanFilingSettings({})).toEqual({
      settings: { filingDeadline: '01-31', consolidatedDeadline: '03-10' },
    });
  });

  it.each([
    ['siyang', '01-31'],
    ['yuanqu', '03-31'],
    ['guian', '03-31'],
    ['GUIAN', '03-31'],
    ['02-15', '02-15'],
    ['02-29', '02-29'],
  ])('reads PLAN_FILING_DEADLINE=%s as %s', (value, expected) => {
    const read = readPlanFilingSettings({ PLAN_FILING_DEADLINE: value });
    expect('settings' in read && read.settings.filingDeadline).toBe(expected);
  });

  it('reads the consolidated deadline of Yuanqu 三(一) and a configured joint office', () => {
    expect(readPlanFilingSettings({ CONSOLIDATED_PLAN_DEADLINE: 'yuanqu', JOINT_OFFICE_ID: 'lxb' })).toEqual({
      settings: { filingDeadline: '01-31', consolidatedDeadline: '03-31', jointOfficeId: 'lxb' },
    });
  });

  it.each(['yiyuan', '13-01', '02-30', '1-31', 'end of January'])(
    'refuses PLAN_FILING_DEADLINE=%s',
    (value) => {
      const read = readPlanFilingSettings({ PLAN_FILING_DEADLINE: value });
      expect('problems' in read && read.problems[0]).toMatch(/^PLAN_FILING_DEADLINE=/);
    },
  );

  it('refuses a joint office id that is not an id', () => {
    const read = readPlanFilingSettings({ JOINT_OFFICE_ID: 'a b' });
    expect('problems' in read && read.problems[0]).toMatch(/^JOINT_OFFICE_ID=/);
  });

  it('is part of the configuration, and a wrong value stops the start', () => {
    expect(loadConfig({}).planFiling).toEqual({ filingDeadline: '01-31', consolidatedDeadline: '03-10' });
    expect(() => loadConfig({ CONSOLIDATED_PLAN_DEADLINE: 'soon' })).toThrow(/CONSOLIDATED_PLAN_DEADLINE/);
  });
});
