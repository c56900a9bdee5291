import type { CheckItemDefinition, CheckItemEvent, JointItemListEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

export interface CheckItemView extends ReadDocument, CheckItemDefinition {
  status: 'active' | 'retired';
  retiredReason?: string;
  addedAt: string;
  updatedAt: string;
}

export interface JointItemListView extends ReadDocument {
  industry: string;
  leadDepartmentId: string;
  itemIds: string[];
  departmentIds: string[];
  drawnUpAt: string;
}

/** The check-item list (抽查事项清单) and the joint industry lists (一业一单). */
export const checkItemsProjection: Projection<CheckItemEvent | JointItemListEvent> = {
  name: 'checkItems',
  collections: [
    { name: 'items', indexes: [['departmentId'], ['itemClass'], ['status']] },
    { name: 'jointLists', indexes: [['leadDepartmentId'], ['industry']] },
  ],
  eventTypes: ['CheckItemAdded', 'CheckItemUpdated', 'CheckItemRetired', 'JointItemListDrawnUp'],
  apply(event): DocumentChange[] {
    const at = event.metadata.occurredAt;
    switch (event.type) {
      case 'CheckItemAdded': {
        const { itemId, ...definition } = event.data;
        const view: CheckItemView = {
          id: itemId,
          ...definition,
          status: 'active',
          addedAt: at,
          updatedAt: at,
        };
        return [{ collection: 'items', id: itemId, put: view }];
      }
      case 'CheckItemUpdated': {
        const { itemId, changes } = event.data;
        return [
          {
            collection: 'items',
            id: itemId,
            update: (current) => (current ? { ...current, ...changes, updatedAt: at } : null),
          },
        ];
      }
      case 'CheckItemRetired': {
        const { itemId, reason } = event.data;
        return [
          {
            collection: 'items',
            id: itemId,
            update: (current) =>
              current ? { ...current, status: 'retired', retiredReason: reason, updatedAt: at } : null,
          },
        ];
      }
      case 'JointItemListDrawnUp': {
        const { listId, ...list } = event.data;
        return [{ collection: 'jointLists', id: listId, put: { id: listId, ...list, drawnUpAt: at } }];
      }
      default:
        return [];
    }
  },
};
