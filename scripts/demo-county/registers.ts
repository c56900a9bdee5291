import { sampleCreditCode, sampleIdCardNumber } from '../../libs/domain/src/testing/sample-codes';
import {
  DEMO_DEPARTMENTS,
  DEMO_DISTRICT,
  type DemoCounty,
  INSPECTORS_PER_DEPARTMENT,
  inParallel,
} from './demo-county';

/** The days before today the county's year starts: registers, lists and plans. */
export const REGISTERED_DAYS_AGO = 150;

const INDUSTRIES = ['H6210', 'F5261', 'R9011', 'C1431', 'L7221'];
const STREETS = ['中山路', '珠江路', '北京东路', '龙蟠路', '玄武大道', '太平北路'];

/** Departments, their items, two 一业一单 lists, the entity directory and the inspectors. */
export async function registerCounty(county: DemoCounty): Promise<void> {
  await county.at(county.daysAgo(REGISTERED_DAYS_AGO));
  for (const d of DEMO_DEPARTMENTS) {
    await county.ok('POST', '/api/departments', county.admin, {
      id: d.id,
      name: d.name,
      regionCode: DEMO_DISTRICT,
    });
    county.ids.items[d.id] = [];
    for (const name of d.items) {
      const item = await county.ok<{ id: string }>('POST', '/api/check-items', county.as(d.id, 'operator'), {
        departmentId: d.id,
        name,
        basis: '《市场监管领域部门联合抽查事项清单》',
        targetKinds: ['enterprise'],
        content: `${name}：现场检查与资料核查`,
        methods: ['onsite', 'document_review'],
        itemClass: 'A',
        ratio: 0.05,
      });
      county.ids.items[d.id].push(item.id);
    }
  }
  const items = county.ids.items;
  for (const [industry, departments] of [
    ['餐饮', ['scjg', 'xf', 'ws']],
    ['化工', ['hb', 'xf', 'scjg']],
  ] as const) {
    const list = await county.ok<{ id: string }>(
      'POST',
      '/api/joint-item-lists',
      county.as(departments[0], 'operator'),
      { industry, leadDepartmentId: departments[0], itemIds: departments.map((d) => items[d][0]) },
    );
    county.ids.jointLists.push(list.id);
  }
  const codes = Array.from({ length: county.sizes.entities }, (_, n) => n);
  await inParallel(codes, 8, async (n) => {
    await county.ok('POST', '/api/entities', county.as('scjg', 'operator'), {
      code: sampleCreditCode(n),
      name: `玄武${['餐饮', '商贸', '娱乐', '化工', '科技'][n % 5]}企业${n + 1}号`,
      kind: 'enterprise',
      address: `南京市玄武区${STREETS[n % STREETS.length]}${(n % 300) + 1}号`,
      regionCode: DEMO_DISTRICT,
      industryCode: INDUSTRIES[n % INDUSTRIES.length],
      creditRisk: 'ABCD'[n % 4],
    });
  });
  let person = 0;
  for (const d of DEMO_DEPARTMENTS) {
    county.ids.inspectors[d.id] = [];
    const people = d.id === 'scjg' ? INSPECTORS_PER_DEPARTMENT + 2 : INSPECTORS_PER_DEPARTMENT;
    for (let n = 0; n < people; n += 1) {
      person += 1;
      const expert = n >= INSPECTORS_PER_DEPARTMENT;
      const inspector = await county.ok<{ id: string }>(
        'POST',
        '/api/inspectors',
        county.as(d.id, 'operator'),
        {
          departmentId: d.id,
          name: `${'王李张刘陈杨赵黄周吴'[person % 10]}${expert ? '专家' : '执法员'}${person}`,
          idCardNumber: sampleIdCardNumber(person),
          category: expert ? 'expert' : 'certified',
          regionCode: DEMO_DISTRICT,
          ...(expert
            ? {}
            : { certificateNo: `ZF${String(person).padStart(8, '0')}`, enforcementValidUntil: '2099-12-31' }),
        },
      );
      if (!expert) county.ids.inspectors[d.id].push(inspector.id);
    }
  }
}

/** The year's plans: each department's joint plan with the next department, published by its head. */
export async function publishPlans(county: DemoCounty): Promise<void> {
  const first = Number(county.daysAgo(REGISTERED_DAYS_AGO).slice(0, 4));
  const last = Number(county.today.slice(0, 4));
  await county.at(county.daysAgo(REGISTERED_DAYS_AGO - 1));
  DEMO_DEPARTMENTS.forEach((d) => (county.ids.plans[d.id] = {}));
  for (let year = first; year <= last; year += 1) {
    for (const [n, d] of DEMO_DEPARTMENTS.entries()) {
      const partner = DEMO_DEPARTMENTS[(n + 1) % DEMO_DEPARTMENTS.length];
      const plan = await county.ok<{ id: string }>('POST', '/api/plans', county.as(d.id, 'operator'), {
        year,
        name: `${year}年度${d.name}双随机抽查计划`,
        leadDepartmentId: d.id,
        cooperatingDepartmentIds: [partner.id],
        itemIds: [...county.ids.items[d.id], county.ids.items[partner.id][0]],
        targetCriteria: {},
        ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
        window: { from: `${year}-01-01`, to: `${year}-12-31` },
      });
      await county.ok('POST', `/api/plans/${plan.id}/publish`, county.as(d.id, 'head'), {});
      county.ids.plans[d.id][year] = plan.id;
    }
  }
}
