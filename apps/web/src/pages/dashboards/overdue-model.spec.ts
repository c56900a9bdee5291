import { DISCLOSURE_STATES, countByDepartment, pageOf } from './overdue-model';

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

describe('paging a whole list', () => {
  const rows = Array.from({ length: 45 }, (_, i) => i);

  it('gives the page asked for, and whether others come before and after', () => {
    expect(pageOf(rows, 0, 20)).toMatchObject({ page: 0, hasPrevious: false, hasNext: true });
    expect(pageOf(rows, 2, 20)).toEqual({
      rows: [40, 41, 42, 43, 44],
      page: 2,
      hasPrevious: true,
      hasNext: false,
    });
  });

  it('keeps to the last page when the list got shorter, and to the first when empty', () => {
    expect(pageOf(rows, 9, 20).page).toBe(2);
    expect(pageOf([], 3, 20)).toEqual({ rows: [], page: 0, hasPrevious: false, hasNext: false });
  });
});
