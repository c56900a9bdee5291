import { deciderSpecification } from '../testing/decider-specification';
import { type CheckItemDefinition, checkItemDecider } from './check-item';
import { GUIAN_ITEM_CLASS_LIMITS, type ItemClassLimits } from './item-class-limits';

const spec = deciderSpecification(checkItemDecider);
const definition: CheckItemDefinition = {
  departmentId: 'scjg',
  name: '食品经营许可情况检查',
  basis: '《食品安全法》第三十五条',
  targetKinds: ['enterprise'],
  content: '许可证是否有效',
  methods: ['onsite'],
  itemClass: 'A',
  ratio: 0.05,
};
const added = { type: 'CheckItemAdded' as const, data: { itemId: 'i1', ...definition } };
const classLimits = GUIAN_ITEM_CLASS_LIMITS;
const add = {
  kind: 'AddCheckItem' as const,
  itemId: 'i1',
  definition,
  departmentRegistered: true,
  classLimits,
};
const update = (changes: Partial<CheckItemDefinition>, limits: ItemClassLimits = classLimits) => ({
  kind: 'UpdateCheckItem' as const,
  itemId: 'i1',
  changes,
  classLimits: limits,
});

describe('check item', () => {
  it('given nothing, when added, then CheckItemAdded', () => {
    spec.given([]).when(add).then([added]);
  });

  it('refuses an item of an unregistered department', () => {
    spec
      .given([])
      .when({ ...add, departmentRegistered: false })
      .thenRejects('DEPARTMENT_NOT_REGISTERED');
  });

  describe("by default, Gui'an 第十四条 read with 第四十九条 (以下 includes the number, 以上 does not)", () => {
    it('given nothing, when a class A item of 11% is added, then ITEM_RATIO_ABOVE_CLASS_LIMIT; 10% is accepted', () => {
      spec
        .given([])
        .when({ ...add, definition: { ...definition, ratio: 0.11 } })
        .thenRejects('ITEM_RATIO_ABOVE_CLASS_LIMIT');
      spec
        .given([])
        .when({ ...add, definition: { ...definition, ratio: 0.1 } })
        .then([{ type: 'CheckItemAdded', data: { itemId: 'i1', ...definition, ratio: 0.1 } }]);
    });

    it('given nothing, when a class B (key) item of 10% is added, then ITEM_RATIO_BELOW_CLASS_LIMIT', () => {
      spec
        .given([])
        .when({ ...add, definition: { ...definition, itemClass: 'B', ratio: 0.1 } })
        .thenRejects('ITEM_RATIO_BELOW_CLASS_LIMIT');
    });

    it('given nothing, when a key item of 100% is added, then it is accepted: key items have no upper limit', () => {
      const key = { ...definition, itemClass: 'B' as const, ratio: 1 };
      spec
        .given([])
        .when({ ...add, definition: key })
        .then([{ type: 'CheckItemAdded', data: { itemId: 'i1', ...key } }]);
    });

    it('given nothing, when a class C item or an item without a ratio is added, then no limit applies', () => {
      const joint = { ...definition, itemClass: 'C' as const, ratio: 0.9 };
      spec
        .given([])
        .when({ ...add, definition: joint })
        .then([{ type: 'CheckItemAdded', data: { itemId: 'i1', ...joint } }]);
      const { ratio: _r, ...noRatio } = definition;
      spec
        .given([])
        .when({ ...add, definition: noRatio })
        .then([{ type: 'CheckItemAdded', data: { itemId: 'i1', ...noRatio } }]);
    });
  });

  describe('with the limits a deployment sets', () => {
    it('given a county limiting general items to 5%, when an A item of 6% is added, then refused; 5% accepted', () => {
      const county: ItemClassLimits = { A: { max: { ratio: 0.05, inclusive: true } } };
      spec
        .given([])
        .when({ ...add, classLimits: county, definition: { ...definition, ratio: 0.06 } })
        .thenRejects('ITEM_RATIO_ABOVE_CLASS_LIMIT');
      spec
        .given([])
        .when({ ...add, classLimits: county, definition: { ...definition, ratio: 0.05 } })
        .then([{ type: 'CheckItemAdded', data: { itemId: 'i1', ...definition, ratio: 0.05 } }]);
    });

    it('given no limits (Yiyuan 八, Siyang 二(二): no number), when a key item of 3% is added, then accepted', () => {
      const key = { ...definition, itemClass: 'B' as const, ratio: 0.03 };
      spec
        .given([])
        .when({ ...add, classLimits: {}, definition: key })
        .then([{ type: 'CheckItemAdded', data: { itemId: 'i1', ...key } }]);
    });
  });

  it('refuses adding the same item twice', () => {
    spec.given([added]).when(add).thenRejects('CHECK_ITEM_EXISTS');
  });

  it('records only the fields an update changes, and nothing when none change', () => {
    spec
      .given([added])
      .when(update({ name: '新名称', ratio: 0.05 }))
      .then([
        {
          type: 'CheckItemUpdated',
          data: { itemId: 'i1', changes: { name: '新名称' }, previous: { name: definition.name } },
        },
      ]);
    spec
      .given([added])
      .when(update({ ratio: 0.05 }))
      .then([]);
  });

  it('given an A item of 5%, when it is made a key item, then its ratio is checked against class B', () => {
    spec
      .given([added])
      .when(update({ itemClass: 'B' }))
      .thenRejects('ITEM_RATIO_BELOW_CLASS_LIMIT');
    spec
      .given([added])
      .when(update({ ratio: 0.2 }))
      .thenRejects('ITEM_RATIO_ABOVE_CLASS_LIMIT');
    spec
      .given([added])
      .when(update({ itemClass: 'B', ratio: 0.2 }))
      .then([
        {
          type: 'CheckItemUpdated',
          data: {
            itemId: 'i1',
            changes: { itemClass: 'B', ratio: 0.2 },
            previous: { itemClass: 'A', ratio: 0.05 },
          },
        },
      ]);
  });

  it('retires an item, after which it cannot change or be retired again', () => {
    const retired = { type: 'CheckItemRetired' as const, data: { itemId: 'i1', reason: '法规废止' } };
    spec.given([added]).when({ kind: 'RetireCheckItem', itemId: 'i1', reason: '法规废止' }).then([retired]);
    spec
      .given([added, retired])
      .when(update({ name: 'x' }))
      .thenRejects('CHECK_ITEM_RETIRED');
    spec
      .given([added, retired])
      .when({ kind: 'RetireCheckItem', itemId: 'i1', reason: 'x' })
      .thenRejects('CHECK_ITEM_RETIRED');
  });

  it('refuses to update or retire an item that does not exist', () => {
    spec.given([]).when(update({})).thenRejects('CHECK_ITEM_NOT_FOUND');
    spec
      .given([])
      .when({ kind: 'RetireCheckItem', itemId: 'i1', reason: 'x' })
      .thenRejects('CHECK_ITEM_NOT_FOUND');
  });
});
