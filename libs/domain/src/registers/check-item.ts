import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';
import { changedFields, previousValues } from './changed-fields';
import { type ItemClassLimits, assertRatioFitsClass } from './item-class-limits';
import type { EntityKind, InspectionMethod, ItemClass, ItemStatus } from './vocabulary';

/** An entry of the check-item list (抽查事项清单). */
export interface CheckItemDefinition {
  departmentId: string;
  name: string;
  /** Legal basis (依据). */
  basis: string;
  targetKinds: EntityKind[];
  content: string;
  methods: InspectionMethod[];
  itemClass: ItemClass;
  /** Yearly sampling ratio, 0–1. */
  ratio?: number;
  frequencyPerYear?: number;
}

export type CheckItemChanges = Partial<Omit<CheckItemDefinition, 'departmentId'>>;

export type CheckItemCommand =
  | {
      kind: 'AddCheckItem';
      itemId: string;
      definition: CheckItemDefinition;
      departmentRegistered: boolean;
      /** The deployment's ratio limits per class (a setting; Gui'an 第十四、四十九条 by default). */
      classLimits: ItemClassLimits;
    }
  | { kind: 'UpdateCheckItem'; itemId: string; changes: CheckItemChanges; classLimits: ItemClassLimits }
  | { kind: 'RetireCheckItem'; itemId: string; reason: string };

export type CheckItemEvent =
  | DomainEvent<'CheckItemAdded', { itemId: string } & CheckItemDefinition>
  | DomainEvent<'CheckItemUpdated', { itemId: string; changes: CheckItemChanges; previous: CheckItemChanges }>
  | DomainEvent<'CheckItemRetired', { itemId: string; reason: string }>;

export type CheckItemState = { status: 'absent' } | { status: ItemStatus; definition: CheckItemDefinition };

function existing(
  state: CheckItemState,
  itemId: string,
): { status: 'active'; definition: CheckItemDefinition } {
  if (state.status === 'absent') throw new DomainError('CHECK_ITEM_NOT_FOUND', `No check item ${itemId}`);
  if (state.status === 'retired') {
    throw new DomainError('CHECK_ITEM_RETIRED', `Check item ${itemId} is retired and cannot change`);
  }
  return { status: 'active', definition: state.definition };
}

export const checkItemDecider: Decider<CheckItemCommand, CheckItemEvent, CheckItemState> = {
  initialState: () => ({ status: 'absent' }),
  evolve(state, event) {
    switch (event.type) {
      case 'CheckItemAdded': {
        const { itemId: _id, ...definition } = event.data;
        return { status: 'active', definition };
      }
      case 'CheckItemUpdated':
        return state.status === 'absent'
          ? state
          : { status: state.status, definition: { ...state.definition, ...event.data.changes } };
      case 'CheckItemRetired':
        return state.status === 'absent' ? state : { status: 'retired', definition: state.definition };
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'AddCheckItem': {
        if (state.status !== 'absent') {
          throw new DomainError('CHECK_ITEM_EXISTS', `Check item ${command.itemId} already exists`);
        }
        if (!command.departmentRegistered) {
          throw new DomainError(
            'DEPARTMENT_NOT_REGISTERED',
            `Department ${command.definition.departmentId} is not registered`,
          );
        }
        assertRatioFitsClass(command.definition, command.classLimits);
        return [{ type: 'CheckItemAdded', data: { itemId: command.itemId, ...command.definition } }];
      }
      case 'UpdateCheckItem': {
        const { definition } = existing(state, command.itemId);
        const changes = changedFields(definition, command.changes);
        if (Object.keys(changes).length === 0) return [];
        assertRatioFitsClass({ ...definition, ...changes }, command.classLimits);
        return [
          {
            type: 'CheckItemUpdated',
            data: {
              itemId: command.itemId,
              changes,
              previous: previousValues<CheckItemChanges>(definition, changes),
            },
          },
        ];
      }
      case 'RetireCheckItem':
        existing(state, command.itemId);
        return [{ type: 'CheckItemRetired', data: { itemId: command.itemId, reason: command.reason } }];
    }
  },
};
