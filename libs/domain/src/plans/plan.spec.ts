import { foldEvents } from '../decider';
import { DomainError } from '../domain-error';
import type { ListedItemFact } from '../registers/joint-item-list';
import { deciderSpecification } from '../testing/decider-specification';
import {
  type PlanChanges,
  type PlanCommand,
  type PlanDefinition,
  type PlanEvent,
  type PlanFacts,
  assertPlanIsSound,
  planDecider,
} from './plan';

const spec = deciderSpecification(planDecider);

const definition: PlanDefinition = {
  year: 2026,
  name: '2026年度市场监管领域部门联合双随机抽查工作计划',
  leadDepartmentId: 'scjg',
  cooperatingDepartmentIds: ['yjj'],
  itemIds: ['i-scjg', 'i-yjj'],
  targetCriteria: { kinds: ['enterprise'], regionCodes: ['320102'] },
  ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
  window: { from: '2026-03-01', to: '2026-11-30' },
};

const items: ListedItemFact[] = [
  { itemId: 'i-scjg', departmentId: 'scjg', retired: false },
  { itemId: 'i-yjj', departmentId: 'yjj', retired: false },
  { itemId: 'i-scjg-2', departmentId: 'scjg', retired: false },
  { itemId: 'i-other', departmentId: 'swj', retired: false },
  { itemId: 'i-retired', departmentId: 'scjg', retired: true },
];
const facts: PlanFacts = { items, registeredDepartmentIds: ['scjg', 'yjj', 'swj'] };

const draft = (changes: Partial<PlanDefinition> = {}, given: Partial<PlanFacts> = {}): PlanCommand => ({
  kind: 'DraftPlan',
  planId: 'p1',
  definition: { ...definition, ...changes },
  facts: { ...facts, ...given },
});
const publish: PlanCommand = { kind: 'PublishPlan', planId: 'p1' };
const adjust = (changes: PlanChanges, reason = '新增检查事项'): PlanCommand => ({
  kind: 'AdjustPlan',
  planId: 'p1',
  changes,
  reason,
  facts,
});
const close: PlanCommand = { kind: 'ClosePlan', planId: 'p1', reason: '年度工作完成' };

const drafted: PlanEvent = { type: 'PlanDrafted', data: { planId: 'p1', ...definition } };
const published = (version: number): PlanEvent => ({
  type: 'PlanPublished',
  data: { planId: 'p1', version },
});
const adjusted: PlanEvent = {
  type: 'PlanAdjusted',
  data: {
    planId: 'p1',
    changes: { itemIds: ['i-scjg', 'i-yjj', 'i-scjg-2'] },
    previous: { itemIds: ['i-scjg', 'i-yjj'] },
    reason: '新增检查事项',
  },
};
const closed: PlanEvent = { type: 'PlanClosed', data: { planId: 'p1', reason: '年度工作完成' } };

