import { DISCLOSURE_STATES, countByDepartment } from './overdue-model';

describe('overdue by department', () => {
  it('counts each department’s overdue items by state, most first', () => {
    const items = [
      { departmentId: 'd01', state: 'not-entered' as const },
      { departmentId: 'd00', state: 'published-late' as const },
      { departmentId: 'd01', state: 'published-late' as const },
      { departmentId: 'd02', state: 'not-published' as const },
    ];
    expect(countByDepartment(items, DISCLOSURE_STATES)).toEqual([
      {
        departmentId: 'd01',
        counts: { 'not-entered': 1, 'not-published': 0, 'published-late': 1 },
        total: 2,
      },
      {
        departmentId: 'd00',
        counts: { 'not-entered': 0, 'not-published': 0, 'published-late': 1 },
        total: 1,
      },
      {
        departmentId: 'd02',
        counts: { 'not-entered': 0, 'not-published': 1, 'published-late': 0 },
        total: 1,
      },
    ]);
    expect(countByDepartment([], DISCLOSURE_STATES)).toEqual([]);
  });
});
