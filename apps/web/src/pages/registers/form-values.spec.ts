import type { Session } from '../../session/token';
import {
  actsForDepartment,
  changedFields,
  defined,
  managesEntities,
  optionalNumber,
  splitList,
} from './form-values';

const session = (roles: Session['roles'], departmentId = 'd01'): Session => ({
  token: 't',
  userId: 'u1',
  name: '张三',
  departmentId,
  roles,
});

describe('form values', () => {
  it('splits lists typed with either width of comma, 、 or lines, without blanks or repeats', () => {
    expect(splitList('餐饮， 学校周边,餐饮、\n夜市;')).toEqual(['餐饮', '学校周边', '夜市']);
    expect(splitList('  ')).toEqual([]);
  });

  it('leaves a blank number out and sends what is not a number as typed, for the api to refuse', () => {
    expect(optionalNumber('')).toBeUndefined();
    expect(optionalNumber(' 0.05 ')).toBe(0.05);
    expect(optionalNumber('五')).toBe('五');
  });

  it('keeps only the fields that changed', () => {
    expect(
      changedFields<Record<string, unknown>>({ a: 1, b: ['x'] }, { a: 1, b: ['x', 'y'], c: 'new' }),
    ).toEqual({
      b: ['x', 'y'],
      c: 'new',
    });
    expect(defined({ a: 1, b: undefined })).toEqual({ a: 1 });
  });

  it('lets administrators act for any department and operators for their own', () => {
    expect(actsForDepartment(session(['admin'], 'x'), 'd01')).toBe(true);
    expect(actsForDepartment(session(['operator']), 'd01')).toBe(true);
    expect(actsForDepartment(session(['operator']), 'd02')).toBe(false);
    expect(actsForDepartment(session(['head']), 'd01')).toBe(false);
    expect(actsForDepartment(undefined, 'd01')).toBe(false);
    expect(managesEntities(session(['operator'], 'd09'))).toBe(true);
    expect(managesEntities(session(['auditor']))).toBe(false);
  });
});
