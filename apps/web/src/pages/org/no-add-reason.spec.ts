import { noAddReason } from './no-add-reason';

describe('why a page offers no "新增"', () => {
  const admin = { roles: ['admin' as const], departmentId: 'platform' };
  const operator = { roles: ['operator' as const], departmentId: 'scjg' };
  const auditor = { roles: ['auditor' as const], departmentId: 'scjg' };

  it('names the roles for those who never add', () => {
    expect(noAddReason(auditor, ['scjg'])).toBe('role');
    expect(noAddReason(undefined, ['scjg'])).toBe('role');
  });

  it('names the missing departments on an empty platform', () => {
    expect(noAddReason(admin, [])).toBe('noDepartments');
    expect(noAddReason(operator, [])).toBe('noDepartments');
    expect(noAddReason(operator, ['xf'])).toBe('ownNotRegistered');
  });

  it('says nothing when the page offers it, or while the departments are read', () => {
    expect(noAddReason(admin, ['xf'])).toBeUndefined();
    expect(noAddReason(operator, ['scjg'])).toBeUndefined();
    expect(noAddReason(operator, undefined)).toBeUndefined();
    expect(noAddReason(operator, [], false)).toBeUndefined();
  });
});
