import { deciderSpecification } from '../testing/decider-specification';
import { type PlanCommand, type PlanDefinition, type PlanEvent, planDecider } from './plan';
import { PLAN_FILING_DEADLINES, type PlanFilingFacts, deadlineIn } from './plan-filing';

const spec = deciderSpecification(planDecider);

const definition: PlanDefinition = {
  year: 2027,
  name: '2027年度部门联合抽查计划',
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: ['yjj'],
  itemIds: [],
  targetCriteria: {},
  ratiosByCreditRisk: {},
  window: { from: '2027-04-01', to: '2027-11-30' },
};
const drafted: PlanEvent = { type: 'PlanDrafted', data: { planId: 'p1', ...definition } };
const published = (version: number): PlanEvent => ({
  type: 'PlanPublished',
  data: { planId: 'p1', version },
});
const adjusted: PlanEvent = {
  type: 'PlanAdjusted',
  data: {
    planId: 'p1',
    changes: { name: '调整后' },
    previous: { name: definition.name },
    reason: '增设任务',
  },
};
const filing = (filedOn: string, deadline: string = PLAN_FILING_DEADLINES.siyang): PlanFilingFacts => ({
  jointOfficeId: 'lxb',
  filedOn,
  deadline,
});
const publish = (facts?: PlanFilingFacts): PlanCommand => ({
  kind: 'PublishPlan',
  planId: 'p1',
  ...(facts ? { filing: facts } : {}),
});

describe('plan filing with the joint office (备案; Yiyuan 十; Siyang 二(四); Yuanqu 二(三))', () => {
  it('given a draft, when it is published with a joint office by the deadline, then it is filed, not late', () => {
    spec
      .given([drafted])
      .when(publish(filing('2027-01-31')))
      .then([
        published(1),
        {
          type: 'PlanFiled',
          data: {
            planId: 'p1',
            version: 1,
            jointOfficeId: 'lxb',
            filedOn: '2027-01-31',
            deadline: '2027-01-31',
            late: false,
          },
        },
      ]);
  });

  it('given a draft, when it is first published after the deadline, then the filing is late', () => {
    spec
      .given([drafted])
      .when(publish(filing('2027-02-01')))
      .then([
        published(1),
        {
          type: 'PlanFiled',
          data: {
            planId: 'p1',
            version: 1,
            jointOfficeId: 'lxb',
            filedOn: '2027-02-01',
            deadline: '2027-01-31',
            late: true,
          },
        },
      ]);
  });

  it("given Yuanqu's deadline (3月底前), when published on 03-15, then it is on time", () => {
    spec
      .given([drafted])
      .when(publish(filing('2027-03-15', PLAN_FILING_DEADLINES.yuanqu)))
      .then([
        published(1),
        {
          type: 'PlanFiled',
          data: {
            planId: 'p1',
            version: 1,
            jointOfficeId: 'lxb',
            filedOn: '2027-03-15',
            deadline: '2027-03-31',
            late: false,
          },
        },
      ]);
  });

  it('given a published plan adjusted, when re-published in June, then the adjustment is filed, never late', () => {
    spec
      .given([drafted, published(1), adjusted])
      .when(publish(filing('2027-06-10')))
      .then([
        published(2),
        {
          type: 'PlanFiled',
          data: { planId: 'p1', version: 2, jointOfficeId: 'lxb', filedOn: '2027-06-10', late: false },
        },
      ]);
  });

  it('given no joint office registered, when published, then nothing is filed', () => {
    spec
      .given([drafted])
      .when(publish())
      .then([published(1)]);
  });

  it('given a filing with a malformed day, when published, then PLAN_FILING_INVALID', () => {
    spec
      .given([drafted])
      .when(publish(filing('2027-02-30')))
      .thenRejects('PLAN_FILING_INVALID');
  });

  it('given a filing with a malformed deadline, when published, then PLAN_FILING_INVALID', () => {
    spec
      .given([drafted])
      .when(publish(filing('2027-02-01', 'end of Jan')))
      .thenRejects('PLAN_FILING_INVALID');
  });

  it('given a plan already published and not adjusted, when filed again, then PLAN_ALREADY_PUBLISHED', () => {
    spec
      .given([drafted, published(1)])
      .when(publish(filing('2027-01-10')))
      .thenRejects('PLAN_ALREADY_PUBLISHED');
  });

  it('reads 02-29 as 02-28 in a common year', () => {
    expect(deadlineIn(2027, '02-29')).toBe('2027-02-28');
    expect(deadlineIn(2028, '02-29')).toBe('2028-02-29');
  });
});
