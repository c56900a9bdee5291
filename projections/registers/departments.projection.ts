import type { DepartmentEvent } from '@app/domain';
import type { Projection, ReadDocument } from '@app/read-store';

export interface DepartmentView extends ReadDocument {
  name: string;
  regionCode: string;
  registeredAt: string;
}

/** The registered departments. */
export const departmentsProjection: Projection<DepartmentEvent> = {
  name: 'departments',
  collections: [{ name: 'departments', indexes: [['regionCode']] }],
  eventTypes: ['DepartmentRegistered'],
  apply(event) {
    const { data } = event;
    const view: DepartmentView = {
      id: data.departmentId,
      name: data.name,
      regionCode: data.regionCode,
      registeredAt: event.metadata.occurredAt,
    };
    return [{ collection: 'departments', id: data.departmentId, put: view }];
  },
};
