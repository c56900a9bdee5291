import { deciderSpecification } from '../testing/decider-specification';
import {
  type ConsolidatedPlanCommand,
  type ConsolidatedPlanEntry,
  type ConsolidatedPlanEvent,
  MAX_CONSOLIDATED_PLANS,
  consolidatedPlanDecider,
} from './consolidated-plan';
import { CONSOLIDATED_PLAN_DEADLINES } from './plan-filing';

const spec = deciderSpecification(consolidatedPlanDecider);

const entry = (planId: string, version = 1): ConsolidatedPlanEntry => ({
  planId,
  version,
  name: `${planId}联合抽查计划`,
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: ['xf'],
  itemIds: ['i1'],
  window: { from: '2027-04-01', to: '2027-11-30' },
});
const publish = (
  plans: ConsolidatedPlanEntry[],
  publishedOn = '2027-03-05',
  deadline: string = CONSOLIDATED_PLAN_DEADLINES.siyang,
): ConsolidatedPlanCommand => ({
  kind: 'PublishConsolidatedPlan',
  jointOfficeId: 'lxb',
  year: 2027,
  plans,
  publishedOn,
  deadline,
});
const published = (
  version: number,
  plans: ConsolidatedPlanEntry[],
  publishedOn = '2027-03-05',
  late = false,
): ConsolidatedPlanEvent => ({
  type: 'ConsolidatedPlanPublished',
  data: { jointOfficeId: 'lxb', year: 2027, version, plans, publishedOn, deadline: '2027-03-10', late },
});

describe('the consolidated county plan (Siyang 二(四); Yuanqu 三(一))', () => {
  it('given nothing, when the joint office publishes by early March, then version 1, on time, plans by id', () => {
    spec
      .given([])
      .when(publish([entry('p2'), entry('p1')]))
      .then([published(1, [entry('p1'), entry('p2')])]);
  });

  it('given nothing, when published after the deadline, then it is late', () => {
    spec
      .given([])
      .when(publish([entry('p1')], '2027-03-11'))
      .then([published(1, [entry('p1')], '2027-03-11', true)]);
  });

  it("given Yuanqu's deadline, when published on 03-20, then on time", () => {
    spec
      .given([])
      .when(publish([entry('p1')], '2027-03-20', CONSOLIDATED_PLAN_DEADLINES.yuanqu))
      .then([
        {
          ...published(1, [entry('p1')], '2027-03-20'),
          data: { ...published(1, [entry('p1')], '2027-03-20').data, deadline: '2027-03-31' },
        },
      ]);
  });

  it('given version 1, when a plan is re-published (a new version) and it publishes again, then version 2, never late', () => {
    spec
      .given([published(1, [entry('p1')])])
      .when(publish([entry('p1', 2)], '2027-07-01'))
      .then([published(2, [entry('p1', 2)], '2027-07-01')]);
  });

  it('given version 1, when a plan is added, then version 2', () => {
    spec
      .given([published(1, [entry('p1')])])
      .when(publish([entry('p1'), entry('p3')], '2027-05-01'))
      .then([published(2, [entry('p1'), entry('p3')], '2027-05-01')]);
  });

  it('given version 1, when the same plans at the same versions are published, then CONSOLIDATED_PLAN_UNCHANGED', () => {
    spec
      .given([published(1, [entry('p1')])])
      .when(publish([entry('p1')]))
      .thenRejects('CONSOLIDATED_PLAN_UNCHANGED');
  });

  it('given nothing, when no joint plan is filed, then CONSOLIDATED_PLAN_EMPTY', () => {
    spec.given([]).when(publish([])).thenRejects('CONSOLIDATED_PLAN_EMPTY');
  });

  it(`given nothing, when more than ${MAX_CONSOLIDATED_PLANS} plans, then CONSOLIDATED_PLAN_TOO_LARGE`, () => {
    const many = Array.from({ length: MAX_CONSOLIDATED_PLANS + 1 }, (_, i) => entry(`p${i}`));
    spec.given([]).when(publish(many)).thenRejects('CONSOLIDATED_PLAN_TOO_LARGE');
  });
});