describe('plan', () => {
  describe('drafting', () => {
    it('given nothing, when drafted, then PlanDrafted with the whole definition', () => {
      spec.given([]).when(draft()).then([drafted]);
    });

    it('drafts a plan of the lead department alone, aimed at the whole directory', () => {
      const alone = {
        cooperatingDepartmentIds: [],
        itemIds: ['i-scjg'],
        targetCriteria: {},
        ratiosByCreditRisk: {},
      };
      spec
        .given([])
        .when(draft(alone))
        .then([{ type: 'PlanDrafted', data: { planId: 'p1', ...definition, ...alone } }]);
    });

    it('refuses drafting the same plan twice', () => {
      spec.given([drafted]).when(draft()).thenRejects('PLAN_EXISTS');
    });

    it.each([
      ['a day that does not exist', { from: '2026-02-30', to: '2026-11-30' }],
      ['a date that is not a date', { from: '2026-03-01', to: '30.11.2026' }],
      ['an end before the start', { from: '2026-11-30', to: '2026-03-01' }],
    ])('refuses a window with %s', (_what, window) => {
      spec.given([]).when(draft({ window })).thenRejects('PLAN_WINDOW_INVALID');
    });

    it.each([
      ['of year 9999', 9999, { from: '9999-03-01', to: '9999-12-31' }],
      ['of year 1999', 1999, { from: '1999-03-01', to: '1999-11-30' }],
    ])('given nothing, when a plan %s is drafted, then PLAN_WINDOW_OUT_OF_RANGE', (_what, year, window) => {
      spec.given([]).when(draft({ year, window })).thenRejects('PLAN_WINDOW_OUT_OF_RANGE');
    });

    it('accepts a window of one day', () => {
      const window = { from: '2026-06-01', to: '2026-06-01' };
      spec
        .given([])
        .when(draft({ window }))
        .then([{ type: 'PlanDrafted', data: { planId: 'p1', ...definition, window } }]);
    });

    it.each([
      ['starts the year before', { from: '2025-12-01', to: '2026-03-01' }],
      ['ends the year after', { from: '2026-12-01', to: '2027-01-31' }],
      ['lies in another year', { from: '2027-03-01', to: '2027-11-30' }],
    ])('refuses a window that %s', (_what, window) => {
      spec.given([]).when(draft({ window })).thenRejects('PLAN_WINDOW_OUTSIDE_YEAR');
    });

    it('refuses a lead department that is also a cooperating one', () => {
      spec
        .given([])
        .when(draft({ cooperatingDepartmentIds: ['yjj', 'scjg'] }))
        .thenRejects('PLAN_LEAD_IS_COOPERATING');
    });

    it('refuses a lead or cooperating department that is not registered, naming them', () => {
      spec
        .given([])
        .when(draft({}, { registeredDepartmentIds: ['yjj'] }))
        .thenRejects('DEPARTMENT_NOT_REGISTERED');
      spec
        .given([])
        .when(draft({}, { registeredDepartmentIds: ['scjg'] }))
        .thenRejects('DEPARTMENT_NOT_REGISTERED');
      expect(() =>
        assertPlanIsSound({ ...definition, cooperatingDepartmentIds: ['yjj', 'ghost'] }, facts),
      ).toThrow(expect.objectContaining({ details: { departmentIds: ['ghost'] } }) as Error);
    });

    it('refuses an item not on the check-item list, naming it', () => {
      spec
        .given([])
        .when(draft({ itemIds: ['i-scjg', 'no-such-item'] }))
        .thenRejects('CHECK_ITEM_NOT_ON_LIST');
      expect(() => assertPlanIsSound({ ...definition, itemIds: ['i-scjg', 'nope'] }, facts)).toThrow(
        expect.objectContaining({ code: 'CHECK_ITEM_NOT_ON_LIST', details: { itemIds: ['nope'] } }) as Error,
      );
    });

    it('refuses a retired item', () => {
      spec
        .given([])
        .when(draft({ itemIds: ['i-scjg', 'i-retired'] }))
        .thenRejects('CHECK_ITEM_RETIRED');
    });

    it('refuses an item of a department that is neither lead nor cooperating', () => {
      spec
        .given([])
        .when(draft({ itemIds: ['i-scjg', 'i-other'] }))
        .thenRejects('PLAN_ITEM_OF_OTHER_DEPARTMENT');
      spec
        .given([])
        .when(draft({ cooperatingDepartmentIds: [] }))
        .thenRejects('PLAN_ITEM_OF_OTHER_DEPARTMENT');
    });

    it.each([
      ['above 1', { A: 1.5 }],
      ['below 0', { D: -0.1 }],
      ['not a number', { B: '0.1' as unknown as number }],
      ['NaN', { C: Number.NaN }],
      ['of an unknown credit class', { E: 0.1 } as Partial<Record<'A', number>>],
    ])('refuses a ratio %s', (_what, ratiosByCreditRisk) => {
      spec.given([]).when(draft({ ratiosByCreditRisk })).thenRejects('PLAN_RATIO_INVALID');
    });

    it('accepts ratios of exactly 0 and 1, and a class left out', () => {
      const ratiosByCreditRisk = { A: 0, D: 1, B: undefined };
      expect(() => assertPlanIsSound({ ...definition, ratiosByCreditRisk }, facts)).not.toThrow();
    });
  });

  describe('publishing', () => {
    it('publishes a draft as version 1', () => {
      spec
        .given([drafted])
        .when(publish)
        .then([published(1)]);
    });

    it('refuses publishing again with nothing new', () => {
      spec
        .given([drafted, published(1)])
        .when(publish)
        .thenRejects('PLAN_ALREADY_PUBLISHED');
    });

    it('refuses publishing a plan that does not exist', () => {
      spec.given([]).when(publish).thenRejects('PLAN_NOT_FOUND');
    });

    it('refuses publishing a closed plan', () => {
      spec.given([drafted, closed]).when(publish).thenRejects('PLAN_CLOSED');
      spec
        .given([drafted, published(1), adjusted, closed])
        .when(publish)
        .thenRejects('PLAN_CLOSED');
    });
  });

  describe('adjusting', () => {
    it('records the changed fields with what they were and the reason', () => {
      spec
        .given([drafted, published(1)])
        .when(adjust({ itemIds: ['i-scjg', 'i-yjj', 'i-scjg-2'], name: definition.name }))
        .then([adjusted]);
    });

    it('publish → adjust → publish again makes version 2', () => {
      spec
        .given([drafted, published(1), adjusted])
        .when(publish)
        .then([published(2)]);
      const state = foldEvents(planDecider, [drafted, published(1), adjusted, published(2)]);
      const next = { ...definition, itemIds: ['i-scjg', 'i-yjj', 'i-scjg-2'] };
      expect(state).toEqual({
        status: 'published',
        published: next,
        draft: next,
        everPublished: true,
        unpublishedChanges: false,
        version: 2,
      });
    });

    it('given a published plan, when adjusted, then only the draft changes: the published version stays in force', () => {
      const state = foldEvents(planDecider, [drafted, published(1), adjusted]);
      expect(state).toEqual({
        status: 'published',
        published: definition,
        draft: { ...definition, itemIds: ['i-scjg', 'i-yjj', 'i-scjg-2'] },
        everPublished: true,
        unpublishedChanges: true,
        version: 1,
      });
    });

    it('given a pending adjustment, when adjusted again, then the changes are recorded against the draft', () => {
      spec
        .given([drafted, published(1), adjusted])
        .when(adjust({ itemIds: ['i-scjg', 'i-yjj'] }, '撤回新增事项'))
        .then([
          {
            type: 'PlanAdjusted',
            data: {
              planId: 'p1',
              changes: { itemIds: ['i-scjg', 'i-yjj'] },
              previous: { itemIds: ['i-scjg', 'i-yjj', 'i-scjg-2'] },
              reason: '撤回新增事项',
            },
          },
        ]);
      spec
        .given([drafted, published(1), adjusted])
        .when(adjust({ itemIds: ['i-scjg', 'i-yjj', 'i-scjg-2'] }))
        .then([]);
    });

    it('given a pending adjustment, when the plan is closed, then the published version is what it closed with', () => {
      const state = foldEvents(planDecider, [drafted, published(1), adjusted, closed]);
      expect(state).toMatchObject({ status: 'closed', published: definition, version: 1 });
    });

    it('given a draft never published, when adjusted, then nothing is in force yet', () => {
      const state = foldEvents(planDecider, [drafted, adjusted]);
      expect(state).toMatchObject({ status: 'draft', version: 0, everPublished: false });
      expect(state).not.toHaveProperty('published');
    });

    it('adjusts a draft, which is then published as version 1', () => {
      spec
        .given([drafted])
        .when(adjust({ name: '新名称' }))
        .then([
          {
            type: 'PlanAdjusted',
            data: {
              planId: 'p1',
              changes: { name: '新名称' },
              previous: { name: definition.name },
              reason: '新增检查事项',
            },
          },
        ]);
      const draftAdjusted: PlanEvent = {
        type: 'PlanAdjusted',
        data: { planId: 'p1', changes: { name: '新名称' }, previous: { name: definition.name }, reason: 'x' },
      };
      spec
        .given([drafted, draftAdjusted])
        .when(publish)
        .then([published(1)]);
    });

    it('records nothing when nothing really changes, whatever the key order of nested values', () => {
      spec
        .given([drafted, published(1)])
        .when(
          adjust({
            name: definition.name,
            itemIds: [...definition.itemIds],
            window: { to: '2026-11-30', from: '2026-03-01' },
            ratiosByCreditRisk: { D: 0.3, C: 0.1, B: 0.05, A: 0.03 },
            targetCriteria: { regionCodes: ['320102'], kinds: ['enterprise'] },
          }),
        )
        .then([]);
      spec
        .given([drafted, published(1)])
        .when(adjust({}))
        .then([]);
      spec
        .given([drafted, published(1)])
        .when(publish)
        .thenRejects('PLAN_ALREADY_PUBLISHED');
    });

    it('checks the adjusted plan against every rule', () => {
      const given = [drafted, published(1)];
      spec
        .given(given)
        .when(adjust({ window: { from: '2026-12-01', to: '2026-11-01' } }))
        .thenRejects('PLAN_WINDOW_INVALID');
      spec
        .given(given)
        .when(adjust({ window: { from: '2026-12-01', to: '2027-01-10' } }))
        .thenRejects('PLAN_WINDOW_OUTSIDE_YEAR');
      spec
        .given(given)
        .when(adjust({ cooperatingDepartmentIds: ['yjj', 'scjg'] }))
        .thenRejects('PLAN_LEAD_IS_COOPERATING');
      spec
        .given(given)
        .when(adjust({ cooperatingDepartmentIds: ['yjj', 'ghost'] }))
        .thenRejects('DEPARTMENT_NOT_REGISTERED');
      spec
        .given(given)
        .when(adjust({ itemIds: ['nope'] }))
        .thenRejects('CHECK_ITEM_NOT_ON_LIST');
      spec
        .given(given)
        .when(adjust({ itemIds: ['i-retired'] }))
        .thenRejects('CHECK_ITEM_RETIRED');
      spec
        .given(given)
        .when(adjust({ cooperatingDepartmentIds: [] }))
        .thenRejects('PLAN_ITEM_OF_OTHER_DEPARTMENT');
      spec
        .given(given)
        .when(adjust({ ratiosByCreditRisk: { A: 2 } }))
        .thenRejects('PLAN_RATIO_INVALID');
    });

    it('takes a cooperating department in with its items', () => {
      const changes = { cooperatingDepartmentIds: ['yjj', 'swj'], itemIds: ['i-scjg', 'i-yjj', 'i-other'] };
      spec
        .given([drafted, published(1)])
        .when(adjust(changes, '税务部门参与'))
        .then([
          {
            type: 'PlanAdjusted',
            data: {
              planId: 'p1',
              changes,
              previous: { cooperatingDepartmentIds: ['yjj'], itemIds: ['i-scjg', 'i-yjj'] },
              reason: '税务部门参与',
            },
          },
        ]);
    });

    it('refuses adjusting a plan that does not exist or is closed', () => {
      spec
        .given([])
        .when(adjust({ name: 'x' }))
        .thenRejects('PLAN_NOT_FOUND');
      spec
        .given([drafted, published(1), closed])
        .when(adjust({ name: 'x' }))
        .thenRejects('PLAN_CLOSED');
    });
  });

  describe('closing', () => {
    it('closes a published plan, which then takes no command', () => {
      spec
        .given([drafted, published(1)])
        .when(close)
        .then([closed]);
      const state = foldEvents(planDecider, [drafted, published(1), closed]);
      expect(state).toMatchObject({ status: 'closed', everPublished: true, version: 1 });
      spec
        .given([drafted, published(1), closed])
        .when(close)
        .thenRejects('PLAN_CLOSED');
    });

    it('closes a draft that was never published', () => {
      spec.given([drafted]).when(close).then([closed]);
      expect(foldEvents(planDecider, [drafted, closed])).toMatchObject({
        status: 'closed',
        everPublished: false,
      });
    });

    it('refuses closing a plan that does not exist', () => {
      spec.given([]).when(close).thenRejects('PLAN_NOT_FOUND');
    });
  });

  it('refuses with DomainErrors that name the rule', () => {
    expect(() => planDecider.decide(publish, planDecider.initialState())).toThrow(DomainError);
  });
});
