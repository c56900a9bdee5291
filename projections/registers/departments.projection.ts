import type { DepartmentEvent, OrganisationKind } from '@app/domain';
import type { DocumentChange, Projection, ReadDocument } from '@app/read-store';

export interface DepartmentView extends ReadDocument {
  name: string;
  regionCode: string;
  /** Absent in read models built before kinds (rebuild to fill): a department. */
  kind?: OrganisationKind;
  /** The unit above; absent: top level. */
  parentId?: string;
  /** Disabled: receives no new referral (ADR 50); absent: enabled. */
  disabled?: boolean;
  registeredAt: string;
}

/** The registered organisation units (departments and joint offices) and their tree. */
export const departmentsProjection: Projection<DepartmentEvent> = {
  name: 'departments',
  collections: [{ name: 'departments', indexes: [['regionCode'], ['parentId']] }],
  eventTypes: ['DepartmentRegistered', 'DepartmentParentSet', 'DepartmentDisabled', 'DepartmentEnabled'],
  apply(event) {
    const { data } = event;
    if (event.type === 'DepartmentDisabled' || event.type === 'DepartmentEnabled') {
      const disabled = event.type === 'DepartmentDisabled';
      const change: DocumentChange<DepartmentView> = {
        collection: 'departments',
        id: data.departmentId,
        update: (current) => {
          if (!current) return null;
          const { disabled: _was, ...rest } = current;
          return disabled ? { ...rest, disabled } : rest;
        },
      };
      return [change];
    }
    if (event.type === 'DepartmentParentSet') {
      const { parentId } = event.data;
      const change: DocumentChange<DepartmentView> = {
        collection: 'departments',
        id: data.departmentId,
        update: (current) => {
          if (!current) return null;
          const { parentId: _old, ...rest } = current;
          return parentId === null ? rest : { ...rest, parentId };
        },
      };
      return [change];
    }
    const registered = event.data;
    const view: DepartmentView = {
      id: registered.departmentId,
      name: registered.name,
      regionCode: registered.regionCode,
      kind: registered.kind ?? 'department',
      ...(registered.parentId !== undefined ? { parentId: registered.parentId } : {}),
      registeredAt: event.metadata.occurredAt,
    };
    return [{ collection: 'departments', id: registered.departmentId, put: view }];
  },
};
