import type { InspectorEvent, InspectorProfile, InspectorStatus, SealedPersonalData } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

export interface DeclaredConflict {
  entityId: string;
  reason: string;
  declaredAt: string;
}

/**
 * An inspector as the directory shows it. `personalData` stays sealed here too: the API opens it
 * with the person's key when answering, and erasure removes it from this document as well.
 */
export interface InspectorView extends ReadDocument, InspectorProfile {
  status: InspectorStatus;
  conflicts: DeclaredConflict[];
  personalData: SealedPersonalData | null;
  erased: boolean;
  registeredAt: string;
  updatedAt: string;
}

/** The inspector directory (执法检查人员名录库), experts included. */
export const inspectorsProjection: Projection<InspectorEvent> = {
  name: 'inspectors',
  collections: [
    { name: 'inspectors', indexes: [['departmentId'], ['regionCode'], ['category'], ['status']] },
  ],
  eventTypes: [
    'InspectorRegistered',
    'InspectorUpdated',
    'InspectorStatusChanged',
    'InspectorConflictDeclared',
    'InspectorPersonalDataErased',
  ],
  apply(event): DocumentChange[] {
    const at = event.metadata.occurredAt;
    const { inspectorId } = event.data;
    const patch = (
      change: (view: InspectorView) => Partial<InspectorView>,
    ): DocumentChange<InspectorView> => ({
      collection: 'inspectors',
      id: inspectorId,
      update: (view) => (view ? { ...view, ...change(view), updatedAt: at } : null),
    });
    switch (event.type) {
      case 'InspectorRegistered': {
        const { inspectorId: _id, personalData, ...profile } = event.data;
        const view: InspectorView = {
          id: inspectorId,
          ...profile,
          status: 'active',
          conflicts: [],
          personalData,
          erased: false,
          registeredAt: at,
          updatedAt: at,
        };
        return [{ collection: 'inspectors', id: inspectorId, put: view }];
      }
      case 'InspectorUpdated': {
        const { changes, personalData } = event.data;
        return [patch(() => ({ ...changes, ...(personalData ? { personalData } : {}) }))];
      }
      case 'InspectorStatusChanged':
        return [patch(() => ({ status: event.data.to }))];
      case 'InspectorConflictDeclared': {
        const { entityId, reason } = event.data;
        return [patch((view) => ({ conflicts: [...view.conflicts, { entityId, reason, declaredAt: at }] }))];
      }
      case 'InspectorPersonalDataErased':
        return [patch(() => ({ personalData: null, erased: true }))];
      default:
        return [];
    }
  },
};
