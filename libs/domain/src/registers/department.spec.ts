import { deciderSpecification } from '../testing/decider-specification';
import { departmentDecider } from './department';

const spec = deciderSpecification(departmentDecider);
const register = {
  kind: 'RegisterDepartment' as const,
  departmentId: 'scjg',
  name: '市场监管局',
  regionCode: '320102',
};
const registered = {
  type: 'DepartmentRegistered' as const,
  data: { departmentId: 'scjg', name: '市场监管局', regionCode: '320102' },
};
const city = { departmentId: 'nanjing', regionCode: '320100', ancestorIds: ['jiangsu'] };

describe('department', () => {
  it('given nothing, when registered, then DepartmentRegistered', () => {
    spec.given([]).when(register).then([registered]);
  });

  it('given registered, when registered again alike, then nothing (a retry)', () => {
    spec.given([registered]).when(register).then([]);
  });

  it('given registered, when registered with other details, then DEPARTMENT_ALREADY_REGISTERED', () => {
    spec
      .given([registered])
      .when({ ...register, name: '另一个' })
      .thenRejects('DEPARTMENT_ALREADY_REGISTERED');
  });

  describe('hierarchy', () => {
    it('given nothing, when registered under a city covering its county, then the parent is recorded', () => {
      spec
        .given([])
        .when({ ...register, parentId: 'nanjing', parent: city })
        .then([{ ...registered, data: { ...registered.data, parentId: 'nanjing' } }]);
    });

    it('given nothing, when the parent is not registered, then PARENT_DEPARTMENT_NOT_FOUND', () => {
      spec
        .given([])
        .when({ ...register, parentId: 'nanjing' })
        .thenRejects('PARENT_DEPARTMENT_NOT_FOUND');
    });

    it('given nothing, when the region lies outside the parent’s, then REGION_OUTSIDE_PARENT', () => {
      spec
        .given([])
        .when({ ...register, regionCode: '320205', parentId: 'nanjing', parent: city })
        .thenRejects('REGION_OUTSIDE_PARENT');
    });

    it('given registered, when a parent is set, then DepartmentParentSet with the previous parent', () => {
      spec
        .given([registered])
        .when({ kind: 'SetDepartmentParent', departmentId: 'scjg', parentId: 'nanjing', parent: city })
        .then([
          {
            type: 'DepartmentParentSet',
            data: { departmentId: 'scjg', parentId: 'nanjing', previousParentId: null },
          },
        ]);
    });

    it('given a parent set, when the same parent is set again, then nothing (a retry)', () => {
      spec
        .given([
          registered,
          {
            type: 'DepartmentParentSet',
            data: { departmentId: 'scjg', parentId: 'nanjing', previousParentId: null },
          },
        ])
        .when({ kind: 'SetDepartmentParent', departmentId: 'scjg', parentId: 'nanjing', parent: city })
        .then([]);
    });

    it('given a parent set, when the parent is cleared, then the unit is top level', () => {
      spec
        .given([{ ...registered, data: { ...registered.data, parentId: 'nanjing' } }])
        .when({ kind: 'SetDepartmentParent', departmentId: 'scjg', parentId: null })
        .then([
          {
            type: 'DepartmentParentSet',
            data: { departmentId: 'scjg', parentId: null, previousParentId: 'nanjing' },
          },
        ]);
    });

    it('given a city, when a county below it is set as its parent, then DEPARTMENT_HIERARCHY_CYCLE', () => {
      spec
        .given([
          {
            type: 'DepartmentRegistered',
            data: { departmentId: 'nanjing', name: '南京', regionCode: '320100' },
          },
        ])
        .when({
          kind: 'SetDepartmentParent',
          departmentId: 'nanjing',
          parentId: 'scjg',
          parent: { departmentId: 'scjg', regionCode: '320100', ancestorIds: ['nanjing'] },
        })
        .thenRejects('DEPARTMENT_HIERARCHY_CYCLE');
    });

    it('given registered, when set as its own parent, then DEPARTMENT_HIERARCHY_CYCLE', () => {
      spec
        .given([registered])
        .when({
          kind: 'SetDepartmentParent',
          departmentId: 'scjg',
          parentId: 'scjg',
          parent: { departmentId: 'scjg', regionCode: '320102', ancestorIds: [] },
        })
        .thenRejects('DEPARTMENT_HIERARCHY_CYCLE');
    });

    it('given nothing, when a parent is set, then DEPARTMENT_NOT_FOUND', () => {
      spec
        .given([])
        .when({ kind: 'SetDepartmentParent', departmentId: 'scjg', parentId: 'nanjing', parent: city })
        .thenRejects('DEPARTMENT_NOT_FOUND');
    });
  });

  it('given nothing, when a joint office is registered, then its kind is recorded', () => {
    spec
      .given([])
      .when({ ...register, departmentId: 'lxb', unitKind: 'joint-office' })
      .then([{ ...registered, data: { ...registered.data, departmentId: 'lxb', kind: 'joint-office' } }]);
  });
});

describe('department: disabled and enabled again (ADR 50)', () => {
  const dept = deciderSpecification(departmentDecider);
  const reg = {
    type: 'DepartmentRegistered' as const,
    data: { departmentId: 'd-1', name: '卫健局', regionCode: '350102' },
  };
  const disabled = {
    type: 'DepartmentDisabled' as const,
    data: { departmentId: 'd-1', reason: '机构改革撤并' },
  };
  it('disables a registered department: DepartmentDisabled; a repeat changes nothing', () => {
    dept
      .given([reg])
      .when({ kind: 'DisableDepartment', departmentId: 'd-1', reason: '机构改革撤并' })
      .then([disabled]);
    dept
      .given([reg, disabled])
      .when({ kind: 'DisableDepartment', departmentId: 'd-1', reason: 'x' })
      .then([]);
  });
  it('enables it again: DepartmentEnabled', () => {
    dept
      .given([reg, disabled])
      .when({ kind: 'EnableDepartment', departmentId: 'd-1' })
      .then([{ type: 'DepartmentEnabled', data: { departmentId: 'd-1' } }]);
    dept.given([reg]).when({ kind: 'EnableDepartment', departmentId: 'd-1' }).then([]);
  });
  it('refuses without a reason: DEPARTMENT_DISABLE_REASON_REQUIRED; an unknown one: DEPARTMENT_NOT_FOUND', () => {
    dept
      .given([reg])
      .when({ kind: 'DisableDepartment', departmentId: 'd-1', reason: ' ' })
      .thenRejects('DEPARTMENT_DISABLE_REASON_REQUIRED');
    dept
      .given([])
      .when({ kind: 'DisableDepartment', departmentId: 'd-1', reason: 'x' })
      .thenRejects('DEPARTMENT_NOT_FOUND');
  });
});
