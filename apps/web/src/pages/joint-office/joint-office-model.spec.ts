import type { NonResponseNotice, OverdueResponse } from '@app/contract';
import { type FiledPlan, filingsWith, noticeRows, yearOf, yearToDate } from './joint-office-model';

const plan = (id: string, filings: FiledPlan['filings']): FiledPlan => ({
  id,
  name: `计划${id}`,
  year: 2027,
  leadDepartmentId: 'scjg',
  status: 'published',
  version: filings?.length ?? 1,
  filings,
});

describe('the joint office’s view of filings', () => {
  const plans = [
    plan('p1', [
      { version: 1, jointOfficeId: 'lxb', filedOn: '2027-01-20', deadline: '2027-01-31', late: false },
      { version: 2, jointOfficeId: 'lxb', filedOn: '2027-06-10', late: false },
    ]),
    plan('p2', [{ version: 1, jointOfficeId: 'lxb-city', filedOn: '2027-02-05', late: true }]),
    plan('p3', undefined),
  ];

  it('lists each filing with the office, newest first, leaving out other offices’ and plans never filed', () => {
    expect(filingsWith(plans, 'lxb').map((r) => [r.planId, r.version, r.filedOn])).toEqual([
      ['p1', 2, '2027-06-10'],
      ['p1', 1, '2027-01-20'],
    ]);
  });

  it('lists every office’s filings for an admin or a supervisor, the late one marked', () => {
    const rows = filingsWith(plans);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.planId === 'p2')?.late).toBe(true);
  });
});

describe('the 通报 list', () => {
  const row = (taskId: string, departmentId: string) => ({ taskId, departmentId }) as OverdueResponse;
  it('flattens the departments’ unanswered tasks in their order', () => {
    const notice = {
      from: '2027-01-01',
      to: '2027-06-30',
      asOf: '2027-06-30',
      departments: [
        { departmentId: 'xf', tasks: [row('t1', 'xf'), row('t2', 'xf')] },
        { departmentId: 'ws', tasks: [row('t3', 'ws')] },
      ],
      tasksWithoutDeadlines: [],
    } satisfies NonResponseNotice;
    expect(noticeRows(notice).map((r) => r.taskId)).toEqual(['t1', 't2', 't3']);
  });

  it('defaults to the year so far', () => {
    expect(yearToDate('2027-06-15')).toEqual({ from: '2027-01-01', to: '2027-06-15' });
    expect(yearOf('2027-06-15')).toBe(2027);
  });
});
