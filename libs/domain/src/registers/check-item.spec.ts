import { deciderSpecification } from '../testing/decider-specification';
import { type CheckItemDefinition, checkItemDecider } from './check-item';

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
const add = { kind: 'AddCheckItem' as const, itemId: 'i1', definition, departmentRegistered: true };

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

  it('refuses a class A ratio above 10% and accepts exactly 10%', () => {
    spec
      .given([])
      .when({ ...add, definition: { ...definition, ratio: 0.11 } })
      .thenRejects('CLASS_A_RATIO_ABOVE_10_PERCENT');
    spec
      .given([])
      .when({ ...add, definition: { ...definition, ratio: 0.1 } })
      .then([{ type: 'CheckItemAdded', data: { itemId: 'i1', ...definition, ratio: 0.1 } }]);
  });

  it('refuses a class B ratio of 10% or less', () => {
    spec
      .given([])
      .when({ ...add, definition: { ...definition, itemClass: 'B', ratio: 0.1 } })
      .thenRejects('CLASS_B_RATIO_NOT_ABOVE_10_PERCENT');
  });

  it('refuses adding the same item twice', () => {
    spec.given([added]).when(add).thenRejects('CHECK_ITEM_EXISTS');
  });

  it('records only the fields an update changes, and nothing when none change', () => {
    spec
      .given([added])
      .when({ kind: 'UpdateCheckItem', itemId: 'i1', changes: { name: '新名称', ratio: 0.05 } })
      .then([
        {
          type: 'CheckItemUpdated',
          data: { itemId: 'i1', changes: { name: '新名称' }, previous: { name: definition.name } },
        },
      ]);
    spec
      .given([added])
      .when({ kind: 'UpdateCheckItem', itemId: 'i1', changes: { ratio: 0.05 } })
      .then([]);
  });

  it('checks the ratio against the class after an update', () => {
    spec
      .given([added])
      .when({ kind: 'UpdateCheckItem', itemId: 'i1', changes: { itemClass: 'B' } })
      .thenRejects('CLASS_B_RATIO_NOT_ABOVE_10_PERCENT');
  });

  it('retires an item, after which it cannot change or be retired again', () => {
    const retired = { type: 'CheckItemRetired' as const, data: { itemId: 'i1', reason: '法规废止' } };
    spec.given([added]).when({ kind: 'RetireCheckItem', itemId: 'i1', reason: '法规废止' }).then([retired]);
    spec
      .given([added, retired])
      .when({ kind: 'UpdateCheckItem', itemId: 'i1', changes: { name: 'x' } })
      .thenRejects('CHECK_ITEM_RETIRED');
    spec
      .given([added, retired])
      .when({ kind: 'RetireCheckItem', itemId: 'i1', reason: 'x' })
      .thenRejects('CHECK_ITEM_RETIRED');
  });

  it('refuses to update or retire an item that does not exist', () => {
    spec
      .given([])
      .when({ kind: 'UpdateCheckItem', itemId: 'i1', changes: {} })
      .thenRejects('CHECK_ITEM_NOT_FOUND');
    spec
      .given([])
      .when({ kind: 'RetireCheckItem', itemId: 'i1', reason: 'x' })
      .thenRejects('CHECK_ITEM_NOT_FOUND');
  });
});
