import { type EntityEvent, type EntityProfile, LIST_FLAG } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

export interface EntityView extends ReadDocument, EntityProfile {
  status: 'registered' | 'deregistered';
  deregisteredReason?: string;
  registeredAt: string;
  updatedAt: string;
}

/** One document per (tag, entity): the directory is searched by tag. */
export interface EntityTagView extends ReadDocument {
  tag: string;
  entityId: string;
}

export const tagDocumentId = (tag: string, entityId: string): string => `${tag}\u001f${entityId}`;

function tagChanges(entityId: string, before: readonly string[], after: readonly string[]): DocumentChange[] {
  const removed = before.filter((tag) => !after.includes(tag));
  const added = after.filter((tag) => !before.includes(tag));
  return [
    ...removed.map((tag): DocumentChange => ({
      collection: 'tags',
      id: tagDocumentId(tag, entityId),
      remove: true,
    })),
    ...added.map((tag) => ({
      collection: 'tags',
      id: tagDocumentId(tag, entityId),
      put: { id: tagDocumentId(tag, entityId), tag, entityId } satisfies EntityTagView,
    })),
  ];
}

/** The entity directory (检查对象名录库) as the draw and the officials search it. */
export const entitiesProjection: Projection<EntityEvent> = {
  name: 'entities',
  collections: [
    {
      name: 'entities',
      indexes: [['regionCode'], ['industryCode'], ['creditRisk'], ['kind'], ['status'], ['name']],
    },
    { name: 'tags', indexes: [['tag']] },
  ],
  eventTypes: [
    'EntityRegistered',
    'EntityUpdated',
    'EntityCreditRiskRerated',
    'EntityDeregistered',
    'EntityListed',
    'EntityDelisted',
    'EntityContactErased',
  ],
  apply(event): DocumentChange[] {
    const at = event.metadata.occurredAt;
    const { entityId } = event.data;
    const patch = (fields: Partial<EntityView>): DocumentChange => ({
      collection: 'entities',
      id: entityId,
      update: (current) => (current ? { ...current, ...fields, updatedAt: at } : null),
    });
    const dropContact = (fields: Partial<EntityView>): DocumentChange => ({
      collection: 'entities',
      id: entityId,
      update: (current) => {
        if (!current) return null;
        const { contactMobile: _clear, contactMobileSealed: _sealed, ...rest } = current;
        return { ...rest, ...fields, updatedAt: at };
      },
    });
    switch (event.type) {
      case 'EntityRegistered': {
        const { entityId: _id, ...profile } = event.data;
        const view: EntityView = {
          id: entityId,
          ...profile,
          status: 'registered',
          registeredAt: at,
          updatedAt: at,
        };
        return [
          { collection: 'entities', id: entityId, put: view },
          ...tagChanges(entityId, [], profile.tags),
        ];
      }
      case 'EntityUpdated': {
        const { changes, previous } = event.data;
        const tags = changes.tags ? tagChanges(entityId, previous.tags ?? [], changes.tags) : [];
        // A sealed contact supersedes the clear one of an entry from before sealing.
        if (changes.contactMobileSealed !== undefined) return [dropContact(changes), ...tags];
        return [patch(changes), ...tags];
      }
      case 'EntityContactErased':
        return [dropContact({})];
      case 'EntityCreditRiskRerated':
        return [patch({ creditRisk: event.data.to })];
      case 'EntityDeregistered':
        return [patch({ status: 'deregistered', deregisteredReason: event.data.reason })];
      case 'EntityListed':
      case 'EntityDelisted':
        return [patch({ [LIST_FLAG[event.data.list]]: event.type === 'EntityListed' })];
      default:
        return [];
    }
  },
};
