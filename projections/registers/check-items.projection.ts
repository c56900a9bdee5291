import type { CheckItemDefinition, CheckItemEvent, JointItemListEvent } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

export interface CheckItemView extends ReadDocument, CheckItemDefinition {
  status: 'active' | 'retired';
  retiredReason?: string;
  addedAt: string;
  updatedAt: string;
}

/** One version of a 一业一单 as it stood: version 1 drawn up, each later one amended with its reason. */
export interface JointListVersionView {
  version: number;
  industry: string;
  leadDepartmentId: string;
  itemIds: string[];
  departmentIds: string[];
  at: string;
  reason?: string;
}

/** A 一业一单: its current version's contents on top, every version (oldest first) kept below. */
export interface JointItemListView extends ReadDocument {
  industry: string;
  leadDepartmentId: string;
  itemIds: string[];
  departmentIds: string[];
  drawnUpAt: string;
  status: 'active' | 'retired';
  version: number;
  versions: JointListVersionView[];
  retired?: { reason: string; at: string };
  updatedAt: string;
}

const contents = (v: JointListVersionView) => ({
  industry: v.industry,
  leadDepartmentId: v.leadDepartmentId,
  itemIds: v.itemIds,
  departmentIds: v.departmentIds,
});

/** A list drawn up before versions were kept reads as its version 1. */
function versionsOf(view: JointItemListView): JointListVersionView[] {
  const kept = (view as Partial<JointItemListView>).versions;
  return (
    kept ?? [{ version: 1, ...contents({ ...view, version: 1, at: view.drawnUpAt }), at: view.drawnUpAt }]
  );
}

/** The check-item list (抽查事项清单) and the joint industry lists (一业一单). */
export const checkItemsProjection: Projection<CheckItemEvent | JointItemListEvent> = {
  name: 'checkItems',
  collections: [
    { name: 'items', indexes: [['departmentId'], ['itemClass'], ['status']] },
    { name: 'jointLists', indexes: [['leadDepartmentId'], ['industry'], ['status']] },
  ],
  eventTypes: [
    'CheckItemAdded',
    'CheckItemUpdated',
    'CheckItemRetired',
    'JointItemListDrawnUp',
    'JointItemListAmended',
    'JointItemListRetired',
  ],
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
        const first: JointListVersionView = { version: 1, ...list, at };
        const view: JointItemListView = {
          id: listId,
          ...contents(first),
          drawnUpAt: at,
          status: 'active',
          version: 1,
          versions: [first],
          updatedAt: at,
        };
        return [{ collection: 'jointLists', id: listId, put: view }];
      }
      case 'JointItemListAmended': {
        const { listId, ...amended } = event.data;
        const next: JointListVersionView = { ...amended, at };
        return [
          {
            collection: 'jointLists',
            id: listId,
            update: (current: JointItemListView | undefined) =>
              current
                ? {
                    ...current,
                    ...contents(next),
                    version: next.version,
                    versions: [...versionsOf(current), next],
                    updatedAt: at,
                  }
                : null,
          },
        ];
      }
      case 'JointItemListRetired': {
        const { listId, reason } = event.data;
        return [
          {
            collection: 'jointLists',
            id: listId,
            update: (current: JointItemListView | undefined) =>
              current ? { ...current, status: 'retired', retired: { reason, at }, updatedAt: at } : null,
          },
        ];
      }
      default:
        return [];
    }
  },
};
