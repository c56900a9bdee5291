import { sampleCreditCode, sampleIdCardNumber } from '../../libs/domain/src/testing/sample-codes';
import { type CountyYear, DEPARTMENTS, DISTRICT, JOINT_OFFICE, OTHER_DISTRICT, YEAR } from './context';

/** Entities of the district, all of credit class B: the plan's pool. */
export const ENTITY_COUNT = 6;

/**
 * The organisation (ADR 26, 37): the district's joint office (联席办) with its coordinator, three
 * departments of the district and one of the district a business moves to; their items, two
 * certified inspectors each (执法资格: certificate and validity), two experts of the lead's pool.
 */
export async function registerCounty(year: CountyYear): Promise<void> {
  await year.at(`${YEAR}-01-05`);
  await year.ok('POST', '/api/departments', year.admin, {
    id: JOINT_OFFICE,
    name: '玄武区双随机联席办',
    regionCode: DISTRICT,
    kind: 'joint-office',
  });
  let person = 0;
  const register = async (d: string, category: string, certified: boolean) => {
    person += 1;
    const body = {
      departmentId: d,
      name: `${d}${category === 'expert' ? '专家' : '执法人员'}${person}`,
      idCardNumber: sampleIdCardNumber(person),
      category,
      regionCode: d === 'scjg-lh' ? OTHER_DISTRICT : DISTRICT,
      ...(certified
        ? { certificateNo: `ZF${String(person).padStart(8, '0')}`, enforcementValidUntil: '2099-12-31' }
        : {}),
    };
    return (await year.ok<{ id: string }>('POST', '/api/inspectors', year.as(d, 'operator'), body)).id;
  };
  for (const d of DEPARTMENTS) {
    await year.ok('POST', '/api/departments', year.admin, {
      id: d,
      name: `部门${d}`,
      regionCode: d === 'scjg-lh' ? OTHER_DISTRICT : DISTRICT,
    });
    year.ids.items[d] = (
      await year.ok<{ id: string }>('POST', '/api/check-items', year.as(d, 'operator'), {
        departmentId: d,
        name: `${d}餐饮检查事项`,
        basis: '依据',
        targetKinds: ['enterprise'],
        content: '内容',
        methods: ['onsite'],
        itemClass: 'A',
        ratio: 0.05,
      })
    ).id;
    year.ids.inspectors[d] = [await register(d, 'certified', true), await register(d, 'certified', true)];
  }
  year.ids.experts = [await register('scjg', 'expert', false), await register('scjg', 'expert', false)];
  for (let n = 0; n < ENTITY_COUNT; n += 1) {
    year.ids.entities.push(sampleCreditCode(n));
    await year.ok('POST', '/api/entities', year.as('scjg', 'operator'), {
      code: sampleCreditCode(n),
      name: `玄武餐饮企业${n}`,
      kind: 'enterprise',
      address: '南京市玄武区',
      regionCode: DISTRICT,
      industryCode: 'H6210',
      creditRisk: 'B',
    });
  }
}
