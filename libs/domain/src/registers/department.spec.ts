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
});
